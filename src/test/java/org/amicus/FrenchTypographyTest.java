package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * French typography end to end, through the repository's real templates: no-break spaces and the raised « 1er »
 * in prose, in generated dates and in the data files' texts, whose emphasis reaches the page; plain « 1er » where
 * markup cannot go (SVG titles, feeds, JSON-LD); English left as English writes it. In expected texts, ~ (TeX's
 * tie) stands for the no-break space U+00A0. Texts are read with {@code wholeText()}: jsoup's {@code text()}
 * turns U+00A0 into a plain space.
 */
class FrenchTypographyTest {

    @TempDir
    static Path dir;
    static Path site;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        run = TestSites.build(TestSites.withRealTemplates(dir, "french-typography"));
        site = dir.resolve("site");
    }

    private static String visible(String text) {
        return text.replace('~', '\u00A0');
    }

    private static Element prose(String lang) {
        return html(site.resolve(lang + "/index.html")).selectFirst(".prose p");
    }

    @Test
    void siteBuilds() {
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void frenchProseKeepsDayAndMonthNumberAndUnitAndSignAndNumberTogether() {
        Element p = prose("fr");
        p.select(".term-definition").remove();

        assertEquals(visible("Le 1er~août 2024 et le 20~décembre 2024, au titre de 18 U.S.C. §~1030 (n°~25-7380), la"
                + " juge a réduit les\ndommages-intérêts à environ 4~millions de dollars, 43~fois moins\u202F; le refus de"
                + " certiorari reste."), p.wholeText());
        assertEquals(List.of("er"), p.select("sup").eachText());
    }

    @Test
    void englishProseGetsANoBreakSpaceAfterTheSectionSignOnly() {
        String text = prose("en").wholeText();

        assertTrue(text.startsWith(visible("On 20 December 2024 the court applied 18 U.S.C. §~1030,")), text);
        assertTrue(text.endsWith("about 4 millions, no. 3."), text);
        assertTrue(prose("en").select("sup").isEmpty());
    }

    @Test
    void generatedFrenchDateRaisesTheFirstOfTheMonthAndKeepsItOnOneLine() {
        Element fr = html(site.resolve("fr/index.html")).selectFirst("time[datetime=2025-05-01]");
        Element en = html(site.resolve("en/index.html")).selectFirst("time[datetime=2025-05-01]");

        assertEquals(visible("1er~mai 2025"), fr.wholeText());
        assertEquals("<sup>er</sup>", fr.select("sup").outerHtml());
        assertEquals("May 1, 2025", en.wholeText());
    }

    @Test
    void timelineShowsTheDataTextsEmphasisAndAPlainTitleInItsSvg() {
        Document fr = html(site.resolve("fr/chronologie/index.html"));
        Element event = fr.selectFirst(".timeline-event");

        assertEquals(visible("1er~août 2024"), event.selectFirst("time").wholeText());
        assertEquals("<em>Van Buren</em>\u202F: la Cour précise la loi", event.selectFirst("h3").html());
        assertEquals(List.of("discovery"), event.select("p em").eachText());
        assertEquals(visible("Une décision sur la discovery, le 1er~août."), event.select("p").get(1).wholeText());
        assertEquals(visible("1er~août 2024\u202F: Van Buren\u202F: la Cour précise la loi"),
                fr.selectFirst("svg.overview-wide a").attr("aria-label"));
    }

    @Test
    void glossaryTermsKeepTheirEmphasisOnTheGlossaryPageAndInTheText() {
        Element entry = html(site.resolve("fr/glossaire/index.html")).selectFirst("dl.glossary");
        Element term = html(site.resolve("fr/index.html")).selectFirst("span.term");

        assertEquals("<em>certiorari</em>", entry.selectFirst("dfn").html());
        assertEquals(List.of("writ of certiorari"), entry.select(".glossary-short em").eachText());
        assertEquals("<em>certiorari</em>", term.selectFirst("a.term-link").html());
        assertEquals(List.of("writ of certiorari"), term.select(".term-definition em").eachText());
        assertEquals("certiorari", html(site.resolve("en/index.html")).selectFirst("a.term-link").html());
    }

    @Test
    void changesShowTheirEmphasisOnPagesAndStayPlainInTheFeed() {
        Element change = html(site.resolve("fr/index.html")).selectFirst(".page-change");
        String feed = TestSites.read(site.resolve("fr/feed.xml"));

        assertTrue(change.wholeText().startsWith(visible("Mise à jour, 1er~décembre 2026. L’ordonnance du 1er~août.")),
                change.wholeText());
        assertEquals(List.of("er", "er"), change.select("sup").eachText());
        assertTrue(feed.contains(visible("<title>Mise à jour\u202F: L’ordonnance du 1er~août</title>")), feed);
        assertTrue(feed.contains(visible("Ajoutée le 1er~décembre, sur la discovery.")), feed);
        assertFalse(feed.contains("sup"), feed);
    }

    @Test
    void titlesAndStructuredDataArePlainTextWithNoBreakSpaces() {
        Document fr = html(site.resolve("fr/index.html"));

        assertEquals(visible("Le 1er~août"), fr.selectFirst("h1").wholeText());
        assertTrue(fr.selectFirst("script[type=application/ld+json]").data().contains(visible("\"Le 1er~août\"")),
                fr.selectFirst("script[type=application/ld+json]").data());
    }
}
