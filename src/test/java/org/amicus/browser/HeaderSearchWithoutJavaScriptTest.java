package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Without JavaScript, the header's search field is a plain form: submitting it opens the search page with the words. */
@Tag("browser")
class HeaderSearchWithoutJavaScriptTest {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/the-ruling/  | Van Buren | /en/search/?q=Van+Buren
        /fr/la-decision/ | immunité  | /fr/recherche/?q=immunit%C3%A9
        """)
    void submittingTheHeadersFieldOpensTheSearchPageWithTheWords(String page, String words, String expected) {
        browser.open(page);
        WebElement input = browser.driver().findElement(By.id("site-search-query"));
        assertTrue(input.isDisplayed());
        input.sendKeys(words);
        input.submit();

        assertEquals(expected, browser.currentPath());
        assertTrue(browser.driver().findElement(By.cssSelector(".search-without-js")).isDisplayed());
    }
}
