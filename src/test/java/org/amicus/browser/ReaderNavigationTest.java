package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Navigation that stays with the reader, on the real site: on a phone the header is one line with one menu
 * button (no taller than 64 px) that the keyboard opens; on a wide screen the "On this page" list stays beside
 * the text as the reader scrolls and marks the section in view; and the language switcher keeps the section the
 * reader has scrolled to, and the glossary's terms and the timeline's years.
 */
@Tag("browser")
class ReaderNavigationTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private static WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static double headerHeight() {
        return ((Number) browser.script("return document.querySelector('header.site-header')"
                + ".getBoundingClientRect().height")).doubleValue();
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @CsvSource({"/en/the-ruling/, 320, light", "/fr/la-decision/, 320, dark", "/en/glossary/, 375, dark",
        "/fr/dommages-interets-et-injonction/, 375, light", "/en/, 320, light", "/fr/, 375, light"})
    void onAPhoneTheHeaderIsOneLineWithItsMenuClosed(String page, int width, String scheme) {
        browser.viewport(width);
        browser.colorScheme(scheme);
        browser.open(page);

        assertTrue(headerHeight() <= 64, page + ": the header is " + headerHeight() + " px tall");
        assertTrue(find(".site-menu-button").isDisplayed());
        assertFalse(find(".parts-nav").isDisplayed());
        assertFalse(find(".switcher").isDisplayed());
        assertEquals(width, ((Number) browser.script("return document.documentElement.scrollWidth")).intValue());
    }

