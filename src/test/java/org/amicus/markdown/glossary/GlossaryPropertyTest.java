package org.amicus.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.amicus.Generated;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.PageContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages of glossary references written right and wrong, in and out of code, in both languages: rendering never
 * fails; an unknown key is reported at a line of the page; every term link leads to a known entry and describes
 * itself with its definition; a reference written right is always a term, showing the author's words when given.
 */
class GlossaryPropertyTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final Map<String, GlossaryContext.Entry> TERMS = Map.of(
            "summary-judgment", new GlossaryContext.Entry("summary judgment", "A decision without a trial.",
                    "/glossary/#summary-judgment"),
            "cfaa", new GlossaryContext.Entry("CFAA", "A US law.", "/glossary/#cfaa"));
    private static final String[] PIECES = {
        "word", " ", "\n", "\n\n", ".", "[[summary-judgment]]", "[[cfaa|the Act]]", "[[ cfaa ]]", "[[cfaa\\|law]]",
        "[[nope]]", "[[Summary-Judgment]]", "[[summary judgment]]", "[[cfaa|]]", "[[|x]]", "[[", "]]", "[", "]", "|",
        "`", "\n```\n[[nope]]\n```\n", "> ", "- ", "## ", "*", "_", "\\", "[x](", ")", "<b>", "</b>", "[@cfaa]",
        "<!-- [[nope]] -->", "é", "«", "'",
    };

    private record Rendered(String page, Document html, List<String> unknown) {
    }

    private static Rendered render(Random random) {
        String lang = random.nextBoolean() ? "en" : "fr";
        String page = Generated.pieces(random, PIECES, 30, "") + "\n\nEnd: [[cfaa|the law]].\n";
        List<String> unknown = new ArrayList<>();
        GlossaryContext context = new GlossaryContext(key -> Optional.ofNullable(TERMS.get(key)),
                (line, key) -> unknown.add(line + ":" + key));
        String html = MARKDOWN.render(lang, MARKDOWN.parse(lang, page), new PageContext(null, null, context), false)
                .html();
        return new Rendered(page, Jsoup.parse(html), unknown);
    }

    @Test
    void unknownKeysAreReportedAtALineOfThePage() {
        Generated.forEach(13_000, 1000, GlossaryPropertyTest::render, rendered -> {
            long lines = rendered.page().lines().count();
            for (String report : rendered.unknown()) {
                int line = Integer.parseInt(report.substring(0, report.indexOf(':')));
                assertTrue(line >= 0 && line < lines, report);
                assertFalse(TERMS.containsKey(report.substring(report.indexOf(':') + 1)), report);
            }
        });
    }

    @Test
    void everyTermLeadsToAKnownEntryAndCarriesItsDefinition() {
        Generated.forEach(14_000, 1000, GlossaryPropertyTest::render, rendered -> {
            var links = rendered.html().select("a.term-link");
            assertFalse(links.isEmpty(), "the last paragraph's term is missing");
            assertEquals("the law", links.last().text());
            for (var link : links) {
                assertTrue(TERMS.values().stream().anyMatch(entry -> entry.url().equals(link.attr("href"))),
                        link::toString);
                var definition = rendered.html().getElementById(link.attr("aria-describedby"));
                assertTrue(definition != null && definition.hasClass("term-definition"), link::toString);
            }
        });
    }
}
