package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Copy the link to this section": a real button beside each heading of the text, reached by the keyboard, named
 * in the page's language; it copies the section's address and says so.
 */
@Tag("browser")
class SectionLinksTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** Each heading of the text with an id, as {id, text, button (its accessible name), type}. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> headings() {
        return (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('main .prose :is(h2, h3)[id]')].map(function (h) {
                  var button = h.nextElementSibling;
                  return {id: h.id, text: h.textContent.trim(),
                    button: button && button.matches('button.copy-link') ? button.getAttribute('aria-label') : null,
                    type: button ? button.type : null};
                });
                """);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/the-ruling/  | Copy the link to this section: {heading}
        /fr/la-decision/ | Copier le lien de cette section\u202f: {heading}
        """)
    void eachHeadingOfTheTextHasAButtonNamedInThePagesLanguage(String page, String name) {
        browser.open(page);
        List<Map<String, Object>> headings = headings();

        assertTrue(headings.size() > 5, headings::toString);
        for (Map<String, Object> heading : headings) {
            assertEquals(name.replace("{heading}", (String) heading.get("text")), heading.get("button"),
                    heading::toString);
            assertEquals("button", heading.get("type"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/the-ruling/  | sanctions | Link copied
        /fr/la-decision/ | sanctions | Lien copié
        """)
    void theKeyboardReachesTheButtonWhichCopiesTheSectionsAddress(String page, String id, String copied) {
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", browser.site().url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.open(page);
        WebElement anchor = browser.driver().findElement(By.cssSelector("#" + id + " > a.heading-anchor"));
        browser.script("arguments[0].focus()", anchor);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement button = browser.driver().switchTo().activeElement();
        assertEquals("copy-link", button.getDomAttribute("class"));
        assertEquals("1", button.getCssValue("opacity"), "a focused button shows");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

        String status = new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> {
            String text = (String) browser.script("return document.querySelector('body > [role=status]').textContent");
            return text.isEmpty() ? null : text;
        });
        assertEquals(copied, status);
        assertEquals(page + "#" + id, browser.currentPath());
        Object clipboard = browser.driver().executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], function (e) { arguments[0]('' + e); })");
        assertEquals(browser.site().url(page + "#" + id), clipboard);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/", "/fr/la-decision/"})
    void onATouchScreenTheButtonsShowAndNoHeadingHasAHashMark(String page) {
        browser.viewport(Browser.PHONE);
        browser.touch(true);
        browser.open(page);

        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.script("""
                var buttons = [...document.querySelectorAll('main .copy-link')];
                return {hidden: buttons.filter(function (b) { return getComputedStyle(b).opacity !== '1'; }).length,
                  count: buttons.length,
                  marks: [...document.querySelectorAll('main .heading-anchor')].filter(function (a) {
                    var mark = getComputedStyle(a, '::after');
                    return mark.content !== 'none' && mark.opacity !== '0'; }).length,
                  scroll: document.documentElement.scrollWidth};
                """);

        assertFalse(((Number) shown.get("count")).intValue() == 0, shown::toString);
        assertEquals(0L, shown.get("hidden"), shown::toString);
        assertEquals(0L, shown.get("marks"), shown::toString);
        assertTrue(((Number) shown.get("scroll")).intValue() <= Browser.PHONE, shown::toString);
    }
}
