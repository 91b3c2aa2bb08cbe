package org.amicus.markdown.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.amicus.Generated;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.PageContext;
import org.amicus.markdown.RenderedMarkdown;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Pages of citations written right and wrong, in and out of code, in both languages: rendering never fails; an
 * unknown key is reported at a line of the page; the sources are the known keys cited, each once, numbered 1, 2, 3
 * in reading order, and every marker leads to one of them; a citation written right is always shown. (Code fences and
 * HTML comments come whole here: one left open turns the rest of the page into code, or hides it.)
 */
class CitationPropertyTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final Set<String> KNOWN = Set.of("order-2024", "verdict-2025");
    private static final String[] PIECES = {
        "word", " ", "  ", "\n", "\n\n", ".", "[@order-2024]", "[@verdict-2025]", "[@order-2024, p. 12]",
        "[@verdict-2025,p.3]", "[@nope]", "[@Order-2024]", "[@ order-2024]", "[@", "@", "[", "]", "]]", ",", "p. 4",
        "`", "\n```\n[@nope] code\n```\n", "> ", "- ", "## ", "*", "\\", "[x](", ")", "[^1]", "\n\n[^1]: note ", "|", "|---|", "<b>", "</b>",
        "<!-- [@nope] -->", "\u2060", "é",
    };

    private record Cited(String lang, String page, RenderedMarkdown rendered, List<String> unknown) {
    }

    private static Cited cite(java.util.Random random) {
        String lang = random.nextBoolean() ? "en" : "fr";
        String page = Generated.pieces(random, PIECES, 30, "") + "\n\nEnd.[@verdict-2025]\n";
        List<String> unknown = new ArrayList<>();
        CitationContext context = new CitationContext(KNOWN::contains, (line, key) -> unknown.add(line + ":" + key));
        RenderedMarkdown rendered = MARKDOWN.render(lang, MARKDOWN.parse(lang, page),
                new PageContext(null, context, null), false);
        return new Cited(lang, page, rendered, unknown);
    }

    @Test
    void unknownKeysAreReportedAtALineOfThePage() {
        Generated.forEach(11_000, 1000, CitationPropertyTest::cite, cited -> {
            long lines = cited.page().lines().count();
            for (String report : cited.unknown()) {
                int line = Integer.parseInt(report.substring(0, report.indexOf(':')));
                String key = report.substring(report.indexOf(':') + 1);
                assertTrue(line >= 0 && line < lines, report);
                assertFalse(KNOWN.contains(key), report);
                assertTrue(cited.page().contains("[@" + key), report);
            }
        });
    }

    @Test
    void sourcesAreTheKnownKeysCitedNumberedInReadingOrderAndEveryMarkerLeadsToOne() {
        Generated.forEach(12_000, 1000, CitationPropertyTest::cite, cited -> {
            List<CitedSource> sources = cited.rendered().citations();
            assertEquals(IntStream.rangeClosed(1, sources.size()).boxed().toList(),
                    sources.stream().map(CitedSource::number).toList());
            assertEquals(sources.size(), sources.stream().map(CitedSource::key).distinct().count());
            assertTrue(sources.stream().allMatch(source -> KNOWN.contains(source.key())), sources::toString);
            assertTrue(sources.stream().anyMatch(source -> source.key().equals("verdict-2025")), sources::toString);
            for (String href : Jsoup.parse(cited.rendered().html()).select("sup.citation a").eachAttr("href")) {
                int number = Integer.parseInt(href.substring("#source-".length()));
                assertTrue(number >= 1 && number <= sources.size(), href);
            }
        });
    }
}
