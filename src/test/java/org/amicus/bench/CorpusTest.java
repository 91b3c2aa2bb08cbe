package org.amicus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amicus.Amicus;
import org.amicus.BuildOptions;
import org.amicus.BuildResult;
import org.amicus.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's corpus (src/bench/Corpus.java, run as the benchmark runs it): the same bytes from the same
 * arguments, the same pages at the same URLs in the three layouts, articles as the README describes them, and an
 * Amicus version that builds with {@code --strict}.
 */
class CorpusTest {

    private static final int ARTICLES = 3;
    private static final Pattern INTERNAL_LINK = Pattern.compile("\\]\\((?!https://)([^)]+)\\)");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\]\\(https://[^)]+\\)");
    private static final Pattern FOOTNOTE = Pattern.compile("(?m)^\\[\\^\\d+\\]: ");

    @TempDir
    static Path dir;
    static Path corpus;

    @BeforeAll
    static void writeOnce() throws Exception {
        corpus = corpus(dir.resolve("first"));
    }

    @Test
    void theSameArgumentsWriteTheSameBytes() throws Exception {
        Map<String, String> again = TestSites.snapshot(corpus(dir.resolve("second")));
        assertEquals(TestSites.snapshot(corpus), again);
        assertTrue(again.containsKey("amicus/content/fr/les-contrats/fiche-00003.md"), again.keySet().toString());
    }

    @Test
    void eachLanguageHasItsHomeTenSectionsAndTheArticles() {
        List<String> pages = pages(corpus);
        assertEquals(1 + 2 * (1 + 10 + ARTICLES), pages.size(), pages.toString());
        assertTrue(pages.containsAll(List.of("/", "/en/", "/fr/", "/en/privacy/", "/fr/la-vie-privee/",
                "/en/the-courts/note-00001/", "/fr/les-tribunaux/fiche-00001/", "/en/contracts/note-00003/",
                "/fr/les-contrats/fiche-00003/")), pages.toString());
    }

    @Test
    void amicusHugoAndEleventySourcesGiveThePagesOfPagesTxt() throws IOException {
        assertSameUrlsInTheThreeLayouts(corpus);
    }

    @Test
    void withSearchEachLanguageAlsoHasASearchPageInTheThreeLayouts() throws Exception {
        Path withSearch = corpus(dir.resolve("search"), "--search");
        List<String> expected = new ArrayList<>(pages(corpus));
        expected.addAll(List.of("/en/search/", "/fr/recherche/"));
        assertEquals(new TreeSet<>(expected), new TreeSet<>(pages(withSearch)));
        assertSameUrlsInTheThreeLayouts(withSearch);
        assertTrue(TestSites.read(withSearch.resolve("hugo/config.toml"))
                .contains("home = [\"HTML\", \"RSS\", \"SearchIndex\"]"));
        assertTrue(Files.isRegularFile(withSearch.resolve("eleventy/content/fr/search-index.njk")));
        assertTrue(Files.isRegularFile(withSearch.resolve("amicus/templates/static/js/vendor/lunr.fr.js")));
    }

    @Test
    void theAmicusCorpusBuildsStrictToThePagesOfPagesTxt() throws IOException {
        Path out = dir.resolve("amicus-site");
        BuildResult result = Amicus.build(new BuildOptions(corpus.resolve("amicus"), out, false, null, true));
        assertEquals(Map.of("en", 11 + ARTICLES, "fr", 11 + ARTICLES), result.pagesPerLanguage());
        assertEquals(List.of(), result.warnings());
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.getFileName().toString().equals("index.html")).forEach(f -> written.add(
                    "/" + out.relativize(f.getParent()).toString().replace('\\', '/') + (f.getParent().equals(out) ? "" : "/")));
        }
        assertEquals(new TreeSet<>(pages(corpus)), written);
    }

    @Test
    void articlesHaveTheStructureTheReadmePromisesInBothLanguages() {
        for (String file : List.of("en/the-courts/note-00001.md", "fr/les-tribunaux/fiche-00001.md",
                "en/contracts/note-00003.md", "fr/les-contrats/fiche-00003.md")) {
            String text = TestSites.read(corpus.resolve("amicus/content/" + file));
            String body = text.substring(text.indexOf("\n---\n") + 5);
            assertTrue(text.matches("(?s)---\ntitle: \"[^\"]+\"\ndescription: \"[^\"]+\"\ndate: \\d{4}-\\d\\d-\\d\\d\n"
                    + "translationKey: a0000\\d\n---\n.*"), file);
            assertEquals(4, count(Pattern.compile("(?m)^## "), body), file);
            assertEquals(2, count(Pattern.compile("(?m)^### "), body), file);
            assertEquals(1, count(Pattern.compile("(?m)^\\| --- \\| --- \\| ---: \\|$"), body), file);
            assertTrue(count(Pattern.compile("(?m)^(- |\\d\\. )"), body) >= 4, file);
            assertEquals(9, count(INTERNAL_LINK, body), file);
            assertEquals(3, count(EXTERNAL_LINK, body), file);
            int footnotes = count(FOOTNOTE, body);
            assertTrue(footnotes == 2 || footnotes == 3, file + ": " + footnotes);
            int words = body.replaceAll("\\]\\([^)]+\\)|<https://[^>]+>|[#|*`\\[\\]^-]", " ").trim().split("\\s+").length;
            assertTrue(words >= 700 && words <= 950, file + ": " + words + " words");
        }
        String french = TestSites.read(corpus.resolve("amicus/content/fr/les-tribunaux/fiche-00001.md"));
        assertTrue(french.matches("(?s).*[éèàêç].*"), "French text has accents");
    }

    @Test
    void amicusLinksByFileAndTheOthersByUrlToTheSamePages() {
        String file = "/les-contrats/fiche-00003.md";
        List<String> amicus = targets(TestSites.read(corpus.resolve("amicus/content/fr" + file)));
        List<String> hugo = targets(TestSites.read(corpus.resolve("hugo/content/fr" + file)));
        assertEquals(hugo, targets(TestSites.read(corpus.resolve("eleventy/content/fr" + file))));
        assertEquals(hugo, amicus.stream().map(link -> "/fr/" + Path.of("les-contrats").resolve(link).normalize()
                .toString().replace('\\', '/').replaceAll("(_index)?\\.md$", "").replaceAll("([^/])$", "$1/")).toList());
    }

    /** Writes the corpus as the benchmark does: {@code java src/bench/Corpus.java OUT 3}, from the project's root. */
    private static Path corpus(Path out, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "src/bench/Corpus.java", out.toString(), Integer.toString(ARTICLES)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return out;
    }

    private static List<String> pages(Path corpus) {
        return TestSites.read(corpus.resolve("pages.txt")).lines().toList();
    }

    /** Each generator writes its language homes and "/" (Amicus's landing page, Hugo's redirect to /en/). */
    private static void assertSameUrlsInTheThreeLayouts(Path corpus) throws IOException {
        Set<String> expected = new TreeSet<>(pages(corpus));
        assertEquals(expected, urls(corpus.resolve("amicus/content"), "_index.md", "/"));
        assertEquals(expected, urls(corpus.resolve("hugo/content"), "_index.md", "/"));
        assertTrue(Files.isRegularFile(corpus.resolve("eleventy/content/index.njk")));
        assertEquals(expected, urls(corpus.resolve("eleventy/content"), "index.md", "/"));
    }

    /** The URL each page source of a language folder gets: its path, or its folder's for an index file. */
    private static Set<String> urls(Path content, String indexName, String landing) throws IOException {
        Set<String> urls = new TreeSet<>(Set.of(landing));
        try (Stream<Path> files = Files.walk(content)) {
            files.filter(f -> f.toString().endsWith(".md")).forEach(f -> {
                String path = content.relativize(f).toString().replace('\\', '/');
                urls.add("/" + (path.endsWith(indexName) ? path.substring(0, path.length() - indexName.length())
                        : path.substring(0, path.length() - 3) + "/"));
            });
        }
        return urls;
    }

    private static List<String> targets(String markdown) {
        return INTERNAL_LINK.matcher(markdown).results().map(m -> m.group(1)).toList();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
