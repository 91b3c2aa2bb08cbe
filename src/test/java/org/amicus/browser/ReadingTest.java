package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Reading an article on a phone and on a desktop: glossary terms, citations, headings. */
@Tag("browser")
class ReadingTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** Of the links the selector finds, the one that ends nearest the right edge: its box is likeliest to overflow. */
    private static WebElement rightmost(String selector) {
        return (WebElement) browser.script("""
                return [...document.querySelectorAll(arguments[0])].reduce(function (a, b) {
                  return b.getClientRects()[0].right > a.getClientRects()[0].right ? b : a;
                });
                """, selector);
    }

    private static WebElement rightmostTerm() {
        return rightmost("main .term-link");
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
        browser.script("var block = arguments[0].closest('.term').parentElement;"
                + " block.setAttribute('tabindex', '-1'); block.focus()", term);
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

    // ---------- Citations ----------

    /** The markers, each as the text before it, when it is not on the same line as that text. */
    private static final String MARKERS_APART = """
            var rects = function (node) {
              if (node.nodeType === Node.TEXT_NODE) {
                var r = document.createRange();
                r.setStart(node, Math.max(0, node.data.length - 2));
                r.setEnd(node, node.data.length);
                return r.getClientRects();
              }
              return node.getClientRects();
            };
            var sameLine = function (a, b) { return a.bottom > b.top && b.bottom > a.top; };
            var sups = [...document.querySelectorAll('main sup.citation')];
            var apart = sups.filter(function (sup) {
              var before = sup.previousSibling;
              if (before.nodeType === Node.TEXT_NODE && before.data === '\u2060') {
                before = before.previousSibling;
              }
              var last = [...rects(before)].pop(), first = sup.querySelector('a').getClientRects()[0];
              return !sameLine(last, first);
            }).map(function (sup) { return sup.parentNode.textContent.slice(0, 60) + '…' + sup.textContent; });
            return {count: sups.length, apart: apart};
            """;

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/en/the-ruling/, 320", "/fr/la-decision/, 320", "/en/the-ruling/, 375", "/fr/la-decision/, 375",
        "/en/the-ruling/, 1280", "/fr/la-decision/, 1280"})
    void noCitationMarkerStartsALineOrPartsFromTheTextBeforeIt(String page, int width) {
        browser.viewport(width);
        browser.open(page);

        @SuppressWarnings("unchecked")
        Map<String, Object> markers = (Map<String, Object>) browser.script(MARKERS_APART);

        assertTrue(((Number) markers.get("count")).intValue() > 40, markers::toString);
        assertEquals(List.of(), markers.get("apart"));
    }

    /** The source's box as {display, cite, link, inside}: its title, its "Read the document" link. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sourcePreview(WebElement marker) {
        return (Map<String, Object>) browser.script("""
                var box = arguments[0].closest('.citation').querySelector('.citation-preview');
                var entry = document.getElementById(arguments[0].getAttribute('href').slice(1));
                var r = box.getBoundingClientRect();
                return {display: getComputedStyle(box).display, cite: box.querySelector('cite').textContent,
                  expected: entry.querySelector('cite').textContent,
                  link: box.querySelector('a.source-link').getAttribute('href'),
                  expectedLink: entry.querySelector('a.source-link').getAttribute('href'),
                  inside: r.left >= 0 && r.right <= document.documentElement.clientWidth
                    && document.documentElement.scrollWidth <= window.innerWidth,
                  backLinks: box.querySelectorAll('.source-backref').length};
                """, marker);
    }

    private static void assertShowsItsSource(Map<String, Object> preview) {
        assertEquals("block", preview.get("display"), preview::toString);
        assertEquals(preview.get("expected"), preview.get("cite"));
        assertEquals(preview.get("expectedLink"), preview.get("link"));
        assertEquals(true, preview.get("inside"), preview::toString);
        assertEquals(0L, preview.get("backLinks"));
    }

    private static WebElement rightmostMarker() {
        return rightmost("main sup.citation a");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/", "/fr/la-decision/"})
    void aTapOnACitationShowsItsSourceWithoutLeavingThePageAndASecondTapClosesIt(String page) {
        browser.viewport(Browser.PHONE);
        browser.touch(true);
        browser.open(page);
        WebElement marker = rightmostMarker();

        browser.tap(marker);
        assertEquals(page, browser.currentPath());
        assertShowsItsSource(sourcePreview(marker));

        browser.tap(marker);
        assertEquals("none", sourcePreview(marker).get("display"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/", "/fr/la-decision/"})
    void hoverAndFocusShowACitationsSource(String page) {
        browser.open(page);
        WebElement marker = rightmostMarker();
        browser.script("arguments[0].scrollIntoView({block: 'center'})", marker);

        new Actions(browser.driver()).moveToElement(marker).perform();
        assertShowsItsSource(sourcePreview(marker));

        new Actions(browser.driver()).moveByOffset(0, 300).perform();
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.script("arguments[0].focus()", marker);
        assertShowsItsSource(sourcePreview(marker));
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
