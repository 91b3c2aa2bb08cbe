package org.amicus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.amicus.search.Sections.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A body's visible text, cut at its headings: what search finds, quotes and links to. */
class SectionsTest {

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("text before the first heading is a section without heading",
                        "<p>Intro.</p><h2 id=\"one\">One</h2><p>First.</p><h3 id=\"two\">Two</h3><p>Second.</p>",
                        List.of(new Section("", "", "Intro."), new Section("one", "One", "First."),
                                new Section("two", "Two", "Second."))),
                Arguments.of("a body that starts with a heading has no section without heading",
                        "<h2 id=\"one\">One</h2><p>First.</p>", List.of(new Section("one", "One", "First."))),
                Arguments.of("a heading with nothing under it is kept, for its words",
                        "<h2 id=\"one\">One</h2><h3 id=\"two\">Two</h3><p>Second.</p>",
                        List.of(new Section("one", "One", ""), new Section("two", "Two", "Second."))),
                Arguments.of("a heading inside a callout starts a section too",
                        "<p>Intro.</p><div class=\"callout\"><p class=\"callout-title\">Note</p>"
                                + "<h4 id=\"inner\">Inner</h4><p>Inside.</p></div><p>After.</p>",
                        List.of(new Section("", "", "Intro. Note"), new Section("inner", "Inner", "Inside. After."))),
                Arguments.of("a heading without an id cannot be linked to: its words stay in its section",
                        "<h2 id=\"one\">One</h2><p>First.</p><h3>Plain</h3><p>More.</p>",
                        List.of(new Section("one", "One", "First. Plain More."))),
                Arguments.of("a glossary term keeps its words, not its definition",
                        "<p>Held <span class=\"term\"><a class=\"term-link\" href=\"/en/glossary/#liability\" "
                                + "aria-describedby=\"term-1\">liable</a><span class=\"term-definition\" role=\"tooltip\" "
                                + "id=\"term-1\"><span class=\"visually-hidden\"> (</span>Legal responsibility."
                                + "<span class=\"visually-hidden\">)</span></span></span> to WhatsApp.</p>",
                        List.of(new Section("", "", "Held liable to WhatsApp."))),
                Arguments.of("citation markers are left out, in headings too",
                        "<h2 id=\"one\">One<sup class=\"citation\" id=\"cite-1\"><a href=\"#source-1\">[1]</a></sup></h2>"
                                + "<p>Found.<sup class=\"citation\" id=\"cite-2\"><a href=\"#source-2\">[2, p. 3]</a>"
                                + "</sup> Then.</p>",
                        List.of(new Section("one", "One", "Found. Then."))),
                Arguments.of("footnote markers and returns are left out, the note itself stays",
                        "<p>Said.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>"
                                + "<div class=\"footnotes\"><hr><ol><li id=\"fn-1\"><p>The order. <a "
                                + "class=\"footnote-backref\" href=\"#fnref-1\">↩</a></p></li></ol></div>",
                        List.of(new Section("", "", "Said. The order."))),
                Arguments.of("hidden, aria-hidden and screen-reader-only text is left out",
                        "<p>Seen<span hidden> unseen</span><span aria-hidden=\"true\"> decoration</span>"
                                + "<span class=\"visually-hidden\"> spoken</span> here.</p>",
                        List.of(new Section("", "", "Seen here."))),
                Arguments.of("blocks, list items, cells and line breaks are apart; spaces and line ends are one space",
                        "<p>One\n  two</p><ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>"
                                + "<p>e<br>f</p>",
                        List.of(new Section("", "", "One two a b c d e f"))),
                Arguments.of("French no-break spaces stay where typography put them",
                        "<h2 id=\"q\">Pourquoi\u202f?</h2><p>«\u202fsciemment\u202f» et 1\u00a0400.</p>",
                        List.of(new Section("q", "Pourquoi\u202f?", "«\u202fsciemment\u202f» et 1\u00a0400."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void bodyIsCutIntoSectionsOfVisibleText(String behaviour, String html, List<Section> expected) {
        assertEquals(expected, Sections.of(html));
    }
}
