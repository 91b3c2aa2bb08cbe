package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * The figures drawn from data that articles place in their text ({@code [!FIGURE attack]} on the ruling,
 * {@code [!FIGURE damages]} on the damages), as readers see them at 320, 375 and 1280 px in both languages, light,
 * dark and printed: a visible title, takeaway and source line linked to the sources page; every text the reader sees
 * at least 12 px; nothing wider than the screen; the attack's places one under the other on a phone, with the
 * arrows down, and side by side on a wide screen and on paper, with the arrows across; axe-core clean. Each figure
 * is kept as a screenshot in target/screenshots/.
 */
@Tag("browser")
class FiguresInTextTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** An A4 sheet's width less its margins, in CSS pixels, as {@link PrintTest} prints. */
    private static final int SHEET = 718;

    /** Each page and the figure it places. */
    private static final Map<String, String> PAGES = Map.of("/en/the-ruling/", "attack", "/fr/la-decision/", "attack",
            "/en/damages-and-injunction/", "damages", "/fr/dommages-interets-et-injonction/", "damages");

    /**
     * The figures of the page's text: each one's title, takeaway, source links, its texts under 12 px as readers see
     * them (an SVG's scaled), its edges, the edges of its places, the arrows shown, its break-inside; and the page's
     * scroll width.
     */
    private static final String FIGURES = """
            function shown(el) {
              var r = el.getBoundingClientRect();
              return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden'; }
            function edges(el) { var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
            return {scroll: document.documentElement.scrollWidth,
              figures: [...document.querySelectorAll('main .prose figure.data-figure')].map(function (figure) {
                var small = [], texts = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
                for (var text = texts.nextNode(); text; text = texts.nextNode()) {
                  var el = text.parentElement, svg = el.closest('svg');
                  if (!text.textContent.trim() || el.closest('.visually-hidden, title, desc') || !shown(el)) continue;
                  var size = parseFloat(getComputedStyle(el).fontSize)
                    * (svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1);
                  if (size < 12) small.push(text.textContent.trim() + ': ' + size + ' px');
                }
                return {name: figure.className.replace('data-figure data-figure-', ''),
                  title: figure.querySelector('.figure-title').textContent,
                  takeaway: figure.querySelector('.figure-takeaway').textContent,
                  sources: [...figure.querySelectorAll('.figure-source a')].map(function (a) {
                    return a.getAttribute('href'); }),
                  small: small, edges: edges(figure),
                  places: [...figure.querySelectorAll('.path-place')].map(edges),
                  arrows: [...figure.querySelectorAll('.path-link svg')].filter(shown).map(function (svg) {
                    return svg.getAttribute('class'); }),
                  breakInside: getComputedStyle(figure).breakInside};
              })};
            """;

    static List<Arguments> pagesAndWidths() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : PAGES.keySet().stream().sorted().toList()) {
            for (int width : new int[] {Browser.PHONE, 375, Browser.DESKTOP}) {
                cases.add(Arguments.of(page, width));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void figureHasItsTitleTakeawayAndSourcesAndIsLegibleInsideTheScreenLightAndDark(String page, int width)
            throws IOException {
        browser.viewport(width);
        browser.open(page);
        Map<String, Object> figure = figure(page);
        String lang = page.substring(1, 3);

        assertFalse(((String) figure.get("title")).isBlank(), figure::toString);
        assertFalse(((String) figure.get("takeaway")).isBlank(), figure::toString);
        assertTrue(sources(figure).stream().allMatch(href -> href.matches("/" + lang + "/sources/#src-[a-z0-9-]+")),
                figure::toString);
        assertEquals(List.of(), figure.get("small"), figure::toString);
        assertTrue(edges(figure.get("edges")).get(2) <= width, figure::toString);
        if (figure.get("name").equals("attack")) {
            assertPlaces(figure, width < 640);
        }
        assertEquals(List.of(), browser.axe().violations(browser.driver()));
        keep(page, width, "light");
        browser.colorScheme("dark");
        assertEquals(List.of(), browser.axe().colourViolations(browser.driver()));
        keep(page, width, "dark");
    }

    @ParameterizedTest(name = "{0} printed")
    @ValueSource(strings = {"/en/the-ruling/", "/fr/la-decision/"})
    void attackIsPrintedAcrossOnOneSheet(String page) {
        browser.viewport(SHEET);
        browser.open(page);
        browser.print();
        Map<String, Object> figure = figure(page);

        assertEquals("avoid", figure.get("breakInside"), figure::toString);
        assertEquals(List.of(), figure.get("small"), figure::toString);
        assertTrue(edges(figure.get("edges")).get(2) <= SHEET, figure::toString);
        assertPlaces(figure, false);
    }

    /** The one figure of the page's text, which must be the one the page places; the page does not scroll sideways. */
    private static Map<String, Object> figure(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) browser.script(FIGURES);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = (List<Map<String, Object>>) found.get("figures");
        assertEquals(1, figures.size(), found::toString);
        Map<String, Object> figure = figures.get(0);
        assertEquals(PAGES.get(page), figure.get("name"), found::toString);
        assertTrue(((Number) found.get("scroll")).intValue() <= ((Number) browser.script(
                "return window.innerWidth;")).intValue(), found::toString);
        return figure;
    }

    /** Three places, each inside the figure: down the screen on a phone, across it otherwise. */
    private static void assertPlaces(Map<String, Object> figure, boolean down) {
        @SuppressWarnings("unchecked")
        List<Object> places = (List<Object>) figure.get("places");
        List<Double> outer = edges(figure.get("edges"));
        assertEquals(3, places.size(), figure::toString);
        for (int i = 0; i < places.size(); i++) {
            List<Double> place = edges(places.get(i));
            assertTrue(place.get(0) >= outer.get(0) - 0.5 && place.get(2) <= outer.get(2) + 0.5, figure::toString);
            if (i > 0) {
                List<Double> before = edges(places.get(i - 1));
                assertTrue(down ? place.get(1) >= before.get(3) : place.get(0) >= before.get(2)
                        && Math.abs(place.get(1) - before.get(1)) < 0.5, figure::toString);
            }
        }
        assertEquals(List.of(down ? "path-down" : "path-across", down ? "path-down" : "path-across"),
                figure.get("arrows"), figure::toString);
    }

    /** Keeps the figure as the reader sees it: target/screenshots/figure-&lt;page&gt;-&lt;width&gt;-&lt;scheme&gt;.png. */
    private static void keep(String page, int width, String scheme) throws IOException {
        byte[] png = browser.driver().findElement(By.cssSelector("main .prose figure.data-figure"))
                .getScreenshotAs(OutputType.BYTES);
        Path file = EndToEndTest.SCREENSHOTS.resolve("figure" + page.replace('/', '-') + width + "-" + scheme + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        assertNotNull(png);
    }

    @SuppressWarnings("unchecked")
    private static List<String> sources(Map<String, Object> figure) {
        List<String> sources = (List<String>) figure.get("sources");
        assertFalse(sources.isEmpty(), figure::toString);
        return sources;
    }

    private static List<Double> edges(Object value) {
        return ((List<?>) value).stream().map(n -> ((Number) n).doubleValue()).toList();
    }
}
