package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicus.TestSites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * The key figures ({@code > [!FIGURES]}) as cards on every page that has them, at 320, 375, 768 and 1280 px, in
 * both languages: each figure large with its label under it, one column on a phone, no word broken, nothing
 * wider than the screen (the French "167 254 000 dollars" is joined by no-break spaces).
 */
@Tag("browser")
class KeyFiguresTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    static final int[] WIDTHS = {320, 375, 768, 1280};

    /** Every page of the built site with a box of key figures. */
    static List<String> pagesWithFigures() {
        return browser.site().pages.stream().filter(p -> TestSites.read(file(p)).contains("callout-figures")).toList();
    }

    private static Path file(String page) {
        return browser.site().folder.resolve(page.substring(1) + (page.endsWith("/") ? "index.html" : ""));
    }

    static List<Arguments> pagesAndWidths() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : pagesWithFigures()) {
            for (int width : WIDTHS) {
                cases.add(Arguments.of(page, width));
            }
        }
        return cases;
    }

    /**
     * Each figure as {figure, below (its label starts under it), larger (the figure's size over the label's),
     * left (the card's left edge), fits (inside its card)}; every word split across two lines (a line may end
     * after a hyphen); the page's scroll width and the window's.
     */
    private static final String FIGURE_CARDS = """
            var rows = [...document.querySelectorAll('main .callout-figures tbody tr')];
            var cards = rows.map(function (row) {
              var figure = row.cells[0], label = row.cells[1], card = row.getBoundingClientRect();
              var range = document.createRange();
              range.selectNodeContents(figure);
              var text = range.getBoundingClientRect();
              return {figure: figure.textContent,
                below: label.getBoundingClientRect().top >= figure.getBoundingClientRect().bottom - 1,
                larger: parseFloat(getComputedStyle(figure).fontSize) / parseFloat(getComputedStyle(label).fontSize),
                left: Math.round(card.left),
                fits: text.left >= card.left - 0.5 && text.right <= card.right + 0.5};
            });
            var broken = [];
            var walker = document.createTreeWalker(document.querySelector('main .callout-figures tbody'),
              NodeFilter.SHOW_TEXT);
            for (var node = walker.nextNode(); node; node = walker.nextNode()) {
              var re = /[^\\s\\u2060-]+/g, m;
              while ((m = re.exec(node.data))) {
                var range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                var tops = new Set([...range.getClientRects()].filter(function (r) { return r.width > 0; })
                  .map(function (r) { return Math.round(r.top); }));
                if (tops.size > 1) { broken.push(m[0]); }
              }
            }
            return {cards: cards, broken: broken, scroll: document.documentElement.scrollWidth,
              width: window.innerWidth};
            """;

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void eachFigureIsLargeWithItsLabelUnderItAndNothingOverflows(String page, int width) {
        browser.viewport(width);
        browser.open(page);

        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) browser.script(FIGURE_CARDS);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) figures.get("cards");

        assertFalse(cards.isEmpty(), page);
        for (Map<String, Object> card : cards) {
            assertEquals(true, card.get("below"), card::toString);
            assertEquals(true, card.get("fits"), card::toString);
            assertTrue(((Number) card.get("larger")).doubleValue() >= 1.2, card::toString);
        }
        assertEquals(List.of(), figures.get("broken"));
        assertTrue(((Number) figures.get("scroll")).intValue() <= width, figures::toString);
        long columns = cards.stream().map(card -> card.get("left")).distinct().count();
        assertTrue(width < 768 ? columns == 1 : columns > 1, figures::toString);
    }

    @Test
    void theEnglishAndFrenchHomesBothHaveKeyFigures() {
        assertTrue(pagesWithFigures().containsAll(List.of("/en/", "/fr/")), pagesWithFigures()::toString);
    }

    /** The box of figures, light and dark at each width, for a person to look at (target/screenshots). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithFigures")
    void screenshotsOfTheFigures(String page) throws IOException {
        for (int width : WIDTHS) {
            for (String scheme : List.of("light", "dark")) {
                browser.viewport(width);
                browser.colorScheme(scheme);
                browser.open(page);
                var box = browser.driver().findElement(By.cssSelector("main .callout-figures"));
                browser.script("arguments[0].scrollIntoView({block: 'start'})", box);
                Path file = EndToEndTest.SCREENSHOTS.resolve("figures" + page.replace('/', '-') + width + "-"
                        + scheme + ".png");
                Files.createDirectories(file.getParent());
                Files.write(file, box.getScreenshotAs(OutputType.BYTES));
                assertTrue(Files.size(file) > 0, file::toString);
            }
        }
    }
}
