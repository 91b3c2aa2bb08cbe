package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Reading an article on a phone and on a desktop: glossary terms, citations, headings. */
@Tag("browser")
class ReadingTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    @AfterEach
    void desktopAgain() {
        browser.touch(false);
        browser.viewport(Browser.DESKTOP);
    }

    /** The glossary term that ends nearest the right edge of the text: its box is the likeliest to overflow. */
    private static WebElement rightmostTerm() {
        return (WebElement) browser.script("""
                return [...document.querySelectorAll('main .term-link')].reduce(function (a, b) {
                  return b.getClientRects()[0].right > a.getClientRects()[0].right ? b : a;
                });
                """);
    }

    /** The box of the term's definition as {display, left, right, top, bottom}, and the page's scroll width. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> definitionBox(WebElement link) {
        return (Map<String, Object>) browser.script("""
                var box = arguments[0].closest('.term').querySelector('.term-definition');
                var r = box.getBoundingClientRect();
                return {display: getComputedStyle(box).display, left: r.left, right: r.right, top: r.top,
                  bottom: r.bottom, scroll: document.documentElement.scrollWidth, width: window.innerWidth,
                  height: window.innerHeight};
                """, link);
    }

    private static void assertInsideTheWindow(Map<String, Object> box) {
        assertEquals("block", box.get("display"));
        double width = ((Number) box.get("width")).doubleValue();
        double height = ((Number) box.get("height")).doubleValue();
        assertTrue(((Number) box.get("left")).doubleValue() >= 0, box::toString);
        assertTrue(((Number) box.get("right")).doubleValue() <= width, box::toString);
        assertTrue(((Number) box.get("top")).doubleValue() >= 0, box::toString);
        assertTrue(((Number) box.get("bottom")).doubleValue() <= height, box::toString);
        assertTrue(((Number) box.get("scroll")).doubleValue() <= width, box::toString);
    }

    // ---------- Glossary terms ----------

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/en/the-ruling/, 320, More in the glossary", "/fr/la-decision/, 320, Plus dans le glossaire",
        "/en/the-ruling/, 1280, More in the glossary", "/fr/la-decision/, 1280, Plus dans le glossaire"})
    void aTapOpensTheDefinitionInPlaceInsideTheWindowWithALinkToTheEntry(String page, int width, String more) {
        browser.viewport(width);
        browser.touch(true);
        browser.open(page);
        WebElement term = rightmostTerm();
        browser.tap(term);

        assertEquals(page, browser.currentPath());
        assertInsideTheWindow(definitionBox(term));
        WebElement link = term.findElement(By.xpath("following-sibling::span[@class='term-definition']"))
                .findElement(By.className("term-more"));
        assertEquals(more, link.getText());
        assertEquals(term.getDomAttribute("href"), link.getDomAttribute("href"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/", "/fr/la-decision/"})
    void aSecondTapClosesTheDefinitionAndSoDoesEscape(String page) {
        browser.viewport(Browser.PHONE);
        browser.touch(true);
        browser.open(page);
        WebElement term = rightmostTerm();

        browser.tap(term);
        browser.tap(term);
        assertEquals("none", definitionBox(term).get("display"));
        assertEquals(page, browser.currentPath());

        browser.tap(term);
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertEquals("none", definitionBox(term).get("display"));
    }

    /** A desktop at 400 % zoom lays pages out 320 CSS pixels wide: hovering must not push the box off screen. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/", "/fr/la-decision/"})
    void hoverAndKeyboardFocusShowTheDefinitionInsideANarrowWindow(String page) {
        browser.viewport(Browser.PHONE);
        browser.open(page);
        WebElement term = rightmostTerm();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", term);

        new Actions(browser.driver()).moveToElement(term).perform();
        assertInsideTheWindow(definitionBox(term));

        new Actions(browser.driver()).moveByOffset(0, 300).perform();
        browser.script("arguments[0].closest('p').setAttribute('tabindex', '-1'); arguments[0].closest('p').focus()",
                term);
        focusByTab(term);
        assertInsideTheWindow(definitionBox(term));
    }

    /** Tabs from the paragraph until the focus reaches the link, as a keyboard user would. */
    private static void focusByTab(WebElement link) {
        for (int i = 0; i < 40 && !link.equals(browser.driver().switchTo().activeElement()); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertEquals(link, browser.driver().switchTo().activeElement());
    }

    // ---------- Headings ----------

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/", "/fr/la-decision/"})
    void headingsShowNoAnchorMarkOnATouchScreen(String page) {
        browser.viewport(Browser.PHONE);
        browser.touch(true);
        browser.open(page);

        Object opacities = browser.script("""
                return [...document.querySelectorAll('main .heading-anchor')]
                  .map(function (a) { return getComputedStyle(a, '::after').opacity; })
                  .filter(function (o) { return o !== '0'; });
                """);

        assertEquals(List.of(), opacities);
    }
}
