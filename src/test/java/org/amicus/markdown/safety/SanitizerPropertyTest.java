package org.amicus.markdown.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.markdown.filelink.FileLinkContext;
import org.junit.jupiter.api.Test;

/**
 * Seeded random pages made of Markdown, raw HTML and attack fragments in any order: whatever the order, the checks
 * of the Markdown find all that the sanitizer would drop, a page they pass is inert and stays in its place, and the
 * sanitizer's output is its own fixed point. A failure names the seed and the page.
 */
class SanitizerPropertyTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final int PAGES = 1000;

    private static final String[] PIECES = {
        "word", "Word", " ", " ", "\n", "\n", "\n\n", "\n\n", "> ", "- ", "1. ", "## ", "    ", "*", "**", "_", "`",
        "\"", "'", "&", "&amp;", "&#106;", "&colon;", "\\", "[", "]", "(", ")", "{", "}", "<", ">", "/", "=", ":",
        "[a link](the-case.md)", "[js](javascript:alert(1))", "[js](JaVaScRiPt:alert(1))", "![x](chart.png)",
        "![x](https://evil.example/t.png)", "<https://example.org>", "<javascript:alert(1)>", "[x][r]",
        "\n\n[r]: javascript:alert(1)\n", "\n\n[r]: https://example.org\n", "{#id}", "{.note}", "{name}",
        "{onclick=alert(1)}", "{style=\"color:red\"}", "<span>", "</span>", "<span class=\"x\">", "<div>", "</div>",
        "<details>", "</details>", "<summary>", "</summary>", "<abbr title=\"x\">", "</abbr>", "<b>", "</b>",
        "<p>", "</p>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<ul>", "<li>", "</ul>", "<br>", "<hr>",
        "<img src=\"chart.png\" alt=\"c\">", "<img src=x onerror=alert(1)>", "<a href=\"x.md\">", "</a>",
        "<a href=\"javascript:alert(1)\">", "<a href=\"jav&#x09;ascript:alert(1)\">", "<script>", "</script>",
        "<style>", "</style>", "<iframe src=\"https://evil.example\">", "</iframe>", "<svg onload=alert(1)>",
        "</svg>", "<math>", "<textarea>", "</textarea>", "<noscript>", "<template>", "<xmp>", "<plaintext>",
        "<title>", "<body onload=alert(1)>", "<!--", "-->", "<!-- note -->", "<!-->", "<![CDATA[", "]]>", "<?x ?>",
        "<div title=\"", "<div onmouseover=\"alert(1)\"", "</main>", "[[term]]", "[@source]", "> [!NOTE]\n",
        "```\n", "~~", "|", "|---|", "[^1]", "\n\n[^1]: note\n", "*[CFAA]: Act\n", "CFAA",
    };

    @Test
    void theChecksOfTheMarkdownFindAllThatTheSanitizerWouldDrop() {
        forEachPage((page, rendered) -> assertEquals(List.of(), rendered.unsafe()));
    }

    @Test
    void aPageTheChecksPassIsInertAndStaysInItsPlace() {
        forEachPage((page, rendered) -> {
            if (MARKDOWN.parse("en", page).unsafe().isEmpty()) {
                assertEquals(List.of(), Inert.faults(rendered.html()));
            }
        });
    }

    @Test
    void theSanitizersOutputIsItsOwnFixedPoint() {
        forEachPage((page, rendered) -> assertEquals(rendered.html(), Sanitizer.sanitize(rendered.html()).html()));
    }

    @Test
    void withoutRawHtmlTheTagScanJudgesAsTheFullSanitizerDoes() {
        forEachPage((page, rendered) -> {
            String lang = "en";
            MarkdownProcessor.Parsed parsed = MARKDOWN.parse(lang, page);
            if (!parsed.rawHtml()) {
                String html = MARKDOWN.render(lang, parsed, (FileLinkContext) null, false).html();
                Sanitizer.Result full = Sanitizer.sanitize(html);
                Sanitizer.Result scanned = Sanitizer.sanitizeGenerated(html);
                assertEquals(full.html(), scanned.html());
                assertEquals(full.refused(), scanned.refused());
                assertEquals(full.headings().stream().map(Object::toString).toList(),
                        scanned.headings().stream().map(Object::toString).toList());
            }
        });
    }

    @Test
    void theHtmlOfAPageTheChecksPassHoldsNoScriptTagHandlerOrCommentAsText() {
        forEachPage((page, rendered) -> {
            if (MARKDOWN.parse("en", page).unsafe().isEmpty()) {
                String html = rendered.html().toLowerCase(java.util.Locale.ROOT);
                assertFalse(html.contains("<script") || html.contains("<!--")
                        || java.util.regex.Pattern.compile("<[^>]*\\son\\w+\\s*=").matcher(html).find(), html);
            }
        });
    }

    /** Runs the property on each page; a failure says which seed made which page. */
    private static void forEachPage(PageProperty property) {
        for (int seed = 0; seed < PAGES; seed++) {
            String page = page(new Random(seed));
            String lang = seed % 2 == 0 ? "en" : "fr";
            try {
                property.check(page, MARKDOWN.render(lang, MARKDOWN.parse(lang, page), (FileLinkContext) null, false));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", page:\n" + page + "\n" + e.getMessage(), e);
            }
        }
    }

    private static String page(Random random) {
        StringBuilder page = new StringBuilder();
        int pieces = 1 + random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            page.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return page.append('\n').toString();
    }

    @FunctionalInterface
    private interface PageProperty {
        void check(String page, RenderedMarkdown rendered);
    }
}
