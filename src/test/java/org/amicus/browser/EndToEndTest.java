package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A reader's path through the built site in Chromium: switching language, a small screen, the keyboard. */
@Tag("browser")
class EndToEndTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** An article with a section ({@code #sanctions}) that has the same id in both languages. */
    static final String ARTICLE_EN = "/en/the-ruling/";
    static final String ARTICLE_FR = "/fr/la-decision/";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static List<String> pages() {
        return browser.site().pages;
    }

    /** The pages of a language: not the landing page nor 404.html, which offer every language instead. */
    static List<String> languagePages() {
        return pages().stream().filter(p -> p.endsWith("/") && !p.equals("/")).toList();
    }

    // ---------- Language switcher ----------

    /**
     * From each page to each of its translations by the switcher, and back by the translation's switcher.
     * A pair is walked once, from whichever side comes first: the walk checks both switchers.
     */
    @Test
    void everySwitcherLeadsToTheCounterpartAndBack() {
        List<String> problems = new ArrayList<>();
        Set<String> walked = new HashSet<>();
        for (String page : languagePages()) {
            browser.open(page);
            String pageLocale = lang();
            List<String[]> translations = links(".switcher a[data-shared-anchors]");
            // A language without this page: the switcher says so and leads to that language's home.
            List<String[]> homes = links(".switcher-missing a[hreflang]");
            if (translations.isEmpty() && homes.isEmpty()) {
                problems.add(page + " has no language switcher");
            }
            for (String[] translation : translations) {
                String locale = translation[0];
                if (!walked.add(page + " " + translation[1])) {
                    continue;
                }
                if (!browser.currentPath().equals(page)) {
                    browser.open(page);
                }
                String alternate = browser.driver().findElement(
                        By.cssSelector("link[rel=alternate][hreflang='" + locale + "']")).getDomAttribute("href");
                browser.driver().findElement(By.cssSelector(".switcher a[hreflang='" + locale + "']")).click();
                String landed = browser.currentPath();
                if (!locale.equals(lang()) || !alternate.endsWith(landed)) {
                    problems.add(page + " → " + locale + " landed on " + landed + " (in " + lang()
                            + "), but the page declares its " + locale + " version at " + alternate);
                    continue;
                }
                browser.driver().findElement(By.cssSelector(".switcher a[hreflang='" + pageLocale + "']")).click();
                walked.add(landed + " " + page);
                if (!browser.currentPath().equals(page)) {
                    problems.add("the switcher of " + landed + " leads to " + browser.currentPath()
                            + ", not back to " + page);
                }
            }
            for (String[] home : homes) {
                browser.open(home[1]);
                if (!home[0].equals(lang())) {
                    problems.add(page + ": the link to the " + home[0] + " home leads to " + home[1]
                            + ", a page in " + lang());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The {hreflang, href} of each link the selector finds. */
    private static List<String[]> links(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(a -> new String[] {a.getDomAttribute("hreflang"), a.getDomAttribute("href")}).toList();
    }

    private static String lang() {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    @Test
    void theSwitcherKeepsASectionThatBothLanguagesHave() {
        browser.open(ARTICLE_EN + "#sanctions");
        frenchLink().click();
        assertEquals(ARTICLE_FR + "#sanctions", browser.currentPath());
        assertEquals("sanctions", browser.script("var t = document.querySelector(':target'); return t && t.id"));
    }

    @Test
    void theSwitcherFollowsTheReaderWithinThePage() {
        browser.open(ARTICLE_EN);
        assertEquals(ARTICLE_FR, frenchLink().getDomAttribute("href"));
        browser.driver().findElement(By.cssSelector(".toc a[href='#sanctions']")).click();
        assertEquals(ARTICLE_FR + "#sanctions", frenchLink().getDomAttribute("href"));

        // A link to a place the French page does not share (a citation's source, say): it opens at its top.
        List<String> shared = List.of(frenchLink().getDomAttribute("data-shared-anchors").split(" "));
        WebElement unshared = browser.driver().findElements(By.cssSelector("main p a[href^='#']")).stream()
                .filter(a -> !shared.contains(a.getDomAttribute("href").substring(1))).findFirst().orElseThrow();
        String hash = unshared.getDomAttribute("href").substring(1);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", unshared); // not under the header
        unshared.click();
        assertEquals(ARTICLE_EN + "#" + hash, browser.currentPath());
        assertEquals(ARTICLE_FR, frenchLink().getDomAttribute("href"));
        frenchLink().click();
        assertEquals(ARTICLE_FR, browser.currentPath());
    }

    @Test
    void aSectionTheOtherLanguageLacksIsNotCarriedOver() {
        browser.open(ARTICLE_EN + "#not-a-shared-section");
        frenchLink().click();
        assertEquals(ARTICLE_FR, browser.currentPath());
    }

    private static WebElement frenchLink() {
        return browser.driver().findElement(By.cssSelector(".switcher a[hreflang='fr-FR']"));
    }

    // ---------- Small screens ----------

    private static final String WIDEST_ELEMENT = """
            var width = window.innerWidth, widest = null, right = width;
            document.querySelectorAll('body *').forEach(function (e) {
              var box = e.getBoundingClientRect();
              if (box.right >= right && box.right > width) { widest = e; right = box.right; }
            });
            if (!widest) { return null; }
            var classes = typeof widest.className === 'string' ? widest.className.trim().split(/\\s+/) : [];
            var name = widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '')
              + classes.filter(Boolean).map(function (c) { return '.' + c; }).join('');
            var text = (widest.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 80);
            return name + ' reaches ' + Math.round(right) + ' px: "' + text + '"';
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void nothingScrollsSidewaysAt320Pixels(String page) {
        browser.viewport(Browser.PHONE);
        browser.open(page);
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) browser.script(
                "return {scroll: document.documentElement.scrollWidth, viewport: window.innerWidth}");
        assertEquals(Browser.PHONE, size.get("viewport").intValue());
        assertTrue(size.get("scroll").intValue() <= size.get("viewport").intValue(), () -> page + " is "
                + size.get("scroll") + " px wide at " + Browser.PHONE + " px; widest element: "
                + browser.script(WIDEST_ELEMENT));
    }

    // ---------- Keyboard ----------

    /**
     * The focused element and how it shows the focus (a visible outline or a box-shadow), whether it is on
     * screen; null when the focus is on no element of the page.
     */
    private static final String FOCUS_INDICATOR = """
            var e = document.activeElement;
            if (!e || e === document.body) { return null; }
            var style = getComputedStyle(e), box = e.getBoundingClientRect();
            var transparent = /^rgba\\(.*,\\s*0\\)$|^transparent$/.test(style.outlineColor);
            var outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent;
            var shadow = style.boxShadow !== 'none';
            return {
              element: e.outerHTML.slice(0, 160),
              inMain: !!e.closest('main'),
              skipLink: e.classList.contains('skip-link'),
              visible: outline || shadow,
              indicator: outline ? 'outline ' + style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor
                : shadow ? 'box-shadow ' + style.boxShadow : 'none',
              onScreen: box.width > 1 && box.height > 1 && box.top >= -1 && box.left >= -1
                && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth + 1
            };
            """;

    /**
     * A page needs a skip link when something comes before its main content (a header, a navigation);
     * a page that has one anyway must make it the first stop too.
     */
    private static boolean needsSkipLink() {
        return (Boolean) browser.script("""
                return !!document.querySelector('.skip-link')
                  || [...document.querySelectorAll('header, nav')].some(function (e) { return !e.closest('main'); });
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theFirstTabShowsTheSkipLinkWhichLeadsToTheContentAndEveryFocusIsVisible(String page) {
        browser.open(page);
        boolean skipLink = needsSkipLink();
        List<String> problems = new ArrayList<>();
        Map<String, Object> first = tab();
        assertNotNull(first, page + ": the first Tab focuses nothing");
        if (skipLink) {
            assertEquals(true, first.get("skipLink"), page + ": the first Tab reaches " + first.get("element")
                    + ", not a skip link to the content");
            assertEquals(true, first.get("onScreen"), page + ": the focused skip link stays off screen");
        }
        for (int i = 0; i < 12; i++) {
            Map<String, Object> focus = i == 0 ? first : tab();
            if (focus == null) {
                break; // past the last link: the focus left the page
            }
            if (!Boolean.TRUE.equals(focus.get("visible"))) {
                problems.add("no visible focus (" + focus.get("indicator") + ") on " + focus.get("element"));
            }
            if (!Boolean.TRUE.equals(focus.get("onScreen"))) {
                problems.add("focused but not on screen: " + focus.get("element"));
            }
        }
        assertTrue(problems.isEmpty(), page + ":\n  " + String.join("\n  ", problems));
        if (skipLink) {
            // Back to the skip link, then as a keyboard user follows it: Enter, and Tab goes on inside main.
            browser.script("document.querySelector('.skip-link').focus()");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertEquals(page + "#content", browser.currentPath());
            Map<String, Object> next = tab();
            assertNotNull(next, page + ": Tab after the skip link focuses nothing");
            assertEquals(true, next.get("inMain"), page + ": Tab after the skip link reaches " + next.get("element"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        return (Map<String, Object>) browser.script(FOCUS_INDICATOR);
    }

    // ---------- Screenshots for human review ----------

    @Test
    void screenshotsOfTheHomesAndAnArticleInBothLanguagesAtPhoneAndDesktopWidths(TestReporter reporter) {
        List<String> written = new ArrayList<>();
        for (String page : List.of("/", "/en/", "/fr/", ARTICLE_EN, ARTICLE_FR)) {
            for (int width : List.of(Browser.PHONE, Browser.DESKTOP)) {
                // Dark mode at phone width only: enough to judge it, and a full-page 1280 px capture is slow.
                boolean dark = width == Browser.PHONE && !page.equals("/");
                for (String scheme : dark ? List.of("light", "dark") : List.of("light")) {
                    browser.viewport(width);
                    browser.colorScheme(scheme);
                    browser.open(page);
                    Path file = SCREENSHOTS.resolve(name(page) + "-" + width + (scheme.equals("dark") ? "-dark" : "")
                            + ".png");
                    browser.screenshot(file);
                    assertTrue(Files.isRegularFile(file), file.toString());
                    written.add(file.toString());
                }
            }
        }
        reporter.publishEntry("screenshots for review", String.join(", ", written));
    }

    /** {@code /} → landing, {@code /en/} → en-home, {@code /fr/la-decision/} → fr-la-decision. */
    private static String name(String page) {
        String trimmed = page.replaceAll("^/|/$", "");
        if (trimmed.isEmpty()) {
            return "landing";
        }
        return trimmed.contains("/") ? trimmed.replace('/', '-') : trimmed + "-home";
    }
}
