package org.amicus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.amicus.Generated;
import org.amicus.markdown.citation.CitationContext;
import org.amicus.markdown.filelink.FileLinkContext;
import org.amicus.markdown.glossary.GlossaryContext;
import org.amicus.markdown.text.TextExtension;
import org.junit.jupiter.api.Test;

/**
 * Pages rendered with {@link TextExtension} are byte for byte what flexmark's own writer makes of them: each case
 * gives the exact HTML, and the same page rendered by a processor without the extension must give it too.
 */
class TextExtensionTest {

    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final MarkdownProcessor WITH = new MarkdownProcessor(LANGUAGES, Map.of());
    private static final MarkdownProcessor WITHOUT = new MarkdownProcessor(LANGUAGES, Map.of(), false);

    private static final Map<String, GlossaryContext.Entry> TERMS = Map.of("cfaa",
            new GlossaryContext.Entry("CFAA", "A US law &amp; more.", "/en/glossary/#cfaa"));

    /** The page's HTML, table of contents, words, sources and problems, as one text to compare. */
    private static String rendered(MarkdownProcessor markdown, String lang, String page) {
        List<String> problems = new ArrayList<>();
        MarkdownProcessor.Parsed parsed = markdown.parse(lang, page);
        PageContext context = new PageContext(
                new FileLinkContext("intro.md", parsed.ids(), MarkdownProcessorTest.ENGLISH, (line, message, hint) -> problems.add(message)),
                new CitationContext(Set.of("order-2024")::contains, (line, key) -> problems.add("source " + key)),
                new GlossaryContext(key -> Optional.ofNullable(TERMS.get(key)), (line, key) -> problems.add(key),
                        words -> markdown.typesetHtml(lang, words)));
        RenderedMarkdown result = markdown.render(lang, parsed, context, true);
        return result.html() + "toc " + result.toc() + "\nwords " + result.words() + "\nsources "
                + result.citations() + "\nproblems " + problems + " " + result.unsafe();
    }

    private static String html(String lang, String page) {
        String with = rendered(WITH, lang, page);
        assertEquals(rendered(WITHOUT, lang, page), with, "with flexmark's writer");
        return with.substring(0, with.indexOf("toc "));
    }

    @Test
    void ampersandLessThanGreaterThanAndQuoteAreEscaped() {
        assertEquals("<p>AT&amp;T: 5 &lt; 6 &gt; 4, a &quot;straight&quot; quote.</p>\n",
                html("en", "AT&T: 5 \\< 6 > 4, a \\\"straight\\\" quote.\n"));
    }

    @Test
    void entitiesAreDecodedThenEscapedAgain() {
        assertEquals("<p>Fish &amp; chips © 2025, &lt;b&gt;</p>\n", html("en", "Fish &amp; chips &copy; 2025, &lt;b&gt;\n"));
    }

    @Test
    void backslashEscapesLeaveTheirCharacter() {
        assertEquals("<p>*not emphasis* and [not a link]</p>\n", html("en", "\\*not emphasis\\* and \\[not a link]\n"));
    }

    @Test
    void textBesideInlineCodeKeepsItsSpaces() {
        assertEquals("<p>Run <code>ls -l &lt;dir&gt;</code> then <code>cd</code>.</p>\n",
                html("en", "Run `ls -l <dir>` then `cd`.\n"));
    }

    @Test
    void textInsideAndAroundEmphasis() {
        assertEquals("<p>A <em>very</em> <strong>strong</strong> <del>old</del> claim.</p>\n",
                html("en", "A *very* **strong** ~~old~~ claim.\n"));
    }

    @Test
    void textOfALinkToAnotherPage() {
        assertEquals("<p>See <a href=\"/en/the-case/#parties\">the &lt;parties&gt;</a> &amp; more.</p>\n",
                html("en", "See [the \\<parties\\>](the-case.md#parties) & more.\n"));
    }

    @Test
    void linesOfAParagraphAndAHardBreak() {
        assertEquals("<p>First line\nsecond line<br />\nthird line</p>\n",
                html("en", "First line\n   second line  \nthird line\n"));
    }

    @Test
    void carriageReturnsBecomeLineBreaks() {
        assertEquals("<p>One\ntwo\nthree</p>\n", html("en", "One\r\ntwo\rthree\r\n"));
    }

    @Test
    void tabsInsideATextAreKept() {
        assertEquals("<p>a\tb</p>\n", html("en", "a\tb\n"));
    }

    @Test
    void headingTextInsideItsOwnLink() {
        assertEquals("<h2 id=\"q-a\"><a href=\"#q-a\" class=\"heading-anchor\">Q &amp; A</a></h2>\n",
                html("en", "## Q & A {#q-a}\n"));
    }

    @Test
    void textInTableCells() {
        assertEquals("""
                <table class="table">
                <thead>
                <tr><th>Court &amp; judge</th><th>Date</th></tr>
                </thead>
                <tbody>
                <tr><td>N.D. Cal.</td><td>20 <em>December</em></td></tr>
                </tbody>
                </table>
                """, html("en", "| Court & judge | Date |\n| --- | --- |\n| N.D. Cal. | 20 *December* |\n"));
    }

    @Test
    void textInFootnotesAtTheEndOfThePage() {
        assertEquals("""
                <p>A claim<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>.</p>
                <div class="footnotes">
                <hr />
                <ol>
                <li id="fn-1">
                <p>A note &amp; its source.</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a>
                </li>
                </ol>
                </div>
                """, html("en", "A claim[^n].\n\n[^n]: A note & its source.\n"));
    }

