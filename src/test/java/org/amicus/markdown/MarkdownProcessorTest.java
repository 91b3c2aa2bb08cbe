package org.amicus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amicus.markdown.filelink.FileLinkContext;
import org.amicus.markdown.filelink.LinkTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole Markdown flavour of a page, as the build uses it: every extension together. */
class MarkdownProcessorTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());

    /** The English site: one page with two headings, and one image. */
    static final LinkTargets ENGLISH = new LinkTargets() {
        @Override
        public Optional<Target> page(String sourcePath) {
            return sourcePath.equals("the-case.md")
                    ? Optional.of(new Target("/en/the-case/", Set.of("parties", "ruling"))) : Optional.empty();
        }

        @Override
        public boolean hasFile(String path) {
            return path.equals("figures/chart.png");
        }

        @Override
        public Collection<String> pagePaths() {
            return List.of("the-case.md");
        }

        @Override
        public String languageRoot() {
            return "/en/";
        }
    };

    /** Broken links as reported: "line: message". */
    private final List<String> brokenLinks = new ArrayList<>();

    private RenderedMarkdown render(String lang, String markdown) {
        MarkdownProcessor.Parsed parsed = MARKDOWN.parse(lang, markdown);
        FileLinkContext links = new FileLinkContext("intro.md", parsed.ids(), ENGLISH,
                (line, message, hint) -> brokenLinks.add(line + ": " + message));
        return MARKDOWN.render(lang, parsed, links, true);
    }

    private String html(String markdown) {
        return render("en", markdown).html();
    }

    @Test
    void linkToAnotherPageBecomesItsUrl() {
        assertEquals("<p>See <a href=\"/en/the-case/#parties\">the parties</a>.</p>\n",
                html("See [the parties](the-case.md#parties).\n"));
        assertEquals(List.of(), brokenLinks);
    }

    @Test
    void brokenLinkIsReportedWithItsBodyLineAfterRewrittenParagraphs() {
        render("en", "The CFAA applies.\n\nThe CFAA\nagain [x](the-cas.md) \"here\".\n\n*[CFAA]: Computer Fraud Act\n");

        assertEquals(List.of("3: link `the-cas.md`: there is no page the-cas.md in this language"), brokenLinks);
    }

    @Test
    void brokenLinkInATableCellIsReportedWithItsRow() {
        render("en", "| Case | Page |\n|---|---|\n| NSO | [x](nso.md) |\n");

        assertEquals(List.of("2: link `nso.md`: there is no page nso.md in this language"), brokenLinks);
    }

    @Test
    void imageBesideThePageResolvesToItsCopiedUrl() {
        assertEquals("<p><img src=\"/en/figures/chart.png\" alt=\"Chart\" /></p>\n", html("![Chart](figures/chart.png)\n"));
    }

    @Test
    void headingRendersWithItsIdAndALinkToItself() {
        assertEquals("<h2 id=\"background\"><a href=\"#background\" class=\"heading-anchor\">Background</a></h2>\n",
                html("## Background\n"));
    }

    @Test
    void explicitHeadingIdIsKept() {
        assertEquals("<h2 id=\"penalties\"><a href=\"#penalties\" class=\"heading-anchor\">Sanctions</a></h2>\n",
                html("## Sanctions {#penalties}\n"));
    }

    @Test
    void explicitHeadingIdIsATargetForLinksOnThePage() {
        render("en", "See [below](#penalties).\n\n## Sanctions {#penalties}\n");

        assertEquals(List.of(), brokenLinks);
    }

    @Test
    void frenchHeadingIdFoldsAccentsAndDropsPunctuation() {
        assertEquals(Set.of("qu-a-decide-la-juge"), MARKDOWN.parse("fr", "## Qu'a décidé la juge ?\n").ids());
    }

    @Test
    void frenchFirstOfTheMonthKeepsItsLettersInTheHeadingIdAndTheTableOfContents() {
        RenderedMarkdown page = render("fr", "## Le 1er août 2024\n");

        assertEquals(List.of(new TocEntry(2, "le-1er-aout-2024", "Le 1er\u00A0août 2024")), page.toc());
        assertTrue(page.html().contains(">Le 1<sup>er</sup>\u00A0août 2024<"), page.html());
    }

    @Test
    void typesetTextHasTheLanguagesTypographyWithoutMarkupButWithItsNoBreakSpaces() {
        assertEquals("L\u2019arrêt Van Buren\u202F: le 1er\u00A0mai, 4\u00A0millions, 18 U.S.C. §\u00A01030",
                MARKDOWN.typeset("fr", "L'arrêt *Van Buren* : le 1er mai, 4 millions, 18 U.S.C. § 1030"));
        assertEquals("The Van Buren case, 20 December 2024, 18 U.S.C. §\u00A01030",
                MARKDOWN.typeset("en", "The *Van Buren* case, 20 December 2024, 18 U.S.C. § 1030"));
    }

    /** Found by TypographyPropertyTest: a title was read as a Markdown block, and lost its first word. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | 2024. The year of the verdict | 2024. The year of the verdict",
        "fr | 1) Premier point               | 1) Premier point",
        "en | # 1 in the charts              | # 1 in the charts",
        "fr | - non                          | - non",
        "en | + more                         | + more",
        "fr | > citation                     | > citation",
        "en | ***                            | ***",
        "fr | :                              | :",
        "en | [CFAA]: the Act                | [CFAA]: the Act",
        "en | *Van Buren* first              | Van Buren first",
    })
    void aShortTextIsNeverABlockAndKeepsWhatWouldStartOne(String lang, String text, String typeset) {
        assertEquals(typeset, MARKDOWN.typeset(lang, text));
    }

    /** Found by TypographyPropertyTest: a line break in a short text is a space, the no-break rules included. */
    @Test
    void aLineBreakInAShortTextIsASpaceForTypographyToo() {
        assertEquals("18 U.S.C. §\u00A01030", MARKDOWN.typeset("en", "18 U.S.C. §\n1030"));
        assertEquals(MARKDOWN.typeset("en", "18 U.S.C. §\n1030"),
                MARKDOWN.typeset("en", MARKDOWN.typeset("en", "18 U.S.C. §\n1030")));
    }

    @Test
    void typesetHtmlKeepsEmphasisAndRaisedOrdinalsAndReducesAnyOtherMarkupToItsText() {
        assertEquals("L\u2019arrêt <em>Van Buren</em> du 1<sup>er</sup>&nbsp;mai, <strong>ici</strong>",
                MARKDOWN.typesetHtml("fr", "L'arrêt *Van Buren* du 1er mai, **ici**"));
        assertEquals("un lien, du gras et &lt;rien&gt;",
                MARKDOWN.typesetHtml("fr", "un [lien](https://x.org), <b>du gras</b><script>alert(1)</script> et \\<rien>"));
        assertEquals("<em>Van Buren v. United States</em>, 20 December 2024",
                MARKDOWN.typesetHtml("en", "*Van Buren v. United States*, 20 December 2024"));
    }

    @Test
    void duplicateHeadingsGetNumberedIds() {
        assertEquals(List.of("background", "background-1", "background-2"),
                List.copyOf(MARKDOWN.parse("en", "## Background\n\n### Background\n\n## Background\n").ids()));
    }

    @Test
    void headingWithoutLettersGetsAGenericId() {
        assertEquals(Set.of("section"), MARKDOWN.parse("en", "## ?\n").ids());
    }

    @Test
    void idsOfAllHeadingLevelsAreLinkTargets() {
        assertEquals(List.of("title", "two", "three", "four"),
                List.copyOf(MARKDOWN.parse("en", "# Title\n\n## Two\n\n### Three\n\n#### Four\n").ids()));
    }

    @Test
    void tableOfContentsListsLevelsTwoAndThree() {
        RenderedMarkdown page = render("en", "# Title\n\n## Two\n\n### Three\n\n#### Four\n\n## Five\n");

        assertEquals(List.of(new TocEntry(2, "two", "Two"), new TocEntry(3, "three", "Three"),
                new TocEntry(2, "five", "Five")), page.toc());
    }

    @Test
    void tableOfContentsTextLeavesOutTheExplicitId() {
        assertEquals(List.of(new TocEntry(2, "penalties", "Sanctions")),
                render("en", "## Sanctions {#penalties}\n").toc());
    }

    @Test
    void tableOfContentsTextHasThePageTypographyWithoutMarkup() {
        assertEquals(List.of(new TocEntry(2, "the-cfaa-claim", "The CFAA \u201Cclaim\u201D")),
                render("en", "## The *CFAA* \"claim\"\n").toc());
    }

    @Test
    void tableOfContentsIsEmptyWhenNotAsked() {
        MarkdownProcessor.Parsed parsed = MARKDOWN.parse("en", "## Two\n");

        assertEquals(List.of(), MARKDOWN.render("en", parsed, (org.amicus.markdown.filelink.FileLinkContext) null, false).toc());
    }

    @Test
    void abbreviationBecomesAbbrWithItsTitle() {
        assertEquals("<p>The <abbr title=\"Computer Fraud and Abuse Act\">CFAA</abbr> applies.</p>\n",
                html("The CFAA applies.\n\n*[CFAA]: Computer Fraud and Abuse Act\n"));
    }

    @Test
    void footnotesAreNumberedAndListedAtTheEnd() {
        assertEquals("""
                <p>Text<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>.</p>
                <div class="footnotes">
                <hr />
                <ol>
                <li id="fn-1">
                <p>A note.</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a>
                </li>
                </ol>
                </div>
                """, html("Text[^1].\n\n[^1]: A note.\n"));
    }

    @Test
    void footnotesAreNumberedInReadingOrderNotDefinitionOrder() {
        assertEquals("""
                <p>One<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup> two<sup id="fnref-2"><a \
                class="footnote-ref" href="#fn-2">2</a></sup>.</p>
                <div class="footnotes">
                <hr />
                <ol>
                <li id="fn-1">
                <p>First.</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a>
                </li>
                <li id="fn-2">
                <p>Second.</p>
                <a href="#fnref-2" class="footnote-backref">&#8617;</a>
                </li>
                </ol>
                </div>
                """, html("One[^b] two[^a].\n\n[^a]: Second.\n[^b]: First.\n"));
    }

    @Test
    void definitionListBecomesDl() {
        assertEquals("<dl>\n<dt>Spyware</dt>\n<dd>Software that spies.</dd>\n</dl>\n",
                html("Spyware\n: Software that spies.\n"));
    }

    @Test
    void tableGetsTheTableClass() {
        assertEquals("""
                <table class="table">
                <thead>
                <tr><th>Court</th><th>Year</th></tr>
                </thead>
                <tbody>
                <tr><td>N.D. Cal.</td><td>2024</td></tr>
                </tbody>
                </table>
                """, html("| Court | Year |\n|---|---|\n| N.D. Cal. | 2024 |\n"));
    }

    @Test
    void strikethroughBecomesDel() {
        assertEquals("<p>Text <del>gone</del> here.</p>\n", html("Text ~~gone~~ here.\n"));
    }

    @Test
    void fencedCodeGetsALanguageClass() {
        assertEquals("<pre><code class=\"language-java\">int x;\n</code></pre>\n", html("```java\nint x;\n```\n"));
    }

    @Test
    void wordsAreCountedForReadingTime() {
        assertEquals(3, render("en", "One two three.\n\n*[CFAA]: Computer Fraud and Abuse Act\n").words());
    }

    /**
     * Text at every depth counts, in a heading, emphasis, a link, a code span, a list in a quote, a table and a
     * footnote (and the footnote mark's label, n); the apostrophe, raised ordinal and no-break space that
     * typography puts in split no word.
     */
    @ParameterizedTest
    @CsvSource({"en", "fr"})
    void wordsAreCountedInEveryKindOfText(String lang) {
        String markdown = """
                ## Three heading words

                Some *emphasised* and **strong** text in [a link](the-case.md), then `a code span`.

                > - one item in a quote

                | cell one | cell two |
                | --- | --- |
                | three | four five |

                A note[^n] and l'arbre on 1er mai.

                [^n]: Its words count too.
                """;

        assertEquals(3 + 12 + 5 + 7 + 9 + 4, render(lang, markdown).words());
    }

    @Test
    void languageWithoutASetupIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MARKDOWN.parse("de", "x"));

        assertEquals("no Markdown setup for language de", e.getMessage());
    }
}
