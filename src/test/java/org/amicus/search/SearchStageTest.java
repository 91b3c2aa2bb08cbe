package org.amicus.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amicus.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * What a build writes for search: each language's pages with their visible text by section
 * ({@code <lang>/search-documents.json}), which the reader's browser indexes, and lunr, which it indexes with.
 */
class SearchStageTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.copyTree(TestSites.resource("sites/search"), dir);
        TestSites.copyTree(Path.of("templates").toAbsolutePath(), dir.resolve("templates"));
        TestSites.Run run = TestSites.build(dir);
        assertEquals(0, run.exitCode(), run.err());
        site = dir.resolve("site");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> pages(Path documents) {
        Map<String, Object> list = new Json().toType(TestSites.read(documents), Json.MAP_TYPE);
        return (List<Map<String, Object>>) list.get("pages");
    }

    static Map<String, Object> page(String lang, String url) {
        return pages(site.resolve(lang + "/search-documents.json")).stream()
                .filter(p -> p.get("url").equals(url)).findFirst().orElseThrow();
    }

    static Map<String, Object> section(String id, String heading, String text) {
        return Map.of("id", id, "heading", heading, "text", text);
    }

    @Test
    void eachPageIsListedWithItsVisibleTextCutAtItsHeadings() {
        assertEquals(Map.of("url", "/en/ruling/", "title", "The ruling", "description", "What the court decided.",
                "sections", List.of(
                        section("", "", "The court decided by summary judgment."),
                        section("sanctions", "Why did the judge sanction NSO?",
                                "NSO did not hand over its code. It was ordered to. All of it. Every version."),
                        section("the-evidence", "The evidence", "1,400 devices. The order, page 3."))),
                page("en", "/en/ruling/"));
    }

    @Test
    void frenchPagesKeepTheirUrlsAndTheirTypography() {
        assertEquals(Map.of("url", "/fr/la-decision/", "title", "La décision",
                "description", "Ce que le tribunal a décidé.", "sections", List.of(
                        section("", "", "Le tribunal a statué par jugement sommaire."),
                        section("sanctions", "Pourquoi la juge a-t-elle sanctionné NSO\u202f?",
                                "NSO n\u2019a pas communiqué son code."))),
                page("fr", "/fr/la-decision/"));
        assertEquals("La page d\u2019accueil.", page("fr", "/fr/").get("description"));
    }

    @Test
    void everyPageButTheSearchPageIsListed() {
        assertEquals(List.of("/en/glossary/", "/en/", "/en/ruling/"),
                pages(site.resolve("en/search-documents.json")).stream().map(p -> p.get("url")).toList());
    }

    @Test
    void theSearchPageLoadsItsLanguagesListAndLunr() throws IOException {
        Document search = TestSites.html(site.resolve("fr/recherche/index.html"));
        assertEquals("/fr/search-documents.json", search.selectFirst("form.search-form").attr("data-documents"));
        assertTrue(search.select("script[src]").eachAttr("src").contains("/static/js/vendor/lunr-2.3.9.min.js"));
        assertArrayEquals(SearchStage.lunr(), Files.readAllBytes(site.resolve("static/js/vendor/lunr-2.3.9.min.js")));
    }

    @Test
    void aLanguageWithoutASearchPageHasNoList(@TempDir Path other) throws IOException {
        TestSites.copyTree(dir.resolve("content"), other.resolve("content"));
        TestSites.copyTree(dir.resolve("templates"), other.resolve("templates"));
        Files.delete(other.resolve("content/fr/search.md"));

        TestSites.Run run = TestSites.build(other);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(other.resolve("site/en/search-documents.json")));
        assertFalse(Files.exists(other.resolve("site/fr/search-documents.json")));
    }
}
