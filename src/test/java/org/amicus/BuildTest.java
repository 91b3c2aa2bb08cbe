package org.amicus;

import static org.amicus.TestSites.build;
import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the bilingual fixture site built through the CLI, asserted on its parsed HTML. */
class BuildTest {

    @TempDir
    static Path dir;
    static Path site;
    static TestSites.Run run;

    @BeforeAll
    static void buildOnce() {
        Path project = TestSites.project(dir, "bilingual");
        run = build(project);
        site = project.resolve("site");
    }

    @Test
    void buildSucceedsAndSummarisesPagesPerLanguageAndMissingTranslations() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Built site: en 3 pages, fr 2 pages; translations missing: en 0 pages, "
                + "fr 1 page; "), run.out());
        assertTrue(run.out().matches("(?s).* files in \\d+ ms\\..*"), run.out());
    }

    @Test
    void missingTranslationIsAWarningNamingTheFile() {
        assertTrue(run.err().contains("warning: content/en/guides/first.md:1: no Français (fr) translation yet"),
                run.err());
    }

    @Test
    void pagesGetCleanUrlsAndFrenchPagesGetTheirSlug() {
        assertTrue(Files.isRegularFile(site.resolve("en/the-case/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("fr/l-affaire/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("en/guides/first/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("fr/the-case")));
    }

    @Test
    void htmlLangIsTheLocaleNotTheKey() {
        assertEquals("en-US", html(site.resolve("en/the-case/index.html")).selectFirst("html").attr("lang"));
        assertEquals("fr-FR", html(site.resolve("fr/l-affaire/index.html")).selectFirst("html").attr("lang"));
    }

    @Test
    void canonicalAndHreflangAlternatesAreAbsoluteWithXDefault() {
        Document fr = html(site.resolve("fr/l-affaire/index.html"));
        assertEquals("https://example.org/fr/l-affaire/", fr.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("en-US https://example.org/en/the-case/", "fr-FR https://example.org/fr/l-affaire/",
                        "x-default https://example.org/en/the-case/"),
                fr.select("link[rel=alternate]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href")).toList());
    }

    @Test
    void switcherLeadsToTheCounterpartAndListsSharedAnchors() {
        Element link = html(site.resolve("en/the-case/index.html")).selectFirst("nav.switcher a.translation");
        assertEquals("/fr/l-affaire/", link.attr("href"));
        assertEquals("fr-FR", link.attr("hreflang"));
        // "parties" is an explicit id in both languages; generated ids differ and are not shared.
        assertEquals("parties", link.attr("data-shared-anchors"));
    }

    @Test
    void pageWithoutTranslationSaysSoInTheOtherLanguage() {
        Element missing = html(site.resolve("en/guides/first/index.html")).selectFirst("nav.switcher p.missing");
        assertEquals("fr-FR", missing.attr("lang"));
        assertEquals("Cette page n’est pas encore traduite en français. Français", missing.text());
        assertEquals("/fr/", missing.selectFirst("a").attr("href"));
    }

    @Test
    void linksByFileResolveToLocalizedUrlsKeepingAnchors() {
        Document frHome = html(site.resolve("fr/index.html"));
        assertEquals("/fr/l-affaire/#parties", frHome.selectFirst("main a[href*=affaire]").attr("href"));
        Document guide = html(site.resolve("en/guides/first/index.html"));
        assertEquals("/en/the-case/", guide.selectFirst("article a").attr("href"));
    }

    @Test
    void filesBesidePagesAreCopiedAndLinkedByTheirUrl() {
        assertTrue(Files.isRegularFile(site.resolve("en/figures/chart.png")));
        assertEquals("/en/figures/chart.png",
                html(site.resolve("en/the-case/index.html")).selectFirst("article a[href$=png]").attr("href"));
    }

    @Test
    void stylesheetsArePublishedUnderAFingerprintedNameAndLinkedByIt() {
        String href = html(site.resolve("en/the-case/index.html")).selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/static/css/site\\.[0-9a-f]{10}\\.css"), href);
        assertTrue(Files.isRegularFile(site.resolve(href.substring(1))));
        assertFalse(Files.exists(site.resolve("static/css/site.css")));
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        Document en = html(site.resolve("en/the-case/index.html"));
        assertEquals("December 20, 2024", en.selectFirst("p.date time").text());
        assertEquals("2024-12-20", en.selectFirst("p.date time").attr("datetime"));
        Document fr = html(site.resolve("fr/l-affaire/index.html"));
        assertEquals("20 décembre 2024", fr.selectFirst("p.date time").text());
        assertEquals("1er novembre 2026", fr.selectFirst("p.reviewed time").text());
    }

    @Test
    void frenchTextGetsFrenchTypography() {
        Element paragraph = html(site.resolve("fr/l-affaire/index.html")).selectFirst("article p");
        assertEquals("WhatsApp a poursuivi NSO Group\u202F: voici «\u202Fl’essentiel\u202F».", paragraph.text());
    }

    @Test
    void headingsHaveIdsAndATableOfContents() {
        Document fr = html(site.resolve("fr/l-affaire/index.html"));
        assertEquals(List.of("parties", "et-ensuite"), fr.select("article h2").eachAttr("id"));
        assertEquals(List.of("#parties", "#et-ensuite"), fr.select("nav.toc a").eachAttr("href"));
    }

    @Test
    void draftsAreLeftOut() {
        assertFalse(Files.exists(site.resolve("en/draft")));
    }

    @Test
    void landingPageOffersEveryLanguage() {
        Document landing = html(site.resolve("index.html"));
        assertEquals(List.of("/en/", "/fr/"), landing.select("a.enter").eachAttr("href"));
        assertEquals(List.of("en-US", "fr-FR"), landing.select("section").eachAttr("lang"));
    }

    @Test
    void languageHomeListsItsPages() {
        Document home = html(site.resolve("en/index.html"));
        assertEquals(List.of("/en/the-case/", "/en/guides/first/"), home.select("ul.pages a").eachAttr("href"));
    }
}
