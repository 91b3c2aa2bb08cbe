package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site navigation of the repository's templates on a site with a section ({@code guides/} has an
 * {@code _index.md}; {@code notes/} has none): every page lists the language's parts, and only the pages of a
 * section list that section's pages, so no page lists the whole site.
 */
class NavigationTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.copyTree(TestSites.resource("sites/sections"), dir);
        TestSites.copyTree(Path.of("templates").toAbsolutePath(), dir.resolve("templates"));
        TestSites.Run run = TestSites.build(dir);
        assertEquals(0, run.exitCode(), run.err());
        site = dir.resolve("site");
    }

    @Test
    void aPageAtTheRootListsThePartsOnly() {
        assertEquals(List.of(List.of("Home /en/", "Guides /en/guides/", "A note /en/notes/note/", "About /en/about/")),
                navLists("en/about/index.html"));
        assertEquals(List.of(List.of("Accueil /fr/", "Guides pratiques /fr/guides-pratiques/",
                        "Une note /fr/notes/une-note/", "À propos /fr/a-propos/")),
                navLists("fr/a-propos/index.html"));
    }

    @Test
    void aPageOfASectionListsThePartsThenTheSectionsPages() {
        List<String> parts = List.of("Home /en/", "Guides /en/guides/", "A note /en/notes/note/", "About /en/about/");
        List<String> guides = List.of("First guide /en/guides/first/", "Second guide /en/guides/second/",
                "Third guide /en/guides/deeper/third/");
        assertEquals(List.of(parts, guides), navLists("en/guides/second/index.html"));
        assertEquals(List.of(parts, guides), navLists("en/guides/deeper/third/index.html"));
        assertEquals(List.of(List.of("Accueil /fr/", "Guides pratiques /fr/guides-pratiques/",
                        "Une note /fr/notes/une-note/", "À propos /fr/a-propos/"),
                List.of("Premier guide /fr/guides-pratiques/premier/", "Deuxième guide /fr/guides-pratiques/deuxieme/",
                        "Troisième guide /fr/guides-pratiques/deeper/troisieme/")),
                navLists("fr/guides-pratiques/deuxieme/index.html"));
    }

    @Test
    void aSectionsHomeListsItsPagesToo() {
        assertEquals(List.of("First guide /en/guides/first/", "Second guide /en/guides/second/",
                "Third guide /en/guides/deeper/third/"), navLists("en/guides/index.html").get(1));
        assertEquals(List.of("Premier guide /fr/guides-pratiques/premier/",
                "Deuxième guide /fr/guides-pratiques/deuxieme/",
                "Troisième guide /fr/guides-pratiques/deeper/troisieme/"),
                navLists("fr/guides-pratiques/index.html").get(1));
    }

    @Test
    void theCurrentPageIsMarkedWhereverItIsListed() {
        assertEquals(List.of("/en/guides/second/"),
                html(site.resolve("en/guides/second/index.html")).select(".site-nav a[aria-current=page]")
                        .eachAttr("href"));
        assertEquals(List.of("/fr/guides-pratiques/"),
                html(site.resolve("fr/guides-pratiques/index.html")).select(".site-nav a[aria-current=page]")
                        .eachAttr("href"));
    }

    /** Each list of the footer navigation: its entries as "title url". */
    private static List<List<String>> navLists(String page) {
        Document html = html(site.resolve(page));
        return html.select("nav.site-nav > ul").stream().map(list -> list.select("> li > a").stream()
                .map((Element a) -> a.text() + " " + a.attr("href")).toList()).toList();
    }
}
