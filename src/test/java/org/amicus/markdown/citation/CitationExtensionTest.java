package org.amicus.markdown.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.PageContext;
import org.amicus.markdown.RenderedMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationExtensionTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final Set<String> KNOWN = Set.of("order-2024", "verdict-2025", "van-buren-2021");

    private final List<String> unknown = new ArrayList<>();

    private RenderedMarkdown render(String lang, String markdown) {
        CitationContext context = new CitationContext(KNOWN::contains, (line, key) -> unknown.add(line + ":" + key));
        return MARKDOWN.render(lang, MARKDOWN.parse(lang, markdown), new PageContext(null, context, null), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void citationBecomesANumberedReferenceToThePagesSourcesList(String lang) {
        assertEquals("<p>The court ruled.&#x2060;<sup class=\"citation\" id=\"cite-1\"><a href=\"#source-1\">[1]</a></sup></p>\n",
                render(lang, "The court ruled.[@order-2024]\n").html());
    }

    /** A word joiner (U+2060) before each marker: no line starts with a marker, none parts from the one before. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void markersHoldToTheWordAndToEachOther(String lang) {
        String text = org.jsoup.Jsoup.parse(render(lang, "It must pay.[@order-2024][@verdict-2025]\n").html()).text();
        assertEquals("It must pay.\u2060[1]\u2060[2]", text);
    }

    @Test
    void pinpointIsShownInTheReferenceAndListedOnceInTheSource() {
        RenderedMarkdown rendered = render("en", "A.[@van-buren-2021, p. 12] B.[@van-buren-2021, p. 12] C.[@van-buren-2021, p. 14]\n");
        assertEquals(List.of("[1, p. 12]", "[1, p. 12]", "[1, p. 14]"), org.jsoup.Jsoup.parse(rendered.html())
                .select("sup.citation a").eachText());
        assertEquals(List.of(new CitedSource(1, "van-buren-2021", List.of("p. 12", "p. 14"),
                List.of("cite-1", "cite-1-1", "cite-1-2"))), rendered.citations());
    }

    @Test
    void sourcesAreNumberedInTheOrderTheReaderMeetsThem() {
        RenderedMarkdown rendered = render("fr", "Un.[@verdict-2025] Deux.[@order-2024] Trois.[@verdict-2025]\n");
        assertEquals(List.of("verdict-2025", "order-2024"), rendered.citations().stream().map(CitedSource::key).toList());
        assertEquals(List.of("#source-1", "#source-2", "#source-1"),
                org.jsoup.Jsoup.parse(rendered.html()).select("sup.citation a").eachAttr("href"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Intro.\\n\\nThe jury.[@verdct-2025]\\n | 2:verdct-2025",
        "[@Unknown-Key]                          | ",
    })
    void unknownSourceIsReportedWithItsLineAndPrintedAsWritten(String markdown, String expected) {
        String html = render("en", markdown.replace("\\n", "\n")).html();
        assertEquals(expected == null ? List.of() : List.of(expected), unknown);
        assertEquals(0, org.jsoup.Jsoup.parse(html).select("sup.citation").size());
    }

    @Test
    void citationInsideCodeIsLeftAlone() {
        assertEquals("<p><code>[@order-2024]</code></p>\n", render("en", "`[@order-2024]`\n").html());
    }

    @Test
    void ordinaryLinksAndFootnotesStillWork() {
        String html = render("en", "[a link](https://example.org) and a note[^1].[@order-2024]\n\n[^1]: Note.\n").html();
        assertEquals(1, org.jsoup.Jsoup.parse(html).select("a[href=https://example.org]").size());
        assertEquals(1, org.jsoup.Jsoup.parse(html).select("sup.citation").size());
        assertEquals(1, org.jsoup.Jsoup.parse(html).select(".footnotes li").size());
    }
}
