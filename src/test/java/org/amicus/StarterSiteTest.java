package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The real site of this repository (content/ and templates/), built with --strict, in both languages. */
class StarterSiteTest {

    @TempDir
    static Path out;
    static TestSites.Run run;

    /** Pairs of counterpart pages: English URL, French URL. */
    static Stream<String[]> pairs() {
        return Stream.of(new String[] {"en/", "fr/"}, new String[] {"en/the-case/", "fr/l-affaire/"},
                new String[] {"en/the-ruling/", "fr/la-decision/"});
    }

    @BeforeAll
    static void buildTheRealSite() {
        run = TestSites.run("build", "--strict", "--project", Path.of("").toAbsolutePath().toString(),
                "--out", out.toString());
    }

    static Document page(String url) {
        return html(out.resolve(url).resolve("index.html"));
    }

    @Test
    void theSiteBuildsStrictWithEveryPageInBothLanguages() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("en 3 pages, fr 3 pages; translations missing: none"), run.out());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void eachPageLeadsToItsCounterpartAndDeclaresItForSearchEngines(String en, String fr) {
        Document english = page(en);
        Document french = page(fr);
        assertEquals("en-US", english.selectFirst("html").attr("lang"));
        assertEquals("fr-FR", french.selectFirst("html").attr("lang"));
        String base = "https://whatsapp-nso.example.org/";
        assertEquals(base + en, english.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(base + fr, french.selectFirst("link[rel=canonical]").attr("href"));
        for (Document d : List.of(english, french)) {
            assertEquals(base + en, d.selectFirst("link[rel=alternate][hreflang=en-US]").attr("href"));
            assertEquals(base + fr, d.selectFirst("link[rel=alternate][hreflang=fr-FR]").attr("href"));
            assertEquals(base + en, d.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
        }
        assertEquals("/" + fr, english.selectFirst("a[hreflang=fr-FR][data-shared-anchors]").attr("href"));
        assertEquals("/" + en, french.selectFirst("a[hreflang=en-US][data-shared-anchors]").attr("href"));
    }

    @Test
    void sectionsWithTheSameIdInBothLanguagesKeepTheReadersPlace() {
        String shared = page("en/the-ruling/").selectFirst("a[hreflang=fr-FR][data-shared-anchors]")
                .attr("data-shared-anchors");
        assertTrue(List.of(shared.split(" ")).contains("sanctions"), shared);
    }

    @Test
    void frenchPagesHaveFrenchTypographyOutsideCode() {
        for (String url : List.of("fr/", "fr/l-affaire/", "fr/la-decision/")) {
            Element prose = page(url).selectFirst("main");
            String text = prose.text();
            // A normal space (or none) before ; : ! ? is what French typography forbids.
            var wrong = Pattern.compile("[\\p{L}\\p{N}][ \u00A0]?[;!?»]|« ").matcher(withoutCode(prose));
            assertFalse(wrong.find(), url + ": " + (wrong.find(0) ? wrong.group() : "") );
            assertFalse(text.contains("\""), url + " has a straight double quote");
        }
    }

    private static String withoutCode(Element element) {
        Element copy = element.clone();
        copy.select("code, pre").remove();
        return copy.text().replaceAll("https?://\\S+", "");
    }

    @ParameterizedTest
    @CsvSource({"en/the-case/, 27 November 2026", "fr/l-affaire/, 27 novembre 2026"})
    void datesAreLocalized(String url, String text) {
        assertTrue(page(url).select("time").eachText().contains(text), page(url).select("time").eachText()
                .toString());
    }

    @Test
    void noPageCallsCivilLiabilityACrimeOrAFine() {
        Pattern english = Pattern.compile("\\b(guilty|convicted|conviction|fined?)\\b", Pattern.CASE_INSENSITIVE);
        Pattern french = Pattern.compile("coupable|amende|condamn", Pattern.CASE_INSENSITIVE);
        for (String url : List.of("en/", "en/the-case/", "en/the-ruling/")) {
            var match = english.matcher(page(url).selectFirst("main").text());
            assertFalse(match.find(), url + ": " + (match.find(0) ? match.group() : ""));
        }
        for (String url : List.of("fr/", "fr/l-affaire/", "fr/la-decision/")) {
            var match = french.matcher(page(url).selectFirst("main").text());
            assertFalse(match.find(), url + ": " + (match.find(0) ? match.group() : ""));
        }
    }

    @Test
    void theReducedAwardIsNeverGivenAsAnExactFigure() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("4,002,471") || text.contains("4 002 471")
                        || text.contains("4\u202F002\u202F471"), file + " prints a derived figure");
            }
        }
    }

    @Test
    void landingPageOffersBothLanguages() {
        Document landing = html(out.resolve("index.html"));
        assertEquals(List.of("/en/", "/fr/"), landing.select("main a[href=/en/], main a[href=/fr/]").eachAttr("href"));
    }

    static {
        if (!Files.isDirectory(Path.of("content"))) {
            throw new UncheckedIOException(new IOException("run the tests from the repository root"));
        }
    }
}
