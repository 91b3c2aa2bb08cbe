package org.amicus.render;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amicus.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures drawn from data that a page places in its text ({@code > [!FIGURE attack]}, {@code > [!FIGURE
 * damages]}), built with the real templates from the fixture site {@code figures-in-text}, in English and French:
 * the page's HTML holds the whole figure where the marker was, the same on the page of the whole guide with its ids
 * prefixed; a name the data does not draw, a figure placed twice or text in its blockquote is an error at its line.
 */
class FiguresInTextTest {

    private static final String NNBSP = "\u202F";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.withRealTemplates(dir, "figures-in-text"));
        assertEquals(0, run.exitCode(), run.err());
        site = dir.resolve("site");
    }

    private static Document page(String path) {
        return html(site.resolve(path + "index.html"));
    }

    @Test
    void thePathStandsWhereItsMarkerIsWithItsTitleTakeawayDescriptionAndSources() {
        Element prose = page("en/the-ruling/").selectFirst(".prose");
        assertEquals(List.of("p", "figure", "p", "figure"), prose.children().stream().map(Element::tagName).toList());
        Element figure = prose.selectFirst("figure.data-figure-attack");
        assertEquals("figure-attack-title", figure.attr("aria-labelledby"));
        assertEquals("figure-attack-desc", figure.attr("aria-describedby"));
        assertEquals("<p id=\"figure-attack-title\" class=\"figure-title\">How it travelled</p>",
                figure.selectFirst(".figure-title").outerHtml());
        assertEquals("Through the servers, both ways.", figure.selectFirst(".figure-takeaway").text());
        assertEquals("Three boxes: the server, the servers, the phone, and back.",
                figure.selectFirst("#figure-attack-desc.visually-hidden").text());
        assertEquals("Sources: Northern District of California; Un journal.", figure.selectFirst(".figure-source").text());
        assertEquals(List.of("/en/sources/#src-order-2024", "/en/sources/#src-press-2025"),
                figure.select(".figure-source a").eachAttr("href"));
    }

    @Test
    void thePathIsAListOfItsPlacesWithTheWayThereAndBackAndArrowsHiddenFromScreenReaders() {
        Element path = page("en/the-ruling/").selectFirst(".data-figure-attack .figure-drawing .path");
        assertEquals("Messages", path.selectFirst(".path-there").text());
        assertEquals("Information", path.selectFirst(".path-back").text());
        assertEquals(List.of("NSO’s server the installation server", "WhatsApp’s servers", "The phone"),
                path.select("ol.path-steps > li.path-step").eachText());
        assertEquals(List.of("true", "true"), path.select(".path-link").eachAttr("aria-hidden"));
        assertEquals(List.of("path-across", "path-down", "path-across", "path-down"),
                path.select(".path-link svg").eachAttr("class"));
        assertTrue(path.select("li").first().select(".path-link").isEmpty(), "the first place has no arrow before it");
    }

    @Test
    void thePathIsInFrenchWithFrenchTypographyAndLinks() {
        Element figure = page("fr/la-decision/").selectFirst(".prose figure.data-figure-attack");
        assertEquals("Le trajet", figure.selectFirst(".figure-title").text());
        assertEquals("Par les serveurs, à l’aller comme au retour.", figure.selectFirst(".figure-takeaway").text());
        assertEquals("Trois cases" + NNBSP + ": le serveur, les serveurs, le téléphone, et retour.",
                figure.selectFirst(".visually-hidden").text());
        assertEquals(List.of("Serveur de NSO le serveur d’installation", "Serveurs de WhatsApp", "Le téléphone"),
                figure.select(".path-step").eachText());
        assertEquals("Sources" + NNBSP + ": Northern District of California" + NNBSP + "; Un journal.",
                figure.selectFirst(".figure-source").text());
        assertEquals("/fr/sources/#src-order-2024", figure.selectFirst(".figure-source a").attr("href"));
    }

    @Test
    void theDamagesInTheTextAreTheHomesChartWithAParagraphForTitle() {
        Element inText = page("en/the-ruling/").selectFirst(".prose figure.data-figure-damages");
        Element onHome = page("en/").selectFirst("figure.data-figure-damages");
        assertEquals("The damages on one scale", inText.selectFirst("p.figure-title").text());
        assertEquals("The damages on one scale", onHome.selectFirst("h2.figure-title").text());
        assertEquals(onHome.select(".figure-drawing, .figure-takeaway, .figure-source").outerHtml(),
                inText.select(".figure-drawing, .figure-takeaway, .figure-source").outerHtml());
        assertEquals("Dommages-intérêts punitifs" + NNBSP + ": 167" + NNBSP + "254" + NNBSP + "000 dollars le 6 mai "
                        + "2025, puis environ 4 millions de dollars le 17 octobre 2025.",
                page("fr/la-decision/").selectFirst(".prose .data-figure-damages .figure-takeaway").text()
                        .replace('\u00A0', ' '));
    }

    @Test
    void theGuideShowsTheFigureWithItsIdsPrefixedByItsPart() {
        Element figure = page("en/guide/").selectFirst("#the-ruling figure.data-figure-attack");
        assertEquals("the-ruling--figure-attack-title", figure.attr("aria-labelledby"));
        assertEquals("the-ruling--figure-attack-desc", figure.attr("aria-describedby"));
        assertEquals("How it travelled", figure.selectFirst("#the-ruling--figure-attack-title").text());
        assertEquals(List.of("the-ruling--damages-wide-title the-ruling--damages-wide-desc",
                "the-ruling--damages-narrow-title the-ruling--damages-narrow-desc"),
                page("en/guide/").select("#the-ruling svg.damages").eachAttr("aria-labelledby"));
    }

    @Test
    void noSlotIsLeftInAnyPage() throws Exception {
        try (var files = Files.walk(site)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> TestSites.read(f).contains("figure-slot")).toList());
        }
    }
}
