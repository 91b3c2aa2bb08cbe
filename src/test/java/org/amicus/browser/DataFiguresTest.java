package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures drawn from the data (the damages on the homes, the overview on the timelines) and the case status, as
 * readers see them at 320 and 1280 px in both languages: one drawing of each figure shown, the phone's at 320 px,
 * every text of it at least 12 px once scaled, inside its drawing, nothing wider than the screen, and axe-core clean
 * in light and dark.
 */
@Tag("browser")
class DataFiguresTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    static List<Arguments> pagesAndWidths() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : List.of("/en/", "/fr/", "/en/timeline/", "/fr/chronologie/")) {
            for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
                cases.add(Arguments.of(page, width));
            }
        }
        return cases;
    }

    /**
     * For each figure, its drawings shown ("wide", "narrow"), the smallest text of the shown one in CSS pixels (its
     * font size times the drawing's scale) and the texts that stick out of it; the page's scroll width.
     */
    private static final String FIGURES = """
            return {figures: [...document.querySelectorAll('figure.data-figure')].map(function (figure) {
              var shown = [...figure.querySelectorAll('.figure-drawing')]
                .filter(function (d) { return d.getBoundingClientRect().width > 0; });
              var svg = shown.length ? shown[0].querySelector('svg') : null;
              var box = svg ? svg.getBoundingClientRect() : null;
              var scale = svg ? box.width / svg.viewBox.baseVal.width : 0;
              var texts = svg ? [...svg.querySelectorAll('text')] : [];
              return {id: figure.className,
                shown: shown.map(function (d) { return d.classList.contains('figure-wide') ? 'wide' : 'narrow'; }),
                smallest: Math.min.apply(null, texts.map(function (t) {
                  return parseFloat(getComputedStyle(t).fontSize) * scale; })),
                outside: texts.filter(function (t) {
                  var r = t.getBoundingClientRect();
                  return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
                    || r.bottom > box.bottom + 1; }).map(function (t) { return t.textContent; })};
            }), status: !!document.querySelector('.case-status'),
              scroll: document.documentElement.scrollWidth};
            """;

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void eachFigureIsLegibleAtItsWidthInsideTheScreenAndAccessible(String page, int width) {
        browser.viewport(width);
        browser.open(page);

        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) browser.script(FIGURES);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = (List<Map<String, Object>>) found.get("figures");

        assertEquals(1, figures.size(), found::toString);
        for (Map<String, Object> figure : figures) {
            assertEquals(List.of(width < 640 ? "narrow" : "wide"), figure.get("shown"), figure::toString);
            assertTrue(((Number) figure.get("smallest")).doubleValue() >= 12, figure::toString);
            assertEquals(List.of(), figure.get("outside"), figure::toString);
        }
        assertEquals(!page.contains("/timeline/") && !page.contains("/chronologie/"), found.get("status"));
        assertTrue(((Number) found.get("scroll")).intValue() <= width, found::toString);
        assertEquals(List.of(), browser.axe().violations(browser.driver()));
        browser.colorScheme("dark");
        assertEquals(List.of(), browser.axe().colourViolations(browser.driver()));
    }
}
