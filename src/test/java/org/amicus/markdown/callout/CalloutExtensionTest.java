package org.amicus.markdown.callout;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.amicus.markdown.typography.TypographyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CalloutExtensionTest {

    private static final Map<String, String> FRENCH_TITLES = Map.of(
            "note", "Remarque",
            "tip", "Astuce",
            "important", "Important",
            "warning", "Attention",
            "caution", "Prudence");

    private static String render(String markdown) {
        return render(new MutableDataSet().set(Parser.EXTENSIONS, List.of(CalloutExtension.create())), markdown);
    }

    private static String render(MutableDataSet options, String markdown) {
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    private static String aside(String kind, String title, String body) {
        return "<aside class=\"callout callout-" + kind + "\" role=\"note\">\n"
                + "<p class=\"callout-title\">" + title + "</p>\n" + body + "</aside>\n";
    }

    @ParameterizedTest(name = "[!{0}] → {2}")
    @CsvSource({
            "NOTE,      note,      Note",
            "TIP,       tip,       Tip",
            "IMPORTANT, important, Important",
            "WARNING,   warning,   Warning",
            "CAUTION,   caution,   Caution",
            "note,      note,      Note",
            "Warning,   warning,   Warning",
    })
    void eachKindBecomesAnAsideWithItsEnglishTitle(String marker, String kind, String title) {
        assertEquals(aside(kind, title, "<p>Read <em>this</em>.</p>\n"),
                render("> [!" + marker + "]\n> Read *this*.\n"));
    }

    @ParameterizedTest(name = "[!{0}] → {2}")
    @CsvSource({
            "NOTE,      note,      Remarque",
            "TIP,       tip,       Astuce",
            "IMPORTANT, important, Important",
            "WARNING,   warning,   Attention",
            "CAUTION,   caution,   Prudence",
    })
    void customTitlesReplaceTheEnglishOnes(String marker, String kind, String title) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(CalloutExtension.create()))
                .set(CalloutExtension.TITLES, FRENCH_TITLES);
        assertEquals(aside(kind, title, "<p>Texte.</p>\n"), render(options, "> [!" + marker + "]\n> Texte.\n"));
    }

    @Test
    void aNoBreakSpaceBeforeTheMarkerStillMakesACallout() {
        assertEquals(aside("note", "Note", "<p>Text.</p>\n"), render("> \u00a0[!NOTE]\u202f\n> Text.\n"));
    }

    @Test
    void kindMissingFromCustomTitlesKeepsItsEnglishTitle() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(CalloutExtension.create()))
                .set(CalloutExtension.TITLES, Map.of("NOTE", "Remarque"));
        assertEquals(aside("tip", "Tip", ""), render(options, "> [!TIP]\n"));
        assertEquals(aside("note", "Remarque", ""), render(options, "> [!NOTE]\n"));
    }

    @Test
    void titleIsEscaped() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(CalloutExtension.create()))
                .set(CalloutExtension.TITLES, Map.of("tip", "Q&A <tip>"));
        assertEquals(aside("tip", "Q&amp;A &lt;tip&gt;", ""), render(options, "> [!TIP]\n"));
    }

    @Test
    void unknownKindInTitlesIsRejectedNamingTheKinds() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(CalloutExtension.create()))
                .set(CalloutExtension.TITLES, Map.of("warn", "Attention"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> render(options, "x"));
        assertTrue(error.getMessage().contains("\"warn\""), error.getMessage());
        assertTrue(error.getMessage().contains("note, tip, important, warning, caution"), error.getMessage());
    }

    static Stream<Arguments> contents() {
        return Stream.of(
                arguments("a list", "> [!TIP]\n> - first\n> - second\n",
                        aside("tip", "Tip", "<ul>\n<li>first</li>\n<li>second</li>\n</ul>\n")),
                arguments("several paragraphs", "> [!NOTE]\n> One\n> line.\n>\n> Two.\n",
                        aside("note", "Note", "<p>One\nline.</p>\n<p>Two.</p>\n")),
                arguments("a blank line after the marker", "> [!NOTE]\n>\n> Body.\n",
                        aside("note", "Note", "<p>Body.</p>\n")),
                arguments("nothing but the marker", "> [!WARNING]\n", aside("warning", "Warning", "")),
                arguments("spaces around the marker", ">   [!NOTE]   \n> Body.\n", aside("note", "Note", "<p>Body.</p>\n")),
                arguments("a lazy continuation line", "> [!NOTE]\nlazy.\n", aside("note", "Note", "<p>lazy.</p>\n")),
                arguments("a nested blockquote", "> [!CAUTION]\n> > quoted\n",
                        aside("caution", "Caution", "<blockquote>\n<p>quoted</p>\n</blockquote>\n")),
                arguments("a code block", "> [!NOTE]\n> ```\n> [!TIP]\n> ```\n",
                        aside("note", "Note", "<pre><code>[!TIP]\n</code></pre>\n")),
                arguments("inside a list item", "- > [!IMPORTANT]\n  > Body.\n",
                        "<ul>\n<li>\n" + aside("important", "Important", "<p>Body.</p>\n") + "</li>\n</ul>\n"));
    }

    @ParameterizedTest(name = "callout with {0}")
    @MethodSource("contents")
    void restOfTheBlockquoteBecomesTheCalloutsContent(String what, String markdown, String html) {
        assertEquals(html, render(markdown));
    }

    static Stream<Arguments> notCallouts() {
        return Stream.of(
                arguments("an unknown kind", "> [!FOO]\n> Body.\n",
                        "<blockquote>\n<p>[!FOO]\nBody.</p>\n</blockquote>\n"),
                arguments("text after the marker on its line", "> [!NOTE] Body.\n",
                        "<blockquote>\n<p>[!NOTE] Body.</p>\n</blockquote>\n"),
                arguments("a marker on a later line", "> Body.\n> [!NOTE]\n",
                        "<blockquote>\n<p>Body.\n[!NOTE]</p>\n</blockquote>\n"),
                arguments("a marker without the bang", "> [NOTE]\n> Body.\n",
                        "<blockquote>\n<p>[NOTE]\nBody.</p>\n</blockquote>\n"),
                arguments("a marker outside a blockquote", "[!NOTE]\nBody.\n", "<p>[!NOTE]\nBody.</p>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCallouts")
    void otherBlockquotesStayBlockquotes(String what, String markdown, String html) {
        assertEquals(html, render(markdown));
    }

    @Test
    void calloutContentGetsFrenchTypography() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TypographyExtension.create(), CalloutExtension.create()))
                .set(TypographyExtension.LANGUAGE, "fr")
                .set(CalloutExtension.TITLES, FRENCH_TITLES);
        assertEquals(aside("warning", "Attention", "<p>Le délai\u202F: \u00AB\u202F20\u00A0décembre\u202F\u00BB.</p>\n"),
                render(options, "> [!WARNING]\n> Le délai: \"20 décembre\".\n"));
    }

    private static String renderWithTables(String markdown) {
        return render(new MutableDataSet().set(Parser.EXTENSIONS,
                List.of(CalloutExtension.create(), TablesExtension.create())), markdown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "43                   | figure-short",
            "9:1                  | figure-short",
            "$444,719             | figure-medium",
            "$167,254,000         | figure-medium",
            "167 254 000 dollars  | figure-long",
            "**About $4 million** | figure-long",
    })
    void theFirstCellOfEachRowOfAFiguresTableIsMarkedByItsLength(String figure, String size) {
        String html = renderWithTables("> [!FIGURES]\n>\n> | Figure | What it is |\n> |---|---|\n> | "
                + figure + " | A label |\n");
        assertTrue(html.contains("<td class=\"figure " + size + "\">"), html);
        assertTrue(html.contains("<td>A label</td>"), html);
        assertTrue(html.contains("<th>Figure</th>"), html);
    }

    @Test
    void aTableOutsideAFiguresBoxIsLeftAsItIs() {
        String html = renderWithTables("> [!NOTE]\n>\n> | Figure | What it is |\n> |---|---|\n> | 43 | A label |\n\n"
                + "| Figure | What it is |\n|---|---|\n| 43 | A label |\n");
        assertFalse(html.contains("figure"), html);
    }
}
