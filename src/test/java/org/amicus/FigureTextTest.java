package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.amicus.build.Memos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.json.Json;

/**
 * The words of the figures drawn from data that a page places ({@code > [!FIGURE attack]}) are the page's words as
 * its reader sees them: its search document holds them in the section where the figure stands, and its reading
 * time counts them, in English and French. The fixture site {@code figure-text} gives each text of the figure a
 * word of its own (the takeaway's "boomerang" and « ricochet », the hidden description's "unseen" and
 * « invisibles »), and two pages of the same 290 words, one with the figure and one without. The figures a layout
 * draws, the damages on the home page and the overview on the timeline's, count in their reading time too.
 */
class FigureTextTest {

    private static final String NNBSP = "\u202F";

    @TempDir
    static Path dir;
    static Path project;
    static Path site;

    @BeforeAll
    static void build() {
        project = TestSites.withRealTemplates(dir.resolve("project"), "figure-text");
        TestSites.Run run = TestSites.build(project);
        assertEquals(0, run.exitCode(), run.err());
        site = project.resolve("site");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sections(String documents, String url) {
        Map<String, Object> list = new Json().toType(documents, Json.MAP_TYPE);
        return ((List<Map<String, Object>>) list.get("pages")).stream().filter(p -> p.get("url").equals(url))
                .map(p -> (List<Map<String, Object>>) p.get("sections")).findFirst().orElseThrow();
    }

    private static Map<String, Object> section(String lang, String url, String id) {
        return sections(TestSites.read(site.resolve(lang + "/search-documents.json")), url).stream()
                .filter(s -> s.get("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFiguresWordsAreSearchedInTheSectionWhereItStands() {
        assertEquals(Map.of("id", "path", "heading", "The path", "text", "How the attack went. How it travelled "
                        + "A boomerang through the servers. Messages NSO’s server the installation server The phone "
                        + "Information Sources: Northern District of California; Un journal."),
                section("en", "/en/the-ruling/", "path"));
    }

    @Test
    void theFiguresWordsAreSearchedInFrenchOnTheFrenchPage() {
        assertEquals(Map.of("id", "path", "heading", "Le trajet", "text", "Comment l’attaque s’est déroulée. "
                        + "Le trajet Un ricochet par les serveurs. Messages Serveur de NSO le serveur d’installation "
                        + "Le téléphone Informations Sources" + NNBSP + ": Northern District of California" + NNBSP
                        + "; Un journal."),
                section("fr", "/fr/la-decision/", "path"));
    }

    @Test
    void aChartDrawnForWideScreensAndForPhonesIsSearchedOnceWithoutItsTitleForScreenReaders() {
        assertEquals("The jury set them. The damages on one scale Punitive damages: $167,254,000 on May 6, 2025, "
                        + "then about $4\u00A0million on October 17, 2025. May 6, 2025: The verdict Punitive damages: "
                        + "$167,254,000 October 17, 2025: Damages cut Punitive damages: about $4\u00A0million Sources: "
                        + "Un journal.",
                section("en", "/en/the-ruling/", "damages").get("text"));
    }

    @Test
    void theDescriptionForScreenReadersIsNotSearched() {
        assertFalse(TestSites.read(site.resolve("en/search-documents.json")).contains("Unseen"));
        assertFalse(TestSites.read(site.resolve("fr/search-documents.json")).contains("invisibles"));
        assertTrue(html(site.resolve("en/the-ruling/index.html")).selectFirst("#figure-attack-desc.visually-hidden").text()
                .startsWith("Unseen boxes"), "the description is on the page, for screen readers");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en/with-figure/index.html       | Reading time: 2 minutes
        en/without-figure/index.html    | Reading time: 1 minute
        fr/avec-la-figure/index.html    | Temps de lecture : 2 minutes
        fr/sans-la-figure/index.html    | Temps de lecture : 1 minute
        """)
    void readingTimeCountsTheWordsOfTheFiguresAPagePlaces(String page, String expected) {
        assertEquals(expected, readingTime(page));
    }

    /**
     * The home's 293 words are a minute without the damages its layout draws, the timeline page's 270 words and its
     * two events 280 words without its overview: each figure makes them 2 minutes.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en/index.html                | Reading time: 2 minutes
        fr/index.html                | Temps de lecture : 2 minutes
        en/timeline/index.html       | Reading time: 2 minutes
        fr/chronologie/index.html    | Temps de lecture : 2 minutes
        """)
    void readingTimeCountsTheFigureALayoutDraws(String page, String expected) {
        assertEquals(expected, readingTime(page));
    }

    private static String readingTime(String page) {
        return html(site.resolve(page)).select(".page-meta li").last().text().replace(NNBSP, " ");
    }

    @Test
    void aLongLivedBuildSearchesAndCountsTheFiguresAsTheyAreAfterTheDataChanged() {
        Path served = dir.resolve("served");
        TestSites.copyTree(project, served);
        BuildOptions options = new BuildOptions(served, dir.resolve("out"), false, null, false);
        Memos memos = new Memos();
        Amicus.make(options, memos);
        Path figures = served.resolve("content/data/figures.yaml");
        TestSites.write(figures, TestSites.read(figures).replace("A boomerang through the servers.",
                "A boomerang through the servers, " + "and back again by the same servers, ".repeat(30) + "twice."));
        Path timeline = served.resolve("content/data/timeline.yaml");
        TestSites.write(timeline, TestSites.read(timeline).replace("usd: 4000000", "usd: 5000000"));

        SortedMap<String, String> again = text(Amicus.make(options, memos).files());
        assertEquals(text(Amicus.make(options, new Memos()).files()), again);
        assertTrue(again.get("en/search-documents.json").contains("and back again by the same servers"));
        assertTrue(again.get("en/search-documents.json").contains("about $5\u00A0million"));
        assertTrue(again.get("en/without-figure/index.html").contains("Reading time: 1 minute"));
        assertTrue(again.get("en/with-figure/index.html").contains("Reading time: 3 minutes"));
    }

    private static SortedMap<String, String> text(SortedMap<String, byte[]> files) {
        SortedMap<String, String> text = new TreeMap<>();
        files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }
}
