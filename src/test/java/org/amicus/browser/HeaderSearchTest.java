package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A search field in the header of every page: results under it as the reader types, counted, each linked to the
 * section that matches with the matched words marked; Enter opens the search page with all of them.
 */
@Tag("browser")
class HeaderSearchTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** Every page of a language but the search pages, whose own form is the page. */
    static List<String> pages() {
        return browser.site().pages.stream().filter(p -> p.endsWith("/") && !p.equals("/"))
                .filter(p -> !p.equals("/en/search/") && !p.equals("/fr/recherche/")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageHasASearchFieldInItsHeaderThatLeadsToItsLanguagesSearchPage(String page) {
        browser.open(page);
        WebElement form = browser.driver().findElement(By.cssSelector("header.site-header form[role=search]"));
        String searchPage = page.startsWith("/fr/") ? "/fr/recherche/" : "/en/search/";

        assertEquals(searchPage, form.getDomAttribute("action"));
        assertEquals("get", form.getDomAttribute("method"));
        WebElement input = form.findElement(By.cssSelector("input[type=search][name=q]"));
        assertEquals(input.getDomAttribute("id"), form.findElement(By.tagName("label")).getDomAttribute("for"));
        assertTrue(input.isDisplayed(), page);
    }

    /** Types as a reader does, without pressing Enter; the results once shown under the field. */
    private static List<WebElement> type(String page, String words) {
        browser.open(page);
        WebElement menu = browser.driver().findElement(By.cssSelector(".site-menu-button"));
        if (menu.isDisplayed()) {
            menu.click(); // on a phone, the field is in the header's menu
        }
        WebElement input = browser.driver().findElement(By.id("site-search-query"));
        input.click();
        input.sendKeys(words);
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#site-search-results > li"));
            return found.isEmpty() ? null : found;
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/the-case/ | sanctions  | /en/the-ruling/#sanctions                        | pages found for “sanctions”
        /fr/l-affaire/ | injonctions | /fr/dommages-interets-et-injonction/#injunction | pages trouvées pour «\u202finjonctions\u202f»
        """)
    void resultsShowAsTheReaderTypesCountedAndLinkedToTheSection(String page, String words, String first,
                                                                 String count) {
        List<WebElement> results = type(page, words);

        assertEquals(page, browser.currentPath(), "typing leaves the reader on the page");
        assertEquals(first, results.get(0).findElement(By.cssSelector(".search-result-title a")).getDomAttribute("href"));
        assertTrue(results.size() <= 5, results::toString);
        String status = browser.driver().findElement(By.id("site-search-status")).getText();
        assertTrue(status.endsWith(count), status);
        List<String> marked = results.get(0).findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertFalse(marked.isEmpty(), results.get(0).getText());
        int total = Integer.parseInt(status.substring(0, status.indexOf(' ')));
        WebElement more = browser.driver().findElement(By.id("site-search-more"));
        assertEquals(total > 5, more.isDisplayed(), status);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/the-case/  | Van Buren  | /en/search/?q=Van+Buren
        /fr/l-affaire/ | immunité   | /fr/recherche/?q=immunit%C3%A9
        """)
    void enterOpensTheSearchPageWithAllTheResults(String page, String words, String searchPage) {
        type(page, words);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#search-results > li")).isEmpty());
        assertEquals(searchPage, browser.currentPath());
        assertEquals(words, browser.driver().findElement(By.id("search-query")).getDomProperty("value"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-case/", "/fr/l-affaire/"})
    void escapeClosesTheResults(String page) {
        type(page, "Pegasus");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();

        assertFalse(browser.driver().findElement(By.cssSelector(".site-search-panel")).isDisplayed());
        assertEquals("site-search-query", browser.driver().switchTo().activeElement().getDomAttribute("id"));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/en/the-case/, 320, light, injunction", "/fr/l-affaire/, 320, dark, injonction",
        "/en/the-case/, 1280, dark, injunction", "/fr/l-affaire/, 1280, light, injonction"})
    void theOpenResultsStayInsideTheWindow(String page, int width, String scheme, String words) throws IOException {
        browser.viewport(width);
        browser.colorScheme(scheme);
        type(page, words);

        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.script("""
                var r = document.querySelector('.site-search-panel').getBoundingClientRect();
                return {left: r.left, right: r.right, scroll: document.documentElement.scrollWidth};
                """);
        assertTrue(box.get("left").doubleValue() >= 0 && box.get("right").doubleValue() <= width, box::toString);
        assertTrue(box.get("scroll").intValue() <= width, box::toString);
        Path file = EndToEndTest.SCREENSHOTS.resolve("header-search" + page.replace('/', '-') + width + "-" + scheme
                + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/search/    | sanctions | /en/the-ruling/#sanctions
        /fr/recherche/ | décision  | /fr/la-decision/#not-decided
        """)
    void theSearchPageTooShowsResultsAsTheReaderTypes(String page, String words, String first) {
        browser.open(page);
        browser.driver().findElement(By.id("search-query")).sendKeys(words);

        WebElement result = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#search-results > li")).stream().findFirst().orElse(null));
        assertEquals(first, result.findElement(By.cssSelector("h2 a")).getDomAttribute("href"));
        assertEquals(page, browser.currentPath());
    }
}
