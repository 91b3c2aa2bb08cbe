package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The figures drawn by hand (content/&lt;lang&gt;/figures/*.svg, shown as Markdown images) have one layout for every
 * screen, so they are drawn for the phone: at 320 px their smallest text, scaled down with the image, is still at
 * least 12 px, and the page does not scroll sideways; on a desktop they keep their natural size rather than
 * growing, text and all, to the width of the column. Each is a figure, its caption opening with its title.
 */
@Tag("browser")
class DrawnFiguresTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    /** The pages that show a drawn figure: the damages (damages.svg) and the ruling (attack.svg). */
    private static final List<String> PAGES = List.of("/en/damages-and-injunction/",
            "/fr/dommages-interets-et-injonction/", "/en/the-ruling/", "/fr/la-decision/");

    /**
     * Each image of the page's content whose file is an SVG: its address, its width on screen and its natural one,
     * and the bold title of the caption of the {@code <figure>} it is in ({@code > [!FIGURE]}), if it is in one.
     */
    private static final String IMAGES = """
            return [...document.querySelectorAll('main img')]
              .filter(function (img) { return new URL(img.src).pathname.endsWith('.svg'); })
              .map(function (img) { var figure = img.closest('figure');
                return {src: new URL(img.src).pathname, width: img.getBoundingClientRect().width,
                  natural: img.naturalWidth, caption: figure && figure.querySelector(':scope > figcaption')
                    ? figure.querySelector(':scope > figcaption strong').textContent : null}; });
            """;

    /**
     * In the SVG file opened on its own: the viewBox's width, the root's width attribute, the smallest font size of
     * its texts in drawing units and the texts that stick out of the viewBox.
     */
    private static final String DRAWING = """
            var svg = document.documentElement, box = svg.viewBox.baseVal;
            var texts = [...svg.querySelectorAll('text')];
            return {viewBox: box.width, width: svg.getAttribute('width'),
              smallest: Math.min.apply(null, texts.map(function (t) {
                return parseFloat(getComputedStyle(t).fontSize); })),
              outside: texts.filter(function (t) {
                var b = t.getBBox();
                return b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width
                  || b.y + b.height > box.y + box.height; }).map(function (t) { return t.textContent; })};
            """;

    static List<Arguments> pagesAndWidths() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : PAGES) {
            for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
                cases.add(Arguments.of(page, width));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void eachDrawnFigureIsLegibleOnAPhoneAndKeepsItsNaturalSizeOnADesktop(String page, int width) {
        browser.viewport(width);
        browser.open(page);
        List<Map<String, Object>> images = list(browser.script(IMAGES));
        int scroll = ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();

        assertFalse(images.isEmpty(), page + " shows no drawn figure");
        assertTrue(scroll <= width, page + " scrolls sideways: " + scroll + " px wide");
        for (Map<String, Object> image : images) {
            String src = (String) image.get("src");
            assertTrue(image.get("caption") != null && !((String) image.get("caption")).isBlank(),
                    src + " is not a <figure> with a <figcaption> that opens with its title in bold");
            double shown = ((Number) image.get("width")).doubleValue();
            double natural = ((Number) image.get("natural")).doubleValue();
            browser.open(src);
            @SuppressWarnings("unchecked")
            Map<String, Object> drawing = (Map<String, Object>) browser.script(DRAWING);
            double viewBox = ((Number) drawing.get("viewBox")).doubleValue();
            double smallest = ((Number) drawing.get("smallest")).doubleValue();

            assertEquals(List.of(), drawing.get("outside"), src + ": texts outside the drawing");
            assertTrue(shown / viewBox * smallest >= 12, src + " at " + width + " px: " + shown + " px wide for "
                    + viewBox + " units, its smallest text of " + smallest + " units is "
                    + shown / viewBox * smallest + " px");
            assertTrue(shown <= natural, src + " at " + width + " px: shown " + shown + " px wide, wider than its "
                    + "natural " + natural + " px");
            assertEquals(String.valueOf((int) viewBox), drawing.get("width"),
                    src + ": the width attribute is not the viewBox's, so the drawing does not keep its natural size");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
