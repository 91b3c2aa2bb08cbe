package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the built site, in both languages and both colour schemes, passes axe-core's WCAG 2.2
 * A/AA rules in Chromium, logs no console error and makes no failed or third-party request.
 */
@Tag("browser")
class AccessibilityTest {

    @RegisterExtension
    static final Browser browser = Browser.recordingRequests();

    static List<String> pages() {
        return browser.site().pages;
    }

    @Test
    void everyPageIsCheckedInBothLanguagesWithTheLandingPage() {
        List<String> pages = pages();
        assertTrue(pages.containsAll(List.of("/", "/en/", "/fr/", "/en/the-ruling/", "/fr/la-decision/")),
                pages.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoAxeViolationInLightOrDarkModeNoConsoleErrorAndNoFailedRequest(String page) {
        browser.clearRecords();
        browser.colorScheme("light");
        browser.open(page);
        List<String> problems = new ArrayList<>();
        String background = background();
        browser.axe().violations(browser.driver()).forEach(v -> problems.add("axe, light mode: " + v));

        browser.colorScheme("dark");
        assertEquals(true, browser.script("return matchMedia('(prefers-color-scheme: dark)').matches"));
        assertNotEquals(background, background(), "dark mode changes the page's colours");
        browser.axe().colourViolations(browser.driver()).forEach(v -> problems.add("axe, dark mode: " + v));
        browser.colorScheme("light");

        browser.consoleErrors().forEach(e -> problems.add("console error: " + e));
        browser.requestProblems().forEach(r -> problems.add("request: " + r));
        assertTrue(problems.isEmpty(), page + ": " + problems.size() + " problem(s):\n  - "
                + String.join("\n  - ", problems));
    }

    private static String background() {
        return (String) browser.script("return getComputedStyle(document.body).backgroundColor");
    }
}
