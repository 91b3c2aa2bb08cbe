package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search in the reader's browser: lunr on the index the build wrote, in both languages, accents ignored. */
@Tag("browser")
class SearchTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "/en/search/,         sanctions, /en/the-ruling/",
        "/fr/recherche/,      dommages,  /fr/dommages-interets-et-injonction/",
        "/fr/recherche/,      decision,  /fr/la-decision/",
        "/en/search/,         injunction, /en/damages-and-injunction/",
    })
    void typingAWordListsThePagesThatContainIt(String searchPage, String query, String expectedPage) {
        browser.open(searchPage);
        WebElement input = browser.driver().findElement(By.id("search-query"));
        input.sendKeys(query);
        input.submit();
        List<WebElement> results = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("#search-results li h2 a"));
                    return found.isEmpty() ? null : found;
                });
        List<String> urls = results.stream().map(a -> a.getDomAttribute("href")).toList();
        assertTrue(urls.contains(expectedPage), query + " → " + urls);
        String status = browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.contains(query), status);
        String snippet = browser.driver().findElement(By.cssSelector("#search-results li p")).getText();
        assertTrue(!snippet.isBlank(), "each result shows its words in context");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/fr/recherche/?q=d%C3%A9cision, décision", "/en/search/?q=Van%20Buren, Van Buren"})
    void aQueryInTheAddressIsSearchedOnArrival(String url, String query) {
        browser.open(url);
        String status = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> {
                    String text = d.findElement(By.id("search-status")).getText();
                    return text.isBlank() ? null : text;
                });
        assertTrue(status.contains(query), status);
        assertEquals(query, browser.driver().findElement(By.id("search-query")).getDomProperty("value"));
    }
}
