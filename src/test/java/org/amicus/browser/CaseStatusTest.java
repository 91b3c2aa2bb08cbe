package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The case status at the top of each home, on a phone: a stepper of the phases, the current one marked, and the
 * latest event, in at most {@value #MOST} px of height at 320 and 375 px, inside the screen, AA in light and dark.
 */
@Tag("browser")
class CaseStatusTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** About a quarter of a phone's screen: the story must start on the first screen. */
    private static final int MOST = 220;

    /** The block's height; the steps shown, each with its text and whether it is current; the page's scroll width. */
    private static final String STATUS = """
            var status = document.querySelector('.case-status');
            return {height: status.getBoundingClientRect().height,
              right: status.getBoundingClientRect().right,
              steps: [...status.querySelectorAll('.status-step')].map(function (s) {
                return (s.classList.contains('status-current') ? 'current: ' : '') + s.innerText.trim(); }),
              latest: status.querySelector('.status-latest').getBoundingClientRect().height > 0,
              scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth};
            """;

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @CsvSource({"/en/, 320, light, Appeal in progress", "/fr/, 320, dark, Appel en cours",
        "/en/, 375, dark, Appeal in progress", "/fr/, 375, light, Appel en cours"})
    void onAPhoneItIsACompactStepperWithTheCurrentPhaseAndTheLatestEvent(String home, int width, String scheme,
                                                                        String current) {
        browser.viewport(width);
        browser.colorScheme(scheme);
        browser.open(home);

        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) browser.script(STATUS);
        @SuppressWarnings("unchecked")
        List<String> steps = (List<String>) status.get("steps");

        assertTrue(((Number) status.get("height")).doubleValue() <= MOST, status::toString);
        assertEquals(4, steps.size(), status::toString);
        assertEquals("current: " + current, steps.get(3), status::toString);
        assertEquals(true, status.get("latest"));
        int clientWidth = ((Number) status.get("width")).intValue();
        assertTrue(((Number) status.get("scroll")).intValue() <= clientWidth, status::toString);
        assertTrue(((Number) status.get("right")).doubleValue() <= clientWidth, status::toString);
        assertEquals(List.of(), browser.axe().colourViolations(browser.driver()));
    }
}
