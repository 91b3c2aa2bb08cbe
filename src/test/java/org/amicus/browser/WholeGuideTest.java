package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The whole guide on one page per language, to print (GOV.UK's "print entire guide"): every part in order, each
 * linked to it, no two ids the same, every link inside the page leading somewhere, a new sheet for each part.
 */
@Tag("browser")
class WholeGuideTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) browser.script(script);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /en/guide/           | home the-case the-cfaa the-ruling damages-and-injunction why-it-matters faq
        /fr/dossier-complet/ | home l-affaire la-loi-cfaa la-decision dommages-interets-et-injonction pourquoi-c-est-important questions-frequentes
        """)
    void everyPartInMenuOrderEachLinkingToTheGuide(String guide, String parts) {
        browser.open(guide);
        List<String> ids = strings("return [...document.querySelectorAll('main .guide-part')]"
                + ".map(function (p) { return p.id; })");
        List<String> urls = strings("return [...document.querySelectorAll('main .guide-part-link a')]"
                + ".map(function (a) { return a.getAttribute('href'); })");

        assertEquals(List.of(parts.split(" ")), ids);
        assertEquals(ids.size(), urls.size());
        for (String url : urls) {
            browser.open(url);
            WebElement link = browser.driver().findElement(By.cssSelector("main .guide-link a"));
            assertEquals(guide, link.getDomAttribute("href"), url);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/guide/", "/fr/dossier-complet/"})
    void noTwoIdsAreTheSameAndEveryLinkInsideThePageLeadsSomewhere(String guide) {
        browser.open(guide);

        List<String> repeated = strings("""
                var seen = {}, repeated = [];
                document.querySelectorAll('[id]').forEach(function (e) {
                  if (seen[e.id]) { repeated.push(e.id); }
                  seen[e.id] = true;
                });
                return repeated;
                """);
        List<String> dangling = strings("""
                return [...document.querySelectorAll('a[href^="#"]')]
                  .map(function (a) { return a.getAttribute('href'); })
                  .filter(function (href) {
                    return href.length > 1 && !document.getElementById(decodeURIComponent(href.slice(1)));
                  });
                """);
        long insideLinks = (Long) browser.script(
                "return document.querySelectorAll('main .guide-part a[href^=\"#\"]').length");

        assertEquals(List.of(), repeated);
        assertEquals(List.of(), dangling);
        assertTrue(insideLinks > 100, "links inside the parts: " + insideLinks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/guide/, en", "/fr/dossier-complet/, fr"})
    void inPrintEachPartStartsASheetAndTheContentsArePrinted(String guide, String lang) throws IOException {
        browser.open(guide);
        browser.print();

        @SuppressWarnings("unchecked")
        Map<String, Object> print = (Map<String, Object>) browser.script("""
                var parts = [...document.querySelectorAll('main .guide-part')];
                return {breaks: parts.map(function (p) { return getComputedStyle(p).breakBefore; }),
                  contents: getComputedStyle(document.querySelector('.guide-toc')).display,
                  buttons: [...document.querySelectorAll('.copy-link, .guide-part-link')]
                    .filter(function (b) { return getComputedStyle(b).display !== 'none'; }).length};
                """);
        @SuppressWarnings("unchecked")
        List<String> breaks = (List<String>) print.get("breaks");

        assertTrue(breaks.stream().allMatch("page"::equals), print::toString);
        assertEquals("block", print.get("contents"));
        assertEquals(0L, print.get("buttons"));
        String pdf = "guide-" + lang;
        assertTrue(browser.printToPdf(pdf) > 10_000, pdf);
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @CsvSource({"/en/guide/, 320, light", "/fr/dossier-complet/, 320, dark", "/en/guide/, 1280, dark",
        "/fr/dossier-complet/, 1280, light"})
    void nothingScrollsSidewaysAndAScreenshotIsKept(String guide, int width, String scheme) throws IOException {
        browser.viewport(width);
        browser.colorScheme(scheme);
        browser.open(guide);

        long scroll = (Long) browser.script("return document.documentElement.scrollWidth");
        assertTrue(scroll <= width, guide + " is " + scroll + " px wide");
        // The first screen only: the whole page is some 60,000 px tall.
        Path file = EndToEndTest.SCREENSHOTS.resolve("guide" + guide.replace('/', '-') + width + "-" + scheme + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
    }
}
