package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real explainer of this repository (content/ and templates/), built with --strict, in both languages:
 * every page paired, the required pages and counts there, the editorial rules kept.
 */
class StarterSiteTest {

    /** Every page the explainer must have, by English URL → French URL. */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("en/", "fr/");
        REQUIRED.put("en/the-case/", "fr/l-affaire/");
        REQUIRED.put("en/the-cfaa/", "fr/la-loi-cfaa/");
        REQUIRED.put("en/the-ruling/", "fr/la-decision/");
        REQUIRED.put("en/damages-and-injunction/", "fr/dommages-interets-et-injonction/");
        REQUIRED.put("en/timeline/", "fr/chronologie/");
        REQUIRED.put("en/why-it-matters/", "fr/pourquoi-c-est-important/");
        REQUIRED.put("en/glossary/", "fr/glossaire/");
        REQUIRED.put("en/faq/", "fr/questions-frequentes/");
        REQUIRED.put("en/sources/", "fr/sources/");
        REQUIRED.put("en/about/", "fr/a-propos/");
    }

    /** The id of the section that says where the case stands, on the pages that have one. */
    static final Map<String, String> STATUS_SECTION = Map.of("en/", "status", "fr/", "status",
            "en/damages-and-injunction/", "appeal", "fr/dommages-interets-et-injonction/", "appeal");

    static Path out;
    static TestSites.Run run;

    /** Pairs of counterpart pages: English URL, French URL. */
    static Stream<String[]> pairs() {
        return REQUIRED.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()});
    }

    @BeforeAll
    static void buildTheRealSite() {
        run = RealSite.strict().run();
        out = RealSite.strict().out();
    }

    static Document page(String url) {
        return html(out.resolve(url).resolve("index.html"));
    }

    @Test
    void theSiteBuildsStrictWithEveryPageInBothLanguages() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("en 13 pages, fr 13 pages; translations missing: none; stale: none"),
                run.out());
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
        for (String url : REQUIRED.values()) {
            Element prose = page(url).selectFirst("main");
            String text = prose.text();
            // A normal space (or none) before ; : ! ? is what French typography forbids.
            var wrong = Pattern.compile("[\\p{L}\\p{N}][ \u00A0]?[;!?»]|« ").matcher(withoutCode(prose));
            assertFalse(wrong.find(), url + ": " + (wrong.find(0) ? wrong.group() : "") );
            assertFalse(text.contains("\""), url + " has a straight double quote");
        }
    }

    /**
     * Where a French line must not break, it cannot: a day and its month, « 1er » and what follows, « n° » and
     * « § » and their number are joined by a no-break space, on every French page (jsoup's {@code text()} would
     * hide the difference, so {@code wholeText()}); and « 1er » is always printed 1<sup>er</sup>. SVG titles are
     * plain text, where « 1er » cannot be raised.
     */
    @Test
    void frenchPagesKeepDatesNumbersAndSignsOnOneLineAndRaiseTheFirst() {
        Pattern breakable = Pattern.compile("\\b1er\\s|\\bn°\\s|§\\s|(?<![\\p{N}.,])(?:[12]?\\d|3[01])[ \\t\\n]"
                + "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b");
        Pattern flatFirst = Pattern.compile("\\b1er\\b");
        for (Path file : RealSite.pages(out.resolve("fr"))) {
            Element body = html(file).body();
            body.select("code, pre, svg, [lang]:not([lang^=fr])").remove();
            var wrong = breakable.matcher(body.wholeText());
            assertFalse(wrong.find(), file + ": a breakable space in «" + (wrong.find(0) ? wrong.group() : "") + "»");
            for (var text : body.select("*").textNodes()) {
                assertFalse(flatFirst.matcher(text.getWholeText()).find(), file + ": « 1er » not raised in «"
                        + text.getWholeText().strip() + "»");
            }
        }
    }

    /** The French text of an element: code, and words in another language (titles of English sources), removed. */
    private static String withoutCode(Element element) {
        Element copy = element.clone();
        copy.select("code, pre, [lang]:not([lang^=fr])").remove();
        return copy.text().replaceAll("https?://\\S+", "");
    }

    @ParameterizedTest
    @CsvSource({"en/the-case/, 'November 27, 2026'", "fr/l-affaire/, 27 novembre 2026"})
    void datesAreLocalized(String url, String text) {
        assertTrue(page(url).select("time").eachText().contains(text), page(url).select("time").eachText()
                .toString());
    }

    @Test
    void noPageCallsCivilLiabilityACrimeOrAFine() {
        Pattern english = Pattern.compile("\\b(guilty|convicted|conviction|fined?)\\b", Pattern.CASE_INSENSITIVE);
        // « plaignant » belongs to a criminal complaint; « ordonnance de protection » is a family-law order.
        Pattern french = Pattern.compile("coupable|amende|condamn|plaignant|ordonnance de protection",
                Pattern.CASE_INSENSITIVE);
        for (String url : REQUIRED.keySet()) {
            var match = english.matcher(page(url).selectFirst("main").text());
            assertFalse(match.find(), url + ": " + (match.find(0) ? match.group() : ""));
        }
        for (String url : REQUIRED.values()) {
            var match = french.matcher(withoutCode(page(url).selectFirst("main")));
            assertFalse(match.find(), url + ": " + (match.find(0) ? match.group() : ""));
        }
    }

    /** Figures and dates the fact sheet marks UNCONFIRMED or derived: none may appear. */
    @ParameterizedTest
    @ValueSource(strings = {"4,002,471", "4 002 471", "4\u202F002\u202F471", "376.1", "376,1", "April 29, 2019",
        "29 avril 2019", "May 10, 2019", "10 mai 2019", "May 13, 2019", "13 mai 2019", "October 2, 2024",
        "2 octobre 2024", "zéro clic", " référé", "'référé", "December 20, 2022", "20 décembre 2022"})
    void noUnconfirmedFigureOrDateAppears(String unconfirmed) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                assertFalse(Files.readString(file).contains(unconfirmed), file + " contains " + unconfirmed);
            }
        }
    }

    @Test
    void theExplainerHasTheRequiredCounts() {
        assertTrue(page("en/timeline/").select(".timeline-event").size() >= 15, "timeline events");
        assertTrue(page("fr/glossaire/").select("dl.glossary dt").size() >= 25, "glossary terms");
        assertTrue(page("en/sources/").select("ul.sources > li").size() >= 25, "sources");
        for (String faq : List.of("en/faq/", "fr/questions-frequentes/")) {
            long questions = page(faq).select(".prose h2, .prose h3").stream().filter(h -> h.text().endsWith("?")).count();
            assertTrue(questions >= 10, faq + " has " + questions + " questions");
        }
        var courtFirst = page("en/sources/").select(".sources-group h2").eachAttr("id");
        assertEquals("court-documents", courtFirst.get(0));
    }

    /** Every paragraph of facts (a sentence with a figure or a date) says where it comes from. */
    @ParameterizedTest
    @MethodSource("pairs")
    void everyFactualParagraphCitesASource(String en, String fr) {
        Pattern fact = Pattern.compile("\\d{4}|\\$|\\d+\\s?%|\\d[\\d,\u202F ]{3,}");
        if (en.equals("en/sources/") || en.equals("en/about/")) {
            return; // method pages: they describe how the explainer was made, not the case
        }
        for (String url : List.of(en, fr)) {
            for (Element paragraph : page(url).select(".prose > p, .prose > ul > li, .prose > ol > li")) {
                Element list = paragraph.tagName().equals("li") ? paragraph.parent() : null;
                Element intro = list == null ? null : list.previousElementSibling();
                boolean cited = !paragraph.select("sup.citation").isEmpty()
                        || intro != null && !intro.select("sup.citation").isEmpty();
                // The dates of our own reviews are not facts about the case.
                String text = paragraph.text().replace("November 27, 2026", "").replace("27 novembre 2026", "")
                        .replace("December 1, 2026", "").replace("1er décembre 2026", "");
                boolean introducesCitedList = text.endsWith(":") && paragraph.nextElementSibling() != null
                        && !paragraph.nextElementSibling().select("sup.citation").isEmpty();
                // A list of links to other pages (a menu in the text) describes pages, not facts.
                boolean isPageLink = list != null && paragraph.childrenSize() > 0
                        && paragraph.child(0).tagName().equals("a") && text.startsWith(paragraph.child(0).text());
                if (fact.matcher(text).find() && !cited && !introducesCitedList && !isPageLink) {
                    throw new AssertionError(url + ": a paragraph with facts cites no source: " + paragraph.text());
                }
            }
        }
    }

    /** What a strict Content-Security-Policy (script-src 'self'; style-src 'self') would block: none of it. */
    @Test
    void noPageHasInlineScriptsStylesOrThirdPartyRequests() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = html(file);
                String where = out.relativize(file).toString();
                assertTrue(d.select("script:not([src]):not([type=application/ld+json])").isEmpty(), where);
                assertTrue(d.select("[style], style").isEmpty(), where + " has inline style");
                assertTrue(d.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                        .noneMatch(a -> a.getKey().startsWith("on")), where + " has an inline event handler");
                for (Element e : d.select("script[src], link[href][rel=stylesheet], img[src], link[rel=icon]")) {
                    String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    assertTrue(url.startsWith("/"), where + " loads " + url + " from another site");
                }
            }
        }
    }

    /** Hosts that ignore _headers (GitHub Pages) still enforce the policy: every page carries it, first in <head>. */
    @Test
    void everyPageCarriesTheContentSecurityPolicyOfTheHeadersFile() throws IOException {
        String header = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
        assertTrue(TestSites.read(out.resolve("_headers")).contains("Content-Security-Policy: " + header
                + "; frame-ancestors 'none'\n"));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Element meta = html(file).head().child(1);
                assertEquals("Content-Security-Policy", meta.attr("http-equiv"), out.relativize(file).toString());
                assertEquals(header, meta.attr("content"), out.relativize(file).toString());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesCarrySocialCardsAndStructuredData() throws Exception {
        Document fr = page("fr/la-decision/");
        assertEquals("fr_FR", fr.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("en_US", fr.selectFirst("meta[property=og:locale:alternate]").attr("content"));
        assertEquals("https://whatsapp-nso.example.org/static/images/social-fr.png",
                fr.selectFirst("meta[property=og:image]").attr("content"));
        assertTrue(Files.isRegularFile(out.resolve("static/images/social-fr.png")));
        assertEquals("summary_large_image", fr.selectFirst("meta[name=twitter:card]").attr("content"));
        // Read the JSON-LD as a search engine would: it must be valid JSON.
        Map<String, Object> jsonLd = new Json().toType(fr.selectFirst("script[type=application/ld+json]").data(),
                Json.MAP_TYPE);
        List<Map<String, Object>> graph = (List<Map<String, Object>>) jsonLd.get("@graph");
        Map<String, Object> article = graph.get(0);
        List<Map<String, Object>> breadcrumbs = (List<Map<String, Object>>) graph.get(1).get("itemListElement");
        assertEquals("Article fr-FR 2026-11-27 Amicus BreadcrumbList 2 https://whatsapp-nso.example.org/fr/",
                Stream.of(article.get("@type"), article.get("inLanguage"), article.get("datePublished"),
                        ((Map<?, ?>) article.get("publisher")).get("name"), graph.get(1).get("@type"),
                        breadcrumbs.size(), breadcrumbs.get(0).get("item")).map(String::valueOf)
                        .collect(Collectors.joining(" ")));
    }

    /** The latest event of the timeline: its date as the prose of each language writes it. */
    private static String latestEvent(String lang) throws IOException {
        // Read as text: SnakeYAML would turn 2023-11-15 into a java.util.Date.
        String latest = Pattern.compile("(?m)^- date: ([0-9-]+)").matcher(
                Files.readString(Path.of("content/data/timeline.yaml"))).results().map(m -> m.group(1))
                .max(String::compareTo).orElseThrow();
        Locale locale = lang.equals("fr") ? Locale.FRENCH : Locale.US;
        if (latest.length() == 7) {
            return YearMonth.parse(latest).format(DateTimeFormatter.ofPattern("MMMM uuuu",
                    locale));
        }
        LocalDate day = LocalDate.parse(latest);
        String pattern = lang.equals("fr") ? (day.getDayOfMonth() == 1 ? "d'er' MMMM uuuu" : "d MMMM uuuu")
                : "MMMM d, uuuu";
        return day.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** The text of a section: its heading and what follows it up to the next heading of the same level. */
    private static String section(Document page, String id) {
        Element heading = page.getElementById(id);
        assertTrue(heading != null, "no section #" + id);
        StringBuilder text = new StringBuilder(heading.text());
        for (Element e = heading.nextElementSibling(); e != null && !e.tagName().equals(heading.tagName());
             e = e.nextElementSibling()) {
            text.append(' ').append(e.text());
        }
        return text.toString();
    }

    @ParameterizedTest
    @CsvSource({"en/, en", "fr/, fr", "en/damages-and-injunction/, en", "fr/dommages-interets-et-injonction/, fr"})
    void whereTheCaseStandsNamesTheLatestEventOfTheTimeline(String url, String lang) throws IOException {
        String status = section(page(url), STATUS_SECTION.get(url));
        assertTrue(status.contains(latestEvent(lang)), url + " does not name " + latestEvent(lang) + ": " + status);
    }

    /**
     * The damages page places the figure drawn from timeline.yaml ({@code [!FIGURE damages]}) that the home shows:
     * the same drawings, so that the two never disagree.
     */
    @ParameterizedTest
    @CsvSource({"en/, en/damages-and-injunction/", "fr/, fr/dommages-interets-et-injonction/"})
    void theDamagesPageShowsTheHomesChartOfTheTimeline(String home, String damages) throws IOException {
        List<String> onHome = page(home).select(".data-figure-damages svg").eachAttr("viewBox");
        assertEquals(2, onHome.size(), home);
        assertEquals(page(home).select(".data-figure-damages .figure-drawing").outerHtml(),
                page(damages).select(".prose .data-figure-damages .figure-drawing").outerHtml(), damages);
    }

    /** The ruling draws the attack's path from figures.yaml: its three places, in order, as the court described it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en/the-ruling/|NSO’s installation server; WhatsApp’s servers; The target’s phone",
            "fr/la-decision/|Serveur d’installation de NSO; Serveurs de WhatsApp; Téléphone de la cible"})
    void theRulingDrawsTheAttacksPathFromTheData(String url, String places) throws IOException {
        assertEquals(List.of(places.split("; ")), page(url).select(".prose .data-figure-attack .path-label").eachText());
    }

    /** Lower case, every kind of space a plain one: how a sum reads, whatever the typography. */
    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\u00A0\u202F]+", " ");
    }

    /** Every source that supports a fact (cited in a page or by a timeline event) has a date, or says it has none. */
    @Test
    void everyCitedSourceHasADateOrIsMarkedUndated() throws IOException {
        List<Map<String, Object>> sources = new org.yaml.snakeyaml.Yaml().load(
                Files.readString(Path.of("content/data/sources.yaml")));
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        sources.forEach(s -> byKey.put(String.valueOf(s.get("key")), s));
        Set<String> cited = new TreeSet<>();
        Pattern citation = Pattern.compile("\\[@([a-z0-9-]+)");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                citation.matcher(Files.readString(file)).results().forEach(m -> cited.add(m.group(1)));
            }
        }
        List<Map<String, Object>> events = new org.yaml.snakeyaml.Yaml().load(
                Files.readString(Path.of("content/data/timeline.yaml")));
        events.forEach(e -> ((List<?>) e.get("sources")).forEach(k -> cited.add(String.valueOf(k))));
        List<String> undated = cited.stream().filter(k -> byKey.containsKey(k) && !byKey.get(k).containsKey("date")
                && !Boolean.TRUE.equals(byKey.get(k).get("undated"))).toList();
        assertEquals(List.of(), undated, "cited sources with no date and no `undated: true`");
    }

    /**
     * Words that a source paraphrased (LiveLaw's British spelling of the order) or a court's words cut short:
     * they may be printed, but never between quotation marks as if the court wrote them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"favour", "authorisation", "authorised", "no merit in the arguments",
        "aucun fondement aux arguments"})
    void knownParaphrasesAreNeverQuoted(String paraphrase) throws IOException {
        Pattern quoted = Pattern.compile("[“«]([^”»]*)[”»]");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Element main = html(file).selectFirst("main");
                if (main == null) {
                    continue;
                }
                quoted.matcher(main.text()).results().map(m -> m.group(1)).forEach(quote -> {
                    assertFalse(quote.toLowerCase(Locale.ROOT).contains(paraphrase),
                            out.relativize(file) + " quotes a paraphrase: " + quote);
                    assertFalse(quote.contains("fully acknowledge") && !quote.contains("appear to fully acknowledge"),
                            out.relativize(file) + " cuts the court's \"appear to\": " + quote);
                });
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
