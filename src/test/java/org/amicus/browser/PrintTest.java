package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages as printed ({@code @media print}, on an A4 sheet): what only works on a screen is left out (the header's
 * controls, search, the language switch, "On this page", back to top, the parts' navigation; the whole guide's own
 * contents are printed); figures are shown and not split across sheets; outside links print where they lead; nothing is wider than the sheet. The
 * PDF of each page is kept in target/screenshots/.
 */
@Tag("browser")
class PrintTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** An A4 sheet's width less its margins, in CSS pixels (96 per inch): 210 mm less 2 × 10 mm. */
    private static final int SHEET = 718;

    private static final String PRINTED = """
            function shown(e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; }
            var screenOnly = ['.site-menu-button', '.site-nav', '.site-search', '.switcher', '.toc:not(.guide-toc)', '.back-to-top',
              '.parts-nav', '.part-nav', '.copy-link', '.skip-link'];
            var outside = [...document.querySelectorAll('main a[href^="http"]')];
            var width = document.documentElement.clientWidth;
            return {
              screenOnly: screenOnly.filter(function (s) { return [...document.querySelectorAll(s)].some(shown); }),
              figures: [...document.querySelectorAll('main figure')].map(function (f) {
                return (shown(f) ? '' : 'hidden ') + getComputedStyle(f).breakInside; }),
              unprinted: outside.filter(function (a) {
                return getComputedStyle(a, '::after').content.indexOf(a.getAttribute('href')) < 0; }).length,
              outside: outside.length,
              wide: [...document.querySelectorAll('body *')].filter(function (e) {
                var r = e.getBoundingClientRect(); return shown(e) && r.width > 0 && (r.right > width + 1 || r.left < -1); })
                .map(function (e) { return e.tagName + '.' + e.className; }).slice(0, 5),
              scroll: document.documentElement.scrollWidth, width: width};
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/, home-en, 1", "/fr/, home-fr, 1", "/en/the-ruling/, ruling-en, 1",
        "/fr/la-decision/, ruling-fr, 1", "/en/damages-and-injunction/, damages-en, 1",
        "/en/guide/, guide-en, 2", "/fr/dossier-complet/, guide-fr, 2"})
    void onlyWhatPrintsIsPrintedAndNothingIsWiderThanTheSheet(String page, String name, int figures)
            throws IOException {
        browser.viewport(SHEET);
        browser.open(page);
        browser.print();

        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) browser.script(PRINTED);
        @SuppressWarnings("unchecked")
        List<String> shownFigures = (List<String>) printed.get("figures");

        assertEquals(List.of(), printed.get("screenOnly"), printed::toString);
        assertTrue(shownFigures.size() >= figures, printed::toString);
        assertTrue(shownFigures.stream().allMatch("avoid"::equals), printed::toString);
        assertEquals(0L, printed.get("unprinted"), printed::toString);
        assertTrue((Long) printed.get("outside") > 0, printed::toString);
        assertEquals(List.of(), printed.get("wide"), printed::toString);
        assertTrue((Long) printed.get("scroll") <= (Long) printed.get("width"), printed::toString);

        String pdf = "print-" + name;
        assertTrue(browser.printToPdf(pdf) > 10_000, pdf);
    }
}
