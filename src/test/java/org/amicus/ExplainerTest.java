package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legal-explainer features end to end, through the repository's real templates: citations and their
 * Sources list, glossary terms and page, timeline page and its overview, sources page, the home page.
 */
class ExplainerTest {

    @TempDir
    static Path dir;
    static Path site;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        run = TestSites.build(TestSites.withRealTemplates(dir, "explainer"));
        site = dir.resolve("site");
    }

    @Test
    void siteBuilds() {
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void citationsLinkToThePagesNumberedSourcesListWhichLinksBack() {
        Document home = html(site.resolve("en/index.html"));
        assertEquals(List.of("[1, p. 3]", "[2]", "[1]"), home.select("sup.citation a").eachText());
        List<Element> entries = home.select(".page-sources ol > li");
        assertEquals(List.of("source-1", "source-2"), entries.stream().map(Element::id).toList());
        Element first = entries.get(0);
        assertEquals("Order on summary judgment", first.selectFirst("cite").text());
        assertEquals("https://example.org/order", first.selectFirst("a.source-link").attr("href"));
        assertEquals("/en/sources/#src-order-2024", first.selectFirst("a[href*=/sources/]").attr("href"));
        assertEquals(List.of("#cite-1", "#cite-1-1"), first.select("a.source-backref").eachAttr("href"));
        assertEquals(List.of("a", "b"), first.select("a.source-backref").eachText());
        assertEquals("↩ a b", first.selectFirst(".source-backrefs").text());
        assertEquals(List.of("Back to citation 1 (a) in the text", "Back to citation 1 (b) in the text"),
                first.select("a.source-backref").eachAttr("aria-label"));
        assertEquals(List.of("↩"), entries.get(1).select("a.source-backref").eachText());
        Element skip = home.selectFirst(".page-sources .skip-past a");
        assertEquals("Skip the sources list", skip.text());
        assertEquals("page-sources-end", home.selectFirst(".page-sources > ol + #page-sources-end").id());
        assertEquals("#page-sources-end", skip.attr("href"));
        assertEquals("Passer la liste des sources",
                html(site.resolve("fr/index.html")).selectFirst(".page-sources .skip-past a").text());
        assertTrue(first.text().contains("(p. 3)"), first.text());
        assertTrue(entries.get(1).text().contains("counsel for WhatsApp and Meta"), entries.get(1).text());
    }

    @Test
    void glossaryTermLinksToItsEntryInThePageLanguageWithADescription() {
        Element link = html(site.resolve("fr/index.html")).selectFirst("a.term-link");
        assertEquals("jugement sommaire", link.text());
        assertEquals("/fr/glossaire/#summary-judgment", link.attr("href"));
        Element tooltip = html(site.resolve("fr/index.html")).getElementById(link.attr("aria-describedby"));
        assertTrue(tooltip.text().contains("Une décision sans procès complet."), tooltip.text());
    }

    @Test
    void glossaryPageIsAlphabeticalInItsLanguageWithStableAnchors() {
        Document en = html(site.resolve("en/glossary/index.html"));
        assertEquals(List.of("discovery", "summary-judgment"), en.select("dl.glossary dt").eachAttr("id"));
        Document fr = html(site.resolve("fr/glossaire/index.html"));
        assertEquals(List.of("communication de pièces", "jugement sommaire"), fr.select("dl.glossary dfn").eachText());
        assertEquals("#discovery", fr.selectFirst("#summary-judgment + dd .glossary-related a").attr("href"));
    }

    @Test
    void theSwitcherOfTheGlossaryAndTheTimelineKeepsTheirEntries() {
        assertEquals("discovery summary-judgment", html(site.resolve("en/glossary/index.html"))
                .selectFirst(".switcher a[hreflang=fr-FR]").attr("data-shared-anchors"));
        assertEquals("year-2019 year-2024 year-2025", html(site.resolve("fr/chronologie/index.html"))
                .selectFirst(".switcher a[hreflang=en-US]").attr("data-shared-anchors"));
    }

    @Test
    void timelineIsGroupedByYearWithMachineReadableDates() {
        Document fr = html(site.resolve("fr/chronologie/index.html"));
        assertEquals(List.of("2019", "2024", "2025"), fr.select(".timeline-year h2").eachText());
        assertEquals(List.of("2019-05", "2024-12-20", "2025-05-06"), fr.select(".timeline-event time").eachAttr("datetime"));
        assertEquals(List.of("mai 2019", "20 décembre 2024", "6 mai 2025"), fr.select(".timeline-event time").eachText());
    }

    @Test
    void timelineHasAnSvgOverviewMadeFromTheEventsWithATitleAndATakeaway() {
        Document fr = html(site.resolve("fr/chronologie/index.html"));
        Element svg = fr.selectFirst("figure.data-figure-overview svg.overview-wide");
        assertEquals("overview-wide-title", svg.attr("aria-labelledby"));
        assertEquals(List.of("#event-2019-05", "#event-2024-12-20", "#event-2025-05-06"),
                svg.select("a:has(circle.overview-mark)").eachAttr("href"));
        assertEquals(List.of("2020", "2021", "2022", "2023", "2024", "2025"), svg.select("text.overview-year").eachText());
        assertTrue(svg.select("circle").eachAttr("cx").stream().allMatch(x -> x.matches("\\d+(\\.\\d)?")),
                "coordinates are numbers in any language: " + svg.select("circle").eachAttr("cx"));
        assertEquals("3 événements, mai 2019 – 6 mai 2025.",
                fr.selectFirst("figure.data-figure-overview .figure-takeaway").text());
    }

    @Test
    void sourcesPageListsCourtDocumentsFirstWithAnchors() {
        Document en = html(site.resolve("en/sources/index.html"));
        assertEquals(List.of("court-documents", "parties", "press-and-research"),
                en.select(".sources-group h2").eachAttr("id"));
        assertEquals(List.of("src-order-2024", "src-counsel-2024", "src-press-2025"),
                en.select("ul.sources > li").eachAttr("id"));
        assertEquals("fr", en.selectFirst("#src-press-2025 cite").attr("lang"));
    }

    @Test
    void homeLeadsWithItsTextAndShowsNoStatusWithoutPhases() {
        Document en = html(site.resolve("en/index.html"));
        assertEquals(List.of(), en.select(".latest-events, .case-status, .data-figure"));
        assertEquals("prose", en.selectFirst("article.page-home > .page-header ~ div").className());
    }

    @Test
    void searchPageWorksWithoutJavaScriptByListingEveryPage() {
        Document fr = html(site.resolve("fr/recherche/index.html"));
        assertTrue(fr.selectFirst("form.search-form").hasAttr("hidden"), "the form appears only with JavaScript");
        assertEquals("/fr/search-documents.json", fr.selectFirst("form.search-form").attr("data-documents"));
        assertTrue(fr.select(".search-all-pages a").eachAttr("href").contains("/fr/glossaire/"));
        assertTrue(fr.select("script[src]").eachAttr("src").stream().anyMatch(s -> s.contains("lunr.fr.")));
    }

    @Test
    void unknownCitationAndTermAreBuildErrorsWithTheirLines(@TempDir Path broken) {
        TestSites.copyTree(dir.resolve("content"), broken.resolve("content"));
        TestSites.copyTree(dir.resolve("templates"), broken.resolve("templates"));
        TestSites.write(broken.resolve("content/en/glossary.md"), "---\ntitle: G\ndescription: G.\nlayout: glossary\n"
                + "---\nSee [[sumary-judgment]].\n\nAnd the order.[@ordre-2024]\n");
        TestSites.Run failed = TestSites.build(broken);
        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("error: content/en/glossary.md:6: unknown glossary term `sumary-judgment`: it "
                + "is not in content/data/glossary.yaml\n  fix: did you mean `summary-judgment`?"), failed.err());
        assertTrue(failed.err().contains("error: content/en/glossary.md:8: unknown source `ordre-2024`: it is not in "
                + "content/data/sources.yaml\n  fix: did you mean `order-2024`?"), failed.err());
    }

    @Test
    void aboutPageLogsTheChangesNewestFirstInEachLanguage() {
        Document en = html(site.resolve("en/about/index.html"));
        assertEquals(List.of("change-2026-12-01", "change-2026-11-27"), en.select("ol.changes > li").eachAttr("id"));
        assertEquals(List.of("Update", "Correction"), en.select("ol.changes .change-kind").eachText());
        assertEquals("The stay denied", en.selectFirst("#change-2026-12-01 h3").text());
        assertEquals(List.of("/en/", "/en/timeline/"), en.select("#change-2026-12-01 .change-pages a").eachAttr("href"));
        Document fr = html(site.resolve("fr/about/index.html"));
        assertEquals(List.of("Mise à jour", "Rectificatif"), fr.select("ol.changes .change-kind").eachText());
        assertEquals("1er décembre 2026", fr.selectFirst("#change-2026-12-01 time").text());
        assertEquals(List.of("/fr/", "/fr/chronologie/"), fr.select("#change-2026-12-01 .change-pages a").eachAttr("href"));
    }

    @Test
    void aChangedPageSaysWhatChangedAndWhenAtItsTop() {
        Document en = html(site.resolve("en/index.html"));
        assertEquals(List.of("Update, December 1, 2026. The stay denied. What changed",
                "Correction, November 27, 2026. A date put right. What changed"), en.select("header .page-change").eachText());
        assertEquals("/en/about/#change-2026-11-27", en.selectFirst(".page-change-correction a").attr("href"));
        Document fr = html(site.resolve("fr/chronologie/index.html"));
        assertEquals(List.of("Mise à jour, 1er décembre 2026. La suspension refusée. Ce qui a changé"),
                fr.select("header .page-change").eachText());
        assertTrue(html(site.resolve("en/about/index.html")).select(".page-change").isEmpty(), "unchanged page");
    }

    @Test
    void feedsCarryTheChangesLabelledAsUpdatesOrCorrections() throws Exception {
        Document en = org.jsoup.Jsoup.parse(Files.readString(site.resolve("en/feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        Element correction = en.select("entry").stream()
                .filter(e -> e.select("category[term=correction]").size() == 1).findFirst().orElseThrow();
        assertEquals("Correction: A date put right", correction.selectFirst("title").text());
        assertEquals("https://example.org/en/about/#change-2026-11-27", correction.selectFirst("id").text());
        assertEquals("2026-11-27T00:00:00Z", correction.selectFirst("updated").text());
        Document fr = org.jsoup.Jsoup.parse(Files.readString(site.resolve("fr/feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals(List.of("Mise à jour : La suspension refusée", "Rectificatif : Une date rectifiée"),
                fr.select("entry:has(category) > title").eachText());
        assertEquals("2026-12-01T00:00:00Z", fr.selectFirst("feed > updated").text(), "the newest change dates the feed");
    }

    @Test
    void aChangeNamingAMissingPageIsABuildErrorWithItsLine(@TempDir Path broken) {
        TestSites.copyTree(dir.resolve("content"), broken.resolve("content"));
        TestSites.copyTree(dir.resolve("templates"), broken.resolve("templates"));
        TestSites.write(broken.resolve("content/data/changes.yaml"), """
                - date: 2026-12-01
                  kind: update
                  pages: [the-rulling.md]
                  en: {title: T, text: X.}
                  fr: {title: T, text: X.}
                """);
        TestSites.Run failed = TestSites.build(broken);
        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("error: content/data/changes.yaml:3: the change of 2026-12-01 names the page "
                + "`the-rulling.md`, but there is no content/en/the-rulling.md\n  fix: name a file under content/en/"),
                failed.err());
    }
}
