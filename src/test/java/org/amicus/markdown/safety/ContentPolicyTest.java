package org.amicus.markdown.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.markdown.filelink.FileLinkContext;
import org.junit.jupiter.api.Test;

/**
 * The content policy as an author meets it: what a page's Markdown may hold, and what it refuses, each refusal at
 * its line of the Markdown body (0-based here; the build adds the front matter's lines).
 */
class ContentPolicyTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());

    /** What the policy refuses, as "line: message". */
    static List<String> refused(String markdown) {
        return MARKDOWN.parse("en", markdown).unsafe().stream().map(f -> f.bodyLine() + ": " + f.message()).toList();
    }

    static String html(String markdown) {
        return render(markdown).html();
    }

    static RenderedMarkdown render(String markdown) {
        return MARKDOWN.render("en", MARKDOWN.parse("en", markdown), (FileLinkContext) null, false);
    }

    @Test
    void aScriptBlockIsRefusedAtItsLine() {
        assertEquals(List.of("2: `<script>` is not allowed in a page: pages run no script of their own"),
                refused("Intro.\n\n<script>alert(3)</script>\n"));
    }

    @Test
    void anInlineScriptIsRefused() {
        assertEquals(List.of("1: `<script>` is not allowed in a page: pages run no script of their own"),
                refused("First line\nthen <script>alert(3)</script> inline.\n"));
    }

    @Test
    void aScriptTagInAnyLetterCaseIsRefused() {
        assertEquals(List.of("0: `<script>` is not allowed in a page: pages run no script of their own"),
                refused("<ScRiPt>alert(1)</sCrIpT>\n"));
    }

    @Test
    void theLineOfAnElementInsideAnHtmlBlockIsItsOwn() {
        assertEquals(List.of("3: `<iframe>` is not allowed in a page: pages embed nothing from another site"),
                refused("Text.\n\n<div>\n<iframe src=\"https://evil.example.com\"></iframe>\n</div>\n"));
    }

    @Test
    void anEventHandlerIsRefusedOnAnAllowedElement() {
        assertEquals(List.of("0: `onerror` on `<img>` is not allowed: pages run no script of their own"),
                refused("<img src=\"figures/chart.png\" alt=\"A chart\" onerror=\"alert(8)\">\n"));
    }

    @Test
    void anEventHandlerOnItsOwnLineIsReportedThere() {
        assertEquals(List.of("2: `onmouseover` on `<span>` is not allowed: pages run no script of their own"),
                refused("Some\n<span class=\"x\"\nonmouseover=\"alert(1)\">text</span>\n"));
    }

    @Test
    void inlineStyleIsRefused() {
        assertEquals(List.of("0: `style` on `<span>` is not allowed: the templates' stylesheet styles the pages"),
                refused("A <span style=\"position:fixed;inset:0\">cover</span>.\n"));
    }

    @Test
    void aStyleElementIsRefused() {
        assertEquals(List.of("0: `<style>` is not allowed in a page: the templates' stylesheet styles the pages"),
                refused("<style>body { display: none }</style>\n"));
    }

    @Test
    void anSvgWithOnloadIsRefusedAsADrawing() {
        assertEquals(List.of("0: `<svg>` is not allowed in a page"), refused("<svg onload=\"alert(1)\"></svg>\n"));
    }

    @Test
    void anIframeWithSrcdocIsRefused() {
        assertEquals(List.of("0: `<iframe>` is not allowed in a page: pages embed nothing from another site"),
                refused("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>\n"));
    }

    @Test
    void anAttributeTheElementDoesNotTakeIsRefusedWithTheOnesItDoes() {
        MarkdownProcessor.Parsed parsed = MARKDOWN.parse("en", "<abbr data-x=\"1\">CFAA</abbr>\n");
        assertEquals(List.of(new Finding(0, "`data-x` on `<abbr>` is not allowed",
                "allowed on `<abbr>`: class, dir, id, lang, title")), parsed.unsafe());
    }

    @Test
    void aMarkdownLinkToJavascriptInMixedCaseIsRefused() {
        assertEquals(List.of("0: `JaVaScRiPt:alert(9)` is not an allowed address: only https, http, mailto and "
                + "relative links are"), refused("[vb](JaVaScRiPt:alert(9))\n"));
    }

    @Test
    void aMarkdownLinkToJavascriptHiddenByAnEntityIsRefused() {
        assertEquals(List.of("0: `javascript:alert(1)` is not an allowed address: only https, http, mailto and "
                + "relative links are"), refused("[x](&#106;avascript:alert(1))\n"));
    }

    @Test
    void aMarkdownLinkToJavascriptSplitByATabIsRefused() {
        assertEquals(1, refused("[x](java&#x09;script:alert(1))\n").size());
    }

    @Test
    void aRawLinkToJavascriptSplitByANewlineEntityIsRefused() {
        assertEquals(List.of("0: `java\nscript:alert(1)` is not an allowed address: only https, http, mailto and "
                + "relative links are"), refused("<a href=\"java&#x0A;script:alert(1)\">x</a>\n"));
    }

    @Test
    void aDataLinkIsRefused() {
        assertEquals(List.of("0: `data:text/html,<script>alert(1)</script>` is not an allowed address: only https, "
                + "http, mailto and relative links are"), refused("[data](<data:text/html,<script>alert(1)</script>>)\n"));
    }

    @Test
    void anAutolinkToJavascriptIsRefused() {
        assertEquals(List.of("0: `javascript:alert(1)` is not an allowed address: only https, http, mailto and "
                + "relative links are"), refused("See <javascript:alert(1)>.\n"));
    }

    @Test
    void aReferenceDefinitionToJavascriptIsRefusedAtTheDefinition() {
        assertEquals(List.of("2: `javascript:alert(1)` is not an allowed address: only https, http, mailto and "
                + "relative links are"), refused("A [link][x].\n\n[x]: javascript:alert(1)\n"));
    }

    @Test
    void anImageInJavascriptIsRefused() {
        assertEquals(List.of("0: `javascript:alert(11)` is not an allowed address: only https, http and relative "
                + "links are"), refused("![img](javascript:alert(11))\n"));
    }

    @Test
    void anImageFromAnotherSiteIsRefusedByTheContentSecurityPolicy() {
        assertEquals(List.of("0: image `https://evil.example.com/track.png` is on another site: the site's "
                + "Content-Security-Policy lets pages show only the site's own images"),
                refused("![x](https://evil.example.com/track.png)\n"));
    }

    @Test
    void anImageByReferenceFromAnotherSiteIsRefused() {
        assertEquals(List.of("0: image `//evil.example.com/t.png` is on another site: the site's "
                + "Content-Security-Policy lets pages show only the site's own images"),
                refused("![x][t]\n\n[t]: //evil.example.com/t.png\n"));
    }

    @Test
    void linksOfTheAllowedSchemesAndRelativeLinksPass() {
        assertEquals(List.of(), refused("[a](https://example.org) [b](HTTP://example.org) [c](mailto:a@example.org) "
                + "[d](the-case.md#x) [e](#top) [f](/en/) [g](?q=1) <https://example.org>\n"));
    }

    @Test
    void anEventHandlerInBracesIsRefused() {
        assertEquals(List.of("0: `{onmouseover=alert(1)}`: only ids and classes can be given in braces",
                "0: `{style=\"position:fixed;inset:0\"}`: only ids and classes can be given in braces"),
                refused("Click here{onmouseover=alert(1) style=\"position:fixed;inset:0\"}\n"));
    }

    @Test
    void anEventHandlerInBracesAfterALinkIsRefused() {
        assertEquals(List.of("0: `{onclick=\"alert(2)\"}`: only ids and classes can be given in braces"),
                refused("[a link](https://example.org){onclick=\"alert(2)\"}\n"));
    }

    @Test
    void idsAndClassesInBracesPass() {
        assertEquals(List.of(), refused("## Sanctions {#sanctions}\n\nA word{.note} here.\n"));
        assertEquals("<p><span class=\"note\">A word</span> here.</p>\n", html("A word{.note} here.\n"));
    }

    @Test
    void theHtmlAnExplainerNeedsPassesAsWritten() {
        String markdown = """
                <details>
                <summary>The <abbr title="Computer Fraud and Abuse Act">CFAA</abbr> in full</summary>

                Text with H<sub>2</sub>O, x<sup>2</sup> and <span lang="fr" dir="ltr">une décision</span>.

                </details>

                <figure id="chart" class="wide">
                <img src="figures/chart.png" alt="The two awards" width="640" height="320">
                <figcaption>The jury's award and the reduced one.</figcaption>
                </figure>
                """;
        assertEquals(List.of(), refused(markdown));
        assertEquals("""
                <details>
                <summary>The <abbr title="Computer Fraud and Abuse Act">CFAA</abbr> in full</summary>
                <p>Text with H<sub>2</sub>O, x<sup>2</sup> and <span lang="fr" dir="ltr">une décision</span>.</p>
                </details>
                <figure id="chart" class="wide">
                <img src="figures/chart.png" alt="The two awards" width="640" height="320">
                <figcaption>The jury's award and the reduced one.</figcaption>
                </figure>
                """, html(markdown));
    }

    @Test
    void aDetailsElementNeverClosedIsRefusedAtItsLine() {
        assertEquals(List.of("1: `<details>` is never closed"),
                refused("Text.\n<details>\n<summary>More</summary>\n\nThe rest of the page.\n"));
    }

    @Test
    void anElementClosedInALaterBlockPasses() {
        assertEquals(List.of(), refused("<div class=\"note\">\n\n*Markdown* inside.\n\n</div>\n"));
    }

    @Test
    void anEndTagWithoutItsStartTagIsRefused() {
        assertEquals(List.of("2: `</div>` closes no element opened before it in this page",
                "2: `</main>` closes no element opened before it in this page"), refused("Text.\n\n</div></main>\n"));
    }

    @Test
    void elementsClosedInTheWrongOrderAreReportedAtTheOneLeftOpen() {
        assertEquals(List.of("0: `<span>` is never closed"), refused("<div><span>\n\nx\n\n</div>\n"));
    }

    @Test
    void anHtmlCommentNeverReachesThePage() {
        assertEquals("<p>Text  more.</p>\n", html("Text <!-- TODO: check with editor --> more.\n"));
    }

    @Test
    void anHtmlCommentOnItsOwnLinesLeavesNoTrace() {
        assertEquals("<p>One.</p>\n<p>Two.</p>\n", html("One.\n\n<!-- a note\nfor the editor -->\n\nTwo.\n"));
    }

    @Test
    void aCommentInsideAnHtmlBlockIsCutOut() {
        assertEquals("<div>\n<p>Kept.</p>\n</div>\n", html("<div>\n<!-- note -->\n<p>Kept.</p>\n</div>\n"));
    }

    @Test
    void aScriptAfterACommentOnTheSameLineIsStillRefused() {
        assertEquals(List.of("0: `<script>` is not allowed in a page: pages run no script of their own"),
                refused("<!-- a --> <script>alert(1)</script>\n"));
    }

    @Test
    void aCommentOverSeveralLinesDoesNotShiftTheLinesAfterIt() {
        assertEquals(List.of("4: `onerror` on `<img>` is not allowed: pages run no script of their own"),
                refused("<div>\n<!-- a\nnote -->\n<img src=\"x.png\" alt=\"x\"\nonerror=\"alert(1)\">\n</div>\n"));
    }

    @Test
    void aTagThatTwoHalvesAroundACommentMakeIsRefused() {
        assertEquals(List.of("0: `<script>` is not allowed in a page: pages run no script of their own"),
                refused("<div>a <<!-- x -->script>alert(1)</script></div>\n"));
    }

    @Test
    void aCdataSectionIsRefusedSinceBrowsersEndItAtTheFirstAngleBracket() {
        assertEquals(List.of("0: `<![CDATA[` is not HTML: browsers read it as a comment that ends at the first `>`"),
                refused("<![CDATA[><img src=x onerror=alert(1)>]]>\n"));
    }

    @Test
    void aBodyTagIsRefusedSinceBrowsersGiveItsAttributesToThePage() {
        assertEquals(List.of("1: `<body>` is not allowed in a page"), refused("Text.\n<body onload=alert(1)>\n"));
    }

    @Test
    void aTagWithoutItsClosingBracketIsRefused() {
        assertEquals(List.of("2: an HTML tag is never closed: it has no `>`, so the page's next words would become "
                + "its attributes"), refused("Text.\n\n<div onmouseover=\"alert(1)\"\n"));
    }

    @Test
    void aCommentNeverClosedIsRefusedAtItsStart() {
        assertEquals(List.of("2: an HTML comment is never closed: it would hide the rest of the page"),
                refused("Text.\n\n<!-- TODO\n\nThe rest of the page.\n"));
    }

    @Test
    void aCommentInCodeIsCodeAndStays() {
        assertEquals("<p><code>&lt;!-- x --&gt;</code></p>\n", html("`<!-- x -->`\n"));
    }

    @Test
    void thePolicysRefusalsAreAlsoWhatTheSanitizerDrops() {
        assertEquals("`<script>` is not allowed in a page: pages run no script of their own",
                Sanitizer.sanitize("<p>a</p><script>alert(1)</script>").refused().orElseThrow());
        assertEquals(java.util.Optional.empty(), Sanitizer.sanitize("<p><a href=\"x.md\">a</a></p>").refused());
    }

    @Test
    void theTagScanOfGeneratedHtmlRefusesWhatTheFullSanitizerRefuses() {
        assertEquals(java.util.Optional.of("`onclick` on `<p>` is not allowed: pages run no script of their own"),
                Sanitizer.sanitizeGenerated("<p onclick=\"x()\">a</p>\n").refused());
        assertEquals(java.util.Optional.of("`javascript:alert(1)` is not an allowed address: only https, http, mailto "
                + "and relative links are"),
                Sanitizer.sanitizeGenerated("<p><a href=\"javascript&colon;alert(1)\">a</a></p>\n").refused());
        assertEquals(java.util.Optional.empty(), Sanitizer.sanitizeGenerated(
                "<p><a href=\"../the-case/#facts\">a</a> <a href=\"https://example.org/x?a=1&amp;b=2\">b</a></p>\n")
                .refused());
    }

    @Test
    void theTagScanOfGeneratedHtmlFindsTheHeadingsWithAnIdForTheTableOfContents() {
        Sanitizer.Result result = Sanitizer.sanitizeGenerated("<h2 id=\"a\"><a href=\"#a\">The <em>facts</em></a></h2>\n"
                + "<h3>No id</h3>\n<h4 id=\"c\">Deeper</h4>\n<h3 id=\"b\">L&rsquo;appel</h3>\n");
        assertEquals(List.of("h2#a The facts", "h3#b L’appel"), result.headings().stream()
                .map(heading -> "h" + heading.level() + "#" + heading.id() + " " + heading.text()).toList());
    }

    @Test
    void aHeadingsTextIsReadAsJsoupReadsItWithReferencesDecodedAndSpacesCollapsedButNoBreakSpacesKept() {
        String html = "<h2 id=\"a\">L&rsquo;appel\n  du&nbsp;juge &amp; <code>x &lt; y</code>\u202f!</h2>\n";
        assertEquals(List.of(new Sanitizer.Heading(2, "a", "L’appel du\u00a0juge & x < y\u202f!")),
                Sanitizer.sanitizeGenerated(html).headings());
        assertEquals(Sanitizer.sanitize(html).headings(), Sanitizer.sanitizeGenerated(html).headings());
    }

    @Test
    void anImageOnAnotherSiteIsRefusedEvenWhenItsAddressIsPlain() {
        assertEquals(List.of("0: image `https://example.org/t.png` is on another site: the site's "
                + "Content-Security-Policy lets pages show only the site's own images"),
                refused("![t](https://example.org/t.png)\n"));
    }
}
