package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.amicus.Generated;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.PageContext;
import org.amicus.markdown.callout.CalloutKind;
import org.amicus.site.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Pages of callouts written right and wrong, nested, in lists and in code, in both languages: rendering never
 * fails; every callout published is of a known kind and opens with its title; a quote published with a marker's
 * {@code [!} at the start of its first line (a callout that did not happen) is always reported as an error at a
 * line of the page, but for a marker the author escaped to show it ({@code \\[!NOTE]}); an empty callout is a
 * warning. Nothing written as a callout is published silently as something else.
 */
class CalloutPropertyTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final Set<String> KINDS = Arrays.stream(CalloutKind.values())
            .map(kind -> "callout-" + kind.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    private static final String[] PIECES = {
        "\n", "\n\n", "> ", "> ", "> > ", "[!NOTE]", "[!note]", "[!TIP]", "[!WARNING]", "[!FIGURES]", "[!WARN]",
        "[!NOTE", "[!]", "[! NOTE]", "[!REMARQUE]", "[!NOTE] text", "text", " ", "word ", "- ", "1. ", "    ",
        "```\n", "`", "*", "# ", "|a|b|\n|---|---|\n", "[x](#y)", "é", "\u00a0", "\\",
    };

    private record Published(String lang, String page, Document html, List<Problem> problems) {
    }

    private static Published publish(Random random) {
        String lang = random.nextBoolean() ? "en" : "fr";
        String body = Generated.pieces(random, PIECES, 40, "");
        Page page = new Page(lang, lang + "/p.md", Path.of("content", lang, "p.md"), null, "p", "/" + lang + "/p/",
                "page", body, 1, null);
        MarkdownProcessor.Parsed parsed = MARKDOWN.parse(lang, body);
        Problems problems = new Problems();
        MarkdownSyntax.check(page, parsed.document(), Set.of(), List.of(), problems);
        String html = MARKDOWN.render(lang, parsed, new PageContext(null, null, null), false).html();
        return new Published(lang, body, Jsoup.parseBodyFragment(html), problems.sorted());
    }

    @Test
    void everyCalloutPublishedIsOfAKnownKindAndOpensWithItsTitle() {
        Generated.forEach(21_000, 1000, CalloutPropertyTest::publish, published -> {
            for (Element callout : published.html().select("aside.callout")) {
                assertTrue(callout.classNames().stream().anyMatch(KINDS::contains), callout::outerHtml);
                Element first = callout.firstElementChild();
                assertTrue(first != null && first.hasClass("callout-title") && !first.text().isBlank(),
                        callout::outerHtml);
            }
        });
    }

    @Test
    void aQuoteThatStartsWithAMarkerIsAlwaysAnErrorAtALineOfThePage() {
        Generated.forEach(22_000, 1000, CalloutPropertyTest::publish, published -> {
            long quotes = published.html().select("blockquote").stream()
                    .filter(quote -> quote.firstElementChild() != null && quote.firstElementChild().is("p")
                            && firstLine(quote.firstElementChild()).startsWith("[!"))
                    .count();
            List<Problem> markerErrors = published.problems().stream()
                    .filter(problem -> problem.isError() && problem.message().contains("callout")).toList();
            long escaped = published.page().split("\\\\\\[!", -1).length - 1; // \[! shows [! on purpose
            assertTrue(markerErrors.size() + escaped >= quotes, quotes + " quotes, reported: " + markerErrors);
            long lines = published.page().lines().count();
            for (Problem problem : published.problems()) {
                assertTrue(problem.line() >= 1 && problem.line() <= Math.max(1, lines), problem::toString);
            }
        });
    }

    /** What a reader sees on the first line of a paragraph, without the spaces around it. */
    private static String firstLine(Element paragraph) {
        String line = paragraph.wholeText().split("\n", 2)[0];
        return line.replaceAll("^[\\s\\p{Zs}]+", "");
    }

    @Test
    void anEmptyCalloutIsAlwaysAWarning() {
        Generated.forEach(23_000, 1000, CalloutPropertyTest::publish, published -> {
            long empty = published.html().select("aside.callout").stream()
                    .filter(callout -> callout.children().size() == 1).count();
            long warned = published.problems().stream()
                    .filter(problem -> !problem.isError() && problem.message().endsWith("is empty")).count();
            assertEquals(empty, warned);
        });
    }
}
