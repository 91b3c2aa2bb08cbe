package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 404 page as a host serves it for an address that does not exist (at any depth): the site's header and
 * styles, both languages side by side (stacked on a phone), each with a search field and a link to its home.
 */
@Tag("browser")
class NotFoundPageTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    static final String MISSING = "/fr/no-such-page/at/all/";

    /** Each language's block as {lang, heading, left, top, home}; the header's titles; the page's scroll width. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> layout() {
        return (Map<String, Object>) browser.script("""
                var blocks = [...document.querySelectorAll('main .not-found-language')].map(function (b) {
                  var r = b.getBoundingClientRect();
                  return {lang: b.lang, heading: b.querySelector('h1, h2').textContent,
                    left: Math.round(r.left), top: Math.round(r.top),
                    home: b.querySelector('a[hreflang]').getAttribute('href'),
                    search: b.querySelector('form[role=search]').getAttribute('action')};
                });
                var titles = [...document.querySelectorAll('header.site-header a.site-title')]
                  .map(function (a) { return a.lang + ' ' + a.getAttribute('href'); });
                return {blocks: blocks, titles: titles, styled: getComputedStyle(document.querySelector('.not-found')).display,
                  scroll: document.documentElement.scrollWidth, title: document.title};
                """);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {320, 375, 768, 1280})
    void bothLanguagesSideBySideUnderTheSitesHeaderStackedOnAPhone(int width) {
        browser.viewport(width);
        browser.open(MISSING);

        Map<String, Object> page = layout();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) page.get("blocks");

        assertEquals("Page not found / Page introuvable", page.get("title"));
        assertEquals(List.of("en-US /en/", "fr-FR /fr/"), page.get("titles"));
        assertEquals("grid", page.get("styled"), "the stylesheet is loaded at any depth");
        assertEquals(List.of("en-US", "fr-FR"), blocks.stream().map(b -> b.get("lang")).toList());
        assertEquals(List.of("Page not found", "Page introuvable"), blocks.stream().map(b -> b.get("heading")).toList());
        assertEquals(List.of("/en/", "/fr/"), blocks.stream().map(b -> b.get("home")).toList());
        assertEquals(List.of("/en/search/", "/fr/recherche/"), blocks.stream().map(b -> b.get("search")).toList());
        if (width < 768) {
            assertEquals(blocks.get(0).get("left"), blocks.get(1).get("left"), page::toString);
        } else {
            assertEquals(blocks.get(0).get("top"), blocks.get(1).get("top"), page::toString);
        }
        assertTrue(((Number) page.get("scroll")).intValue() <= width, page::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Van Buren, /en/search/?q=Van+Buren", "fr, immunité, /fr/recherche/?q=immunit%C3%A9"})
    void eachLanguagesSearchFieldLeadsToItsSearchPageWithTheWords(String lang, String words, String expected) {
        browser.open(MISSING);
        WebElement input = browser.driver().findElement(By.id("not-found-search-" + lang));
        input.sendKeys(words);
        input.submit();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#search-results > li")).isEmpty());
        assertTrue(browser.currentPath().startsWith(expected.substring(0, expected.indexOf('?'))),
                browser.currentPath());
        assertEquals(words, browser.driver().findElement(By.id("search-query")).getDomProperty("value"));
    }

    @Test
    void screenshotsOfThePage() throws IOException {
        for (int width : KeyFiguresTest.WIDTHS) {
            for (String scheme : List.of("light", "dark")) {
                browser.viewport(width);
                browser.colorScheme(scheme);
                browser.open(MISSING);
                Path file = EndToEndTest.SCREENSHOTS.resolve("404-" + width + "-" + scheme + ".png");
                browser.screenshot(file);
                assertTrue(Files.size(file) > 0, file::toString);
            }
        }
    }
}