    @Test
    void textInListsQuotesAndDefinitions() {
        assertEquals("""
                <ul>
                <li>one &amp; two</li>
                </ul>
                <blockquote>
                <p>quoted &lt;text&gt;</p>
                </blockquote>
                <dl>
                <dt>Term</dt>
                <dd>Its definition.</dd>
                </dl>
                """, html("en", "- one & two\n\n> quoted \\<text\\>\n\nTerm\n: Its definition.\n"));
    }

    @Test
    void englishApostrophesAndQuotes() {
        assertEquals("<p>NSO’s “server” isn’t ‘theirs’.</p>\n", html("en", "NSO's \"server\" isn't 'theirs'.\n"));
    }

    @Test
    void frenchSpacingNoBreakSpacesAndRaisedOrdinals() {
        assertEquals("<p>Le 1<sup>er</sup>\u00A0mai\u202F: «\u202Foui\u202F»\u202F? 4\u00A0millions &amp; l’appel\u202F!</p>\n",
                html("fr", "Le 1er mai : \"oui\" ? 4 millions & l'appel !\n"));
    }

    @Test
    void frenchSpacingAfterEmphasisAndCode() {
        assertEquals("<p>La loi <em>CFAA</em>\u202F: oui, <code>x</code>: non.</p>\n",
                html("fr", "La loi *CFAA* : oui, `x`: non.\n"));
    }

    @Test
    void textInACallout() {
        assertEquals("""
                <aside class="callout callout-note" role="note">
                <p class="callout-title">Note</p>
                <p>Read this &amp; that.</p>
                </aside>
                """, html("en", "> [!NOTE]\n> Read this & that.\n"));
    }

    @Test
    void glossaryTermWithWordsTypesetInTheirOwnRendering() {
        assertEquals("<p>The <span class=\"term\"><a class=\"term-link\" href=\"/en/glossary/#cfaa\" "
                        + "aria-describedby=\"term-1\">law’s <em>text</em></a><span class=\"term-definition\" "
                        + "role=\"tooltip\" id=\"term-1\"><span class=\"visually-hidden\"> (</span>A US law &amp; "
                        + "more.<span class=\"visually-hidden\">)</span></span></span> &amp; more.</p>\n",
                html("en", "The [[cfaa|law's *text*]] & more.\n"));
    }

    @Test
    void citationBetweenTexts() {
        String html = html("en", "A ruling & an order[@order-2024, p. 3] today.\n");

        assertEquals("<p>A ruling &amp; an order&#x2060;", html.substring(0, html.indexOf("<sup")));
        assertEquals(" today.</p>\n", html.substring(html.indexOf("</sup>") + "</sup>".length()));
    }

    @Test
    void abbreviationInsideAText() {
        assertEquals("<p>The <abbr title=\"Computer Fraud &amp; Abuse Act\">CFAA</abbr> &amp; more.</p>\n",
                html("en", "The CFAA & more.\n\n*[CFAA]: Computer Fraud & Abuse Act\n"));
    }

    @Test
    void rawHtmlBesideText() {
        assertEquals("<p>a <b>bold &amp; raw</b> c</p>\n", html("en", "a <b>bold &amp; raw</b> c\n"));
    }

    @Test
    void imageAltTextAndTextAfterIt() {
        assertEquals("<p><img src=\"https://example.org/x.png\" alt=\"A &amp; B\" /> after &amp; more</p>\n",
                html("en", "![A & B](https://example.org/x.png) after & more\n"));
    }

    @Test
    void aNulCharacterInTheSourceIsPrintedAsTheReplacementCharacter() {
        assertEquals("<p>A NUL \uFFFD here &amp; there.</p>\n", html("en", "A NUL \u0000 here & there.\n"));
    }

    private static final String[] PIECES = {
        "word", "mot", " ", "  ", "\t", "\n", "\n\n", "\r\n", ".", ",", ":", " ?", "!", ";", "&", "&amp;", "&copy;",
        "<", ">", "\"", "'", "\\", "\\*", "*", "_", "**", "~~", "`", "``", "[", "]", "(", ")", "[x](the-case.md)",
        "[y](nope.md)", "<https://example.org/a:b>", "[^1]", "\n\n[^1]: note & ", "[@order-2024]", "[@nope]",
        "[[cfaa]]", "[[cfaa|the *law*]]", "[[nope]]", "## ", "### ", "{#id}", "> ", "> [!NOTE]\n", "- ", "1. ",
        "| a | b |\n|---|---|\n| ", " |", "\n```\ncode & <x>\n```\n", "    indented\n", "<b>", "</b>", "<br>",
        "<!-- c -->", "1er", "20 mai", "§ 1030", "n° 25", "«", "»", "é", "\u00A0", "\u202F", "\u2060", "$4M",
        "*[CFAA]: Computer Fraud\n", "CFAA", "\u0000", "Term\n: definition\n",
    };

    @Test
    void randomPagesRenderAsWithFlexmarksWriter() {
        Generated.forEach(21_000, 1500, TextExtensionTest::page, page ->
                assertEquals(rendered(WITHOUT, page.lang(), page.markdown()),
                        rendered(WITH, page.lang(), page.markdown())));
    }

    private record Page(String lang, String markdown) {
    }

    private static Page page(Random random) {
        return new Page(LANGUAGES.get(random.nextInt(2)), Generated.pieces(random, PIECES, 60, ""));
    }
}
