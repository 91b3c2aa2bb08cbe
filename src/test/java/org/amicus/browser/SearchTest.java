package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in the reader's browser: lunr indexes the list of pages the build wrote, with the rules of
 * search-setup.js (French stemming and stop words, accents ignored), and each result links to the section that
 * matches, with its words in context.
 */
@Tag("browser")
class SearchTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** Searches as a reader does, typing and pressing Enter; the results once they are shown. */
    static List<WebElement> search(String searchPage, String query) {
        browser.open(searchPage);
        WebElement input = browser.driver().findElement(By.id("search-query"));
        input.sendKeys(query);
        input.submit();
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#search-results > li"));
            return found.isEmpty() ? null : found;
        });
    }

    static String link(WebElement result) {
        return result.findElement(By.cssSelector("h2 a")).getDomAttribute("href");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/search/    | sanctions                         | /en/the-ruling/#sanctions
        /en/search/    | sanctioned                        | /en/the-ruling/#sanctions
        /en/search/    | What is summary judgment          | /en/the-ruling/#summary-judgment
        /en/search/    | Van Buren                         | /en/the-cfaa/#van-buren
        /en/search/    | remittitur                        | /en/damages-and-injunction/#remittitur
        /fr/recherche/ | décision                          | /fr/la-decision/#not-decided
        /fr/recherche/ | decision                          | /fr/la-decision/#not-decided
        /fr/recherche/ | immunité                          | /fr/l-affaire/#immunity
        /fr/recherche/ | immunite                          | /fr/l-affaire/#immunity
        /fr/recherche/ | sanctionnée                       | /fr/la-decision/#sanctions
        /fr/recherche/ | Qu'est-ce qu'un jugement sommaire | /fr/la-decision/#summary-judgment
        /fr/recherche/ | injonctions                       | /fr/dommages-interets-et-injonction/#injunction
        """)
    void theFirstResultLinksToTheSectionThatAnswers(String searchPage, String query, String expected) {
        List<WebElement> results = search(searchPage, query);

        assertEquals(expected, link(results.get(0)), query + " → " + results.stream().map(SearchTest::link).toList());
    }

    @Test
    void aResultShowsTheSectionsHeadingAndItsWordsAroundTheMatchMarked() {
        WebElement first = search("/en/search/", "sanctions").get(0);

        WebElement snippet = first.findElement(By.tagName("p"));
        assertEquals("Why did the judge sanction NSO?", snippet.findElement(By.tagName("strong")).getText());
        List<String> marked = snippet.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertFalse(marked.isEmpty(), snippet.getText());
        assertTrue(marked.stream().allMatch(word -> word.toLowerCase(Locale.ROOT).startsWith("sanction")),
                marked.toString());
    }

    @Test
    void snippetsQuoteOnlyWhatThePageShows() {
        // "liable" is a glossary term in the ruling's first section, with citations after it.
        WebElement result = search("/en/search/", "liable").stream()
                .filter(r -> link(r).equals("/en/the-ruling/#in-short")).findFirst().orElseThrow();

        String snippet = result.findElement(By.tagName("p")).getText();
        assertTrue(snippet.contains("Judge Phyllis J. Hamilton held NSO liable to WhatsApp"), snippet);
        assertFalse(snippet.contains("Legal responsibility"), "the term's definition is a tooltip: " + snippet);
        assertFalse(snippet.matches("(?s).*\\[\\d+.*"), "citation markers: " + snippet);
    }

    @Test
    void theStatusCountsTheResults() {
        int count = search("/fr/recherche/", "Pegasus").size();

        assertEquals(count + " pages trouvées pour «\u202fPegasus\u202f»",
                browser.driver().findElement(By.id("search-status")).getText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/fr/recherche/?q=d%C3%A9cision, décision", "/en/search/?q=Van%20Buren, Van Buren"})
    void aQueryInTheAddressIsSearchedOnArrival(String url, String query) {
        browser.open(url);
        String status = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> {
                    String text = d.findElement(By.id("search-status")).getText();
                    return text.isBlank() ? null : text;
                });
        assertTrue(status.contains(query), status);
        assertEquals(query, browser.driver().findElement(By.id("search-query")).getDomProperty("value"));
    }
}
