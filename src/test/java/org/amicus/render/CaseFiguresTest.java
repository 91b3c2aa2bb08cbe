package org.amicus.render;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.amicus.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case status on the home page and the figures drawn from timeline.yaml (the timeline's overview, the damages on
 * one scale), built with the real templates from the fixture site {@code case-figures}, in English and French.
 */
class CaseFiguresTest {

    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.withRealTemplates(dir, "case-figures"));
        assertEquals(0, run.exitCode(), run.err());
        site = dir.resolve("site");
    }

    private static Document page(String path) {
        return html(site.resolve(path + "index.html"));
    }

    @Test
    void theStatusLineGivesEachStepItsMilestoneAndTheStepInProgress() {
        List<Element> steps = page("en/").select(".case-status .status-step");
        assertEquals(List.of("Liability Found liable, December 20, 2024 ✓ done",
                "Damages Verdict, May 6, 2025 ✓ done",
                "Injunction Injunction, October 17, 2025 in progress",
                "Appeal not yet"), steps.stream().map(Element::text).toList());
        assertEquals(List.of("status-step status-done", "status-step status-done", "status-step status-current",
                "status-step status-next"), steps.stream().map(Element::className).toList());
        assertEquals(List.of("/en/timeline/#event-2024-12-20", "/en/timeline/#event-2025-05-06",
                "/en/timeline/#event-2025-10-17"), page("en/").select(".status-step a").eachAttr("href"));
        assertEquals("Case status as of December 1, 2026", page("en/").selectFirst("#case-status-title").text());
    }

    @Test
    void theStatusLineIsInFrenchWithFrenchDatesAndLinks() {
        Document fr = page("fr/");
        assertEquals("Responsabilité Jugée responsable, 20" + NBSP + "décembre 2024 ✓ étape franchie",
                fr.selectFirst(".status-step").wholeText().strip().replaceAll("\\s*\\n\\s*", " "));
        assertEquals("/fr/chronologie/#event-2024-12-20", fr.selectFirst(".status-step a").attr("href"));
        assertEquals("État de la procédure au 1er décembre 2026", fr.selectFirst("#case-status-title").text());
        assertEquals("Dernier événement" + NNBSP + ": Une injonction et des dommages-intérêts réduits, 17" + NBSP
                + "octobre 2025.", fr.selectFirst(".status-latest").wholeText());
    }

    @Test
    void theLatestEventOfTheStatusLeavesOutSeparateCases() {
        Element latest = page("en/").selectFirst(".status-latest");
        assertEquals("Latest event: An injunction, and damages cut, October 17, 2025.", latest.text());
        assertEquals("/en/timeline/#event-2025-10-17", latest.selectFirst("a").attr("href"));
    }

    @Test
    void theHomeLeadsWithTheStatusAndEndsWithItsSourcesThenTheWayToPartTwo() {
        Element article = page("en/").selectFirst("article.page-home");
        List<String> order = article.children().stream().map(Element::className)
                .filter(c -> !c.isEmpty()).toList();
        assertEquals(List.of("page-header", "case-status", "prose", "data-figure data-figure-damages", "page-list",
                "page-sources", "part-nav", "back-to-top"), order.stream().filter(c -> !c.equals("toc")).toList());
    }

    @Test
    void eachEventHasAnAnchorAndASecondEventOfADayItsOwn() {
        assertEquals(List.of("event-2019-05", "event-2019-10-29", "event-2021-06-03", "event-2024-12-20",
                "event-2025-05-06", "event-2025-05-06-2", "event-2025-10-17", "event-2025-11"),
                page("fr/chronologie/").select("li.timeline-event").eachAttr("id"));
        assertEquals(List.of("event-2021-06-03", "event-2025-11"),
                page("en/timeline/").select("li.timeline-separate").eachAttr("id"));
    }

    @Test
    void theOverviewHasATitleATakeawayAndASourceLine() {
        Element en = page("en/timeline/").selectFirst("figure.data-figure-overview");
        assertEquals("The case at a glance", en.selectFirst("figcaption h2").text());
        assertEquals("8 events, May 2019 – November 2025; the case is now in its last phase: Injunction.",
                en.selectFirst(".figure-takeaway").text());
        assertEquals("Source: the 8 events below, each with its sources. Each mark leads to its event.",
                en.selectFirst(".figure-source").text());
        Element fr = page("fr/chronologie/").selectFirst("figure.data-figure-overview");
        assertEquals("L’affaire d’un coup d’œil", fr.selectFirst("figcaption h2").text());
        assertEquals("8 événements, mai 2019 – novembre 2025" + NNBSP + "; l’affaire en est à sa dernière phase" + NNBSP
                + ": Injonction.", fr.selectFirst(".figure-takeaway").wholeText());
    }

    @Test
    void everyMarkOfBothDrawingsLinksToItsEventOnThePage() {
        for (String path : List.of("en/timeline/", "fr/chronologie/")) {
            Document timeline = page(path);
            Set<String> events = new TreeSet<>(timeline.select("li.timeline-event").eachAttr("id"));
            for (String drawing : List.of("svg.overview-wide", "svg.overview-narrow")) {
                List<String> targets = timeline.select(drawing + " a").eachAttr("href");
                assertEquals(events.size(), targets.size(), path + drawing);
                assertEquals(events, new TreeSet<>(targets.stream().map(h -> h.substring(1)).toList()), path + drawing);
                assertTrue(targets.stream().allMatch(h -> h.startsWith("#")), targets::toString);
            }
        }
        assertEquals("October 17, 2025: An injunction, and damages cut",
                page("en/timeline/").selectFirst("svg.overview-wide a[href=#event-2025-10-17]").attr("aria-label"));
        assertEquals("17" + NBSP + "octobre 2025" + NNBSP + ": Une injonction et des dommages-intérêts réduits",
                page("fr/chronologie/").selectFirst("svg.overview-narrow a[href=#event-2025-10-17]").attr("aria-label"));
    }

    @Test
    void theOverviewNamesItsMilestonesAndPhasesAndTellsSeparateCasesApart() {
        Document en = page("en/timeline/");
        for (String drawing : List.of("svg.overview-wide", "svg.overview-narrow")) {
            assertEquals(List.of("Lawsuit", "Found liable", "Verdict", "Injunction"),
                    en.select(drawing + " .overview-label").eachText(), drawing);
            assertEquals(List.of("Attack and lawsuit", "Liability", "Damages", "Injunction"),
                    en.select(drawing + " .overview-phase").eachText(), drawing);
            assertEquals(List.of("#event-2021-06-03", "#event-2025-11"),
                    en.select(drawing + " a:has(circle.overview-separate)").eachAttr("href"), drawing);
            assertEquals(4, en.select(drawing + " rect.overview-band").size(), drawing);
        }
        assertEquals(List.of("Plainte", "Jugée responsable", "Verdict", "Injonction"),
                page("fr/chronologie/").select("svg.overview-wide .overview-label").eachText());
    }

    @Test
    void theDamagesFigureStatesItsTakeawayAndSources() {
        Element en = page("en/").selectFirst("figure.data-figure-damages");
        assertEquals("The damages on one scale", en.selectFirst("figcaption h2").text());
        assertEquals("Punitive damages: $167,254,000 on May 6, 2025, then about $4" + NBSP + "million on October 17, 2025.",
                en.selectFirst(".figure-takeaway").wholeText());
        assertEquals("Sources: Un journal; Northern District of California.", en.selectFirst(".figure-source").text());
        Element fr = page("fr/").selectFirst("figure.data-figure-damages");
        assertEquals("Dommages-intérêts punitifs" + NNBSP + ": 167" + NNBSP + "254" + NNBSP + "000" + NBSP
                + "dollars le 6" + NBSP + "mai 2025, puis environ 4" + NBSP + "millions de dollars le 17" + NBSP
                + "octobre 2025.", fr.selectFirst(".figure-takeaway").wholeText());
    }

    @Test
    void theDamagesAreBarsOfOneScaleWithTheirAmounts() {
        for (String drawing : List.of("svg.damages-wide", "svg.damages-narrow")) {
            Element svg = page("en/").selectFirst(drawing);
            assertEquals(List.of("Compensatory damages: $444,719", "Punitive damages: $167,254,000",
                    "Punitive damages: about $4 million"), svg.select(".damages-label").eachText(), drawing);
            List<Double> widths = svg.select("rect.damages-bar").stream()
                    .map(r -> Double.parseDouble(r.attr("width"))).toList();
            assertEquals(444_719 / 167_254_000.0, widths.get(0) / widths.get(1), 0.002, widths::toString);
            assertEquals(4_000_000 / 167_254_000.0, widths.get(2) / widths.get(1), 0.002, widths::toString);
            assertEquals(List.of("damages-bar", "damages-bar", "damages-bar damages-approximate"),
                    svg.select("rect.damages-bar").eachAttr("class"));
            assertEquals("img", svg.attr("role"));
            assertNotNull(svg.getElementById(svg.attr("aria-labelledby").split(" ")[1]), drawing);
        }
        assertEquals(List.of("Dommages-intérêts compensatoires" + NNBSP + ": 444" + NNBSP + "719" + NBSP + "dollars",
                "Dommages-intérêts punitifs" + NNBSP + ": 167" + NNBSP + "254" + NNBSP + "000" + NBSP + "dollars",
                "Dommages-intérêts punitifs" + NNBSP + ": environ 4" + NBSP + "millions de dollars"),
                page("fr/").select("svg.damages-wide .damages-label").stream().map(Element::wholeText).toList());
    }
}