    /**
     * The pages readers meet first, on a phone (375 px) and a tablet (768 px), light then dark: nothing wider than
     * the screen, the header one line on the phone, and no axe-core violation in either colour scheme.
     */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/en/, 375", "/fr/, 768", "/en/the-ruling/, 768", "/fr/la-decision/, 375", "/en/glossary/, 375",
        "/fr/glossaire/, 768", "/en/timeline/, 768", "/fr/chronologie/, 375", "/en/, 768", "/fr/, 375",
        "/en/glossary/, 768", "/fr/chronologie/, 768", "/en/timeline/, 375", "/fr/glossaire/, 375"})
    void onAPhoneOrATabletNothingIsWiderThanTheScreenInLightOrDarkAndAxeFindsNothing(String page, int width) {
        browser.viewport(width);
        browser.open(page);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            int scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).intValue();
            if (scrollWidth != width) {
                problems.add(scheme + ": the page is " + scrollWidth + " px wide");
            }
            if (width < 400 && headerHeight() > 64) {
                problems.add(scheme + ": the header is " + headerHeight() + " px tall");
            }
            List<String> axe = scheme.equals("light") ? browser.axe().violations(browser.driver())
                    : browser.axe().colourViolations(browser.driver());
            axe.forEach(v -> problems.add(scheme + ", axe: " + v));
        }
        assertEquals(List.of(), problems, page + " at " + width + " px");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/en/the-case/, 320, Menu, Parts of the explainer", "/fr/l-affaire/, 375, Menu, Parties du dossier"})
    void theKeyboardOpensThePhoneMenuWhichListsTheParts(String page, int width, String button, String label) {
        browser.viewport(width);
        browser.open(page);
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).perform(); // the skip link, the site's title, the menu
        WebElement menu = browser.driver().switchTo().activeElement();
        assertEquals(button, menu.getText());
        double closed = headerHeight();

        keys.sendKeys(Keys.ENTER).perform();
        WebElement parts = find("nav.parts-nav");
        assertTrue(parts.isDisplayed());
        assertEquals(label, parts.getDomAttribute("aria-label"));
        assertEquals(7, parts.findElements(By.cssSelector("li a")).size());
        assertEquals(page, parts.findElement(By.cssSelector("a[aria-current=page]")).getDomAttribute("href"));
        assertTrue(find(".switcher").isDisplayed());
        assertEquals(closed, headerHeight(), "the open menu lies over the page");
        assertEquals(width, ((Number) browser.script("return document.documentElement.scrollWidth")).intValue());
        List<String> problems = new ArrayList<>();
        browser.axe().violations(browser.driver()).forEach(v -> problems.add(v.toString()));
        assertEquals(List.of(), problems);

        keys.sendKeys(Keys.TAB).perform();
        assertEquals("site-search-query", browser.driver().switchTo().activeElement().getDomAttribute("id"));
        keys.sendKeys(Keys.ESCAPE).perform();
        assertFalse(parts.isDisplayed());
        assertEquals("site-menu-button", browser.driver().switchTo().activeElement().getDomAttribute("class"));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/en/the-ruling/, 768", "/fr/la-decision/, 1280"})
    void onAWiderScreenThePartsShowInTheHeaderWithoutTheMenuButton(String page, int width) {
        browser.viewport(width);
        browser.open(page);
        assertFalse(find(".site-menu-button").isDisplayed());
        assertTrue(find(".parts-nav").isDisplayed());
        assertTrue(find(".switcher").isDisplayed());
        assertTrue(find("#site-search-query").isDisplayed());
    }

    /** The box of the "On this page" list in the window, and the links it marks as the section in view. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> toc() {
        return (Map<String, Object>) browser.script("""
                var toc = document.querySelector('nav.toc'), box = toc.getBoundingClientRect();
                var marked = toc.querySelector('a[aria-current=true]'), at = marked && marked.getBoundingClientRect();
                return {top: box.top, bottom: box.bottom, height: innerHeight,
                  current: [...toc.querySelectorAll('a[aria-current=true]')].map(a => a.getAttribute('href')),
                  markedInView: !marked || (at.top >= box.top && at.bottom <= box.bottom)};
                """);
    }

    private static void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});"
                + "window.scrollBy(0, -10)", id);
        browser.script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    @ParameterizedTest(name = "{0}, {2}")
    @CsvSource({"/en/the-ruling/, wis, light", "/fr/la-decision/, jury, dark",
        "/en/damages-and-injunction/, injunction, light", "/en/the-ruling/, not-decided, light"})
    void onAWideScreenTheListOfSectionsStaysInViewAndMarksTheSectionRead(String page, String id, String scheme) {
        browser.colorScheme(scheme);
        browser.open(page);
        assertEquals(List.of(), toc().get("current"), "at the top, no section is read yet");

        scrollTo(id);
        Map<String, Object> toc = toc();
        assertTrue(((Number) toc.get("top")).doubleValue() >= 0, toc::toString);
        assertTrue(((Number) toc.get("bottom")).doubleValue() <= ((Number) toc.get("height")).doubleValue(),
                toc::toString);
        assertEquals(List.of("#" + id), toc.get("current"));
        assertEquals(true, toc.get("markedInView"), "the list scrolls to the section marked");
        assertTrue((Boolean) browser.script("""
                var text = document.querySelector('.prose').getBoundingClientRect();
                var toc = document.querySelector('nav.toc').getBoundingClientRect();
                return toc.left >= text.right;"""), "the list is beside the text, not over it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/, wis, fr-FR, /fr/la-decision/", "/fr/la-decision/, cdafa, en-US, /en/the-ruling/",
        "/en/glossary/, liability, fr-FR, /fr/glossaire/", "/fr/chronologie/, year-2025, en-US, /en/timeline/"})
    void theSwitcherKeepsTheSectionTheReaderScrolledTo(String page, String id, String locale, String counterpart) {
        browser.open(page);
        WebElement link = find(".switcher a[hreflang='" + locale + "']");
        assertEquals(counterpart, link.getDomAttribute("href"));

        scrollTo(id);
        assertEquals(counterpart + "#" + id, link.getDomAttribute("href"));
        link.click();
        assertEquals(counterpart + "#" + id, browser.currentPath());
        assertEquals(id, browser.script("var t = document.querySelector(':target'); return t && t.id"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/glossary/#liability, fr-FR, /fr/glossaire/#liability",
        "/fr/chronologie/#year-2025, en-US, /en/timeline/#year-2025"})
    void theSwitcherKeepsAGlossaryTermOrATimelineYearOfTheAddress(String page, String locale, String expected) {
        browser.open(page);
        WebElement link = find(".switcher a[hreflang='" + locale + "']");
        // The browser may scroll to the term after the script's first look: it looks again when the page scrolls.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                .until(d -> expected.equals(link.getDomAttribute("href")));
        assertEquals(expected, link.getDomAttribute("href"));
    }
}
