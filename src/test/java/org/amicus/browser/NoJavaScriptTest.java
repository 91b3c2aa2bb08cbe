package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** With JavaScript switched off, every page shows its content and its language links are plain links that work. */
@Tag("browser")
class NoJavaScriptTest {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    static List<String> pages() {
        return browser.site().pages;
    }

    @Test
    void javaScriptIsReallyOff() {
        // switcher.js would have added #sanctions to the link.
        browser.open(EndToEndTest.ARTICLE_EN + "#sanctions");
        assertEquals(EndToEndTest.ARTICLE_FR, browser.driver()
                .findElement(By.cssSelector(".switcher a[hreflang='fr-FR']")).getDomAttribute("href"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageShowsItsContentAndItsLanguageLinksWork(String page) {
        browser.open(page);
        assertContentShown(page);
        List<String> locales = languageLinks().stream().map(a -> a.getDomAttribute("hreflang")).toList();
        assertFalse(locales.isEmpty(), page + " has no link to another language");
        for (String locale : locales) {
            if (!browser.currentPath().equals(page)) {
                browser.open(page);
            }
            WebElement link = languageLinks().stream().filter(a -> locale.equals(a.getDomAttribute("hreflang")))
                    .findFirst().orElseThrow();
            String href = link.getDomAttribute("href");
            link.click();
            assertEquals(href, browser.currentPath(), page + " → " + locale);
            String lang = browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
            assertTrue(lang.equals(locale) || lang.startsWith(locale + "-"),
                    href + " is in " + lang + ", not " + locale);
            assertContentShown(href);
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/en/the-ruling/, 320, /fr/la-decision/", "/fr/la-decision/, 375, /en/the-ruling/"})
    void onAPhoneTheMenuOpensWithTheKeyboardAndItsSwitcherLeadsToTheCounterpart(String page, int width,
                                                                              String counterpart) {
        try {
            browser.viewport(width);
            browser.open(page);
            double height = ((Number) browser.script(
                    "return document.querySelector('header').getBoundingClientRect().height")).doubleValue();
            assertTrue(height <= 64, page + ": the header is " + height + " px tall");
            WebElement switcher = browser.driver().findElement(By.cssSelector(".switcher a[hreflang]"));
            assertFalse(switcher.isDisplayed());

            WebElement menu = browser.driver().findElement(By.cssSelector(".site-menu-button"));
            browser.script("arguments[0].focus()", menu);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertTrue(browser.driver().findElement(By.cssSelector(".parts-nav")).isDisplayed());
            assertTrue(switcher.isDisplayed());
            assertEquals(counterpart, switcher.getDomAttribute("href"));
            switcher.click();
            assertEquals(counterpart, browser.currentPath());
        } finally {
            browser.viewport(Browser.DESKTOP);
        }
    }

    @Test
    void onAWideScreenTheListOfSectionsStaysBesideTheTextWithoutJavaScript() {
        browser.open(EndToEndTest.ARTICLE_FR);
        browser.script("document.getElementById('jury').scrollIntoView()");
        @SuppressWarnings("unchecked")
        Map<String, Number> toc = (Map<String, Number>) browser.script("""
                var box = document.querySelector('nav.toc').getBoundingClientRect();
                return {top: box.top, bottom: box.bottom, height: innerHeight};""");
        assertTrue(toc.get("top").doubleValue() >= 0
                && toc.get("bottom").doubleValue() <= toc.get("height").doubleValue(), toc::toString);
    }

    /**
     * The links to a page of this site in another language: the switcher's, the landing page's, a notice's
     * (not a source's: those lead to other sites, with the language of the document in hreflang).
     */
    private static List<WebElement> languageLinks() {
        return browser.driver().findElements(By.cssSelector(".switcher a[hreflang], main a[hreflang][href^='/']"));
    }

    /** The page's title and text are on screen (innerText counts only what is rendered). */
    private static void assertContentShown(String page) {
        @SuppressWarnings("unchecked")
        Map<String, String> shown = (Map<String, String>) browser.script("""
                var h1 = document.querySelector('main h1');
                return {title: h1 && h1.getClientRects().length ? h1.innerText.trim() : '',
                        text: document.querySelector('main').innerText.trim()};
                """);
        assertFalse(shown.get("title").isEmpty(), page + ": no visible title");
        assertTrue(shown.get("text").length() > 100, page + ": hardly any visible text: " + shown.get("text"));
    }
}
