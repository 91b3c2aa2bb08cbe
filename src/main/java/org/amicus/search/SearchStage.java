package org.amicus.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.amicus.config.Language;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.site.OutputLayout;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.util.Json;
import org.jsoup.Jsoup;

/**
 * The search part of a build: for each language that has a page with {@code layout: search}, an index of its
 * pages at {@code <lang>/search-index.json} (lunr's index plus each page's title, description and text, for
 * showing results in context), and lunr itself for the reader's browser.
 */
public final class SearchStage {

    private SearchStage() {
    }

    /** Whether any language has a search page, and so needs lunr. */
    public static boolean hasSearchPage(Site site) {
        return site.config().languages().stream().anyMatch(l -> site.withLayout(l.key(), "search").isPresent());
    }

    /**
     * Output path → bytes: one index per language with a search page, and lunr when any is written. An index
     * whose pages and rules have not changed since the previous build ({@code previous}, the output folder) is
     * taken from it as it is: building one takes seconds of JavaScript.
     */
    public static Map<String, byte[]> run(Site site, Map<Page, RenderedMarkdown> bodies, Path jsFolder,
                                          BiFunction<String, String, String> typeset, Path previous) {
        List<Language> languages = site.config().languages().stream()
                .filter(l -> site.withLayout(l.key(), "search").isPresent()).toList();
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        SearchIndexer indexer = new SearchIndexer(jsFolder);
        languages.parallelStream().forEach(language -> {
            List<SearchIndexer.Document> documents = documents(site, bodies, language.key(), typeset);
            String key = key(language.key(), documents, jsFolder);
            byte[] reused = reusable(previous.resolve(OutputLayout.searchIndex(language.key())), key);
            files.put(OutputLayout.searchIndex(language.key()), reused != null ? reused
                    : json(key, indexer.index(language.key(), documents), documents).getBytes(StandardCharsets.UTF_8));
        });
        if (!languages.isEmpty()) {
            files.put(OutputLayout.LUNR, SearchIndexer.lunrFile());
        }
        return new LinkedHashMap<>(files);
    }

    private static List<SearchIndexer.Document> documents(Site site, Map<Page, RenderedMarkdown> bodies, String lang,
                                                          BiFunction<String, String, String> typeset) {
        List<SearchIndexer.Document> documents = new ArrayList<>();
        for (Page page : site.pagesIn(lang)) {
            if (page.isFallback() || page.layout().equals("search")) {
                continue;
            }
            String text = Jsoup.parseBodyFragment(bodies.get(page).html()).text();
            documents.add(new SearchIndexer.Document(site.config().link(page.url()),
                    typeset.apply(lang, page.title()), typeset.apply(lang, page.frontMatter().description()), text));
        }
        return documents;
    }

    /** What an index depends on: its pages, the search rules and lunr's version, as a short hash. */
    private static String key(String lang, List<SearchIndexer.Document> documents, Path jsFolder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((lang + "\n" + SearchIndexer.LUNR + "\n").getBytes(StandardCharsets.UTF_8));
            for (String rules : List.of("search-setup.js", "vendor/lunr.stemmer.support.js", "vendor/lunr.fr.js")) {
                Path file = jsFolder.resolve(rules);
                if (Files.isRegularFile(file)) {
                    digest.update(Files.readAllBytes(file));
                }
            }
            for (SearchIndexer.Document d : documents) {
                digest.update(String.join("\u0000", d.url(), d.title(), d.description(), d.text(), "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot fingerprint the search index: " + e.getMessage(), e);
        }
    }

    /** The previous build's index when it was made from exactly the same input; null otherwise. */
    private static byte[] reusable(Path previousIndex, String key) {
        try {
            if (!Files.isRegularFile(previousIndex)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(previousIndex);
            String start = "{\"key\":\"" + key + "\",";
            return new String(bytes, 0, Math.min(bytes.length, start.length() + 8), StandardCharsets.UTF_8)
                    .startsWith(start) ? bytes : null;
        } catch (IOException e) {
            return null; // an unreadable previous index is simply rebuilt
        }
    }

    /** {@code {"key": …, "index": <lunr>, "pages": {"/en/x/": {"title", "description", "text"}}}}. */
    private static String json(String key, String index, List<SearchIndexer.Document> documents) {
        Map<String, Object> pages = new LinkedHashMap<>();
        documents.forEach(d -> pages.put(d.url(), Json.object("title", d.title(), "description", d.description(),
                "text", d.text())));
        return Json.write(Json.object("key", key, "index", new Json.Raw(index), "pages", pages));
    }
}
