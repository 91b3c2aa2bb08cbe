package org.amicus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootnoteOrderTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void footnotesAreNumberedInReadingOrderEvenInParagraphsWithAbbreviations(String lang) {
        String markdown = """
                The CFAA applies.[^late] Plain text.[^early] The CFAA again.[^late]

                [^early]: Defined first.
                [^late]: Defined second.

                *[CFAA]: Computer Fraud and Abuse Act
                """;
        Document html = Jsoup.parseBodyFragment(MARKDOWN.render(lang, MARKDOWN.parse(lang, markdown), (org.amicus.markdown.filelink.FileLinkContext) null, false)
                .html());
        assertEquals(List.of("1", "2", "1"), html.select("sup a").eachText());
        assertEquals(List.of("Defined second.", "Defined first."), html.select(".footnotes li p").eachText());
        assertEquals(List.of("fnref-1", "fnref-2", "fnref-1-1"), html.select("sup").eachAttr("id"));
    }
}
