package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the explainer (its home and ordinary pages, in menu order; not the glossary) with the repository's
 * templates: the header lists them by their short names, and each article ends with "Part N of M", links to the
 * parts before and after it, and a link back to the top.
 */
class PartsTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.withRealTemplates(dir, "parts"));
        assertEquals(0, run.exitCode(), run.err());
        site = dir.resolve("site");
    }

    @Test
    void theHeaderListsThePartsByTheirTitlesUpToTheColon() {
        assertEquals(List.of("The case /en/", "The facts /en/the-facts/", "The law /en/the-law/",
                "What next /en/the-end/"), parts("en/glossary/index.html"));
        assertEquals(List.of("L’affaire /fr/", "Les faits /fr/les-faits/", "La loi /fr/la-loi/",
                "Et ensuite /fr/et-ensuite/"), parts("fr/glossaire/index.html"));
    }

    @Test
    void theHeaderMarksTheCurrentPart() {
        assertEquals(List.of("/en/the-law/"), html(site.resolve("en/the-law/index.html"))
                .select("header .parts-nav a[aria-current=page]").eachAttr("href"));
        assertEquals(List.of("/fr/"), html(site.resolve("fr/index.html"))
                .select("header .parts-nav a[aria-current=page]").eachAttr("href"));
        assertEquals(List.of(), html(site.resolve("fr/glossaire/index.html"))
                .select("header .parts-nav a[aria-current]").eachAttr("href"));
    }

    @Test
    void thePartsAreInTheHeadersMenuWhichOneButtonOpens() {
        Document html = html(site.resolve("fr/les-faits/index.html"));
        Element button = html.selectFirst("header button.site-menu-button");
        assertEquals("Menu", button.text());
        Element menu = html.getElementById(button.attr("popovertarget"));
        assertEquals("", menu.attr("popover"));
        assertEquals("Parties du dossier", menu.selectFirst("nav.parts-nav").attr("aria-label"));
        assertNotNull(menu.selectFirst("nav.switcher"));
    }

    @Test
    void anArticleEndsWithItsNumberAndThePartsBeforeAndAfterIt() {
        assertEquals(List.of("Part 2 of 4", "Previous The case: an overview /en/ prev",
                "Next The law /en/the-law/ next"), partNav("en/the-facts/index.html"));
        assertEquals(List.of("Partie 2 sur 4", "Précédente L’affaire\u202f: vue d’ensemble /fr/ prev",
                "Suivante La loi /fr/la-loi/ next"), partNav("fr/les-faits/index.html"));
    }

    @Test
    void theHomeIsTheFirstPartAndEndsWithTheNextOne() {
        assertEquals(List.of("Part 1 of 4", "Next The facts: what happened? /en/the-facts/ next"),
                partNav("en/index.html"));
        assertEquals(List.of("Partie 1 sur 4", "Suivante Les faits\u202f: que s’est-il passé\u202f? /fr/les-faits/ next"),
                partNav("fr/index.html"));
    }

    @Test
    void theLastPartHasNoNext() {
        assertEquals(List.of("Part 4 of 4", "Previous The law /en/the-law/ prev"), partNav("en/the-end/index.html"));
        assertEquals(List.of("Partie 4 sur 4", "Précédente La loi /fr/la-loi/ prev"),
                partNav("fr/et-ensuite/index.html"));
    }

    @Test
    void aPageThatIsNoPartHasNoPartNumber() {
        assertNull(html(site.resolve("en/glossary/index.html")).selectFirst(".part-nav"));
        assertNull(html(site.resolve("fr/glossaire/index.html")).selectFirst(".part-nav"));
    }

    @Test
    void anArticleEndsWithALinkBackToTheTopOfThePage() {
        for (String page : List.of("en/the-law/index.html", "fr/la-loi/index.html", "en/index.html", "fr/index.html")) {
            Document html = html(site.resolve(page));
            Element back = html.selectFirst("article > p.back-to-top a");
            assertEquals("#top", back.attr("href"), page);
            assertEquals("header", html.getElementById("top").tagName(), page);
        }
        assertEquals("Back to top", html(site.resolve("en/the-law/index.html")).selectFirst(".back-to-top a").text());
        assertEquals("Haut de page", html(site.resolve("fr/la-loi/index.html")).selectFirst(".back-to-top a").text());
    }

    /** The header's list of parts, each as "label url". */
    private static List<String> parts(String page) {
        return html(site.resolve(page)).select("header nav.parts-nav li > a").stream()
                .map(a -> a.text() + " " + a.attr("href")).toList();
    }

    /** The end of an article: its number, then each link as "text url rel". */
    private static List<String> partNav(String page) {
        Element nav = html(site.resolve(page)).selectFirst("article > nav.part-nav");
        List<String> lines = new ArrayList<>(List.of(nav.selectFirst(".part-number").text()));
        nav.select("li > a").forEach(a -> lines.add(a.text() + " " + a.attr("href") + " " + a.attr("rel")));
        return lines;
    }
}
