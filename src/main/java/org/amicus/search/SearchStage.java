package org.amicus.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.amicus.config.Language;
import org.amicus.site.OutputLayout;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.util.Json;

/**
 * The search part of a build: for each language that has a page with {@code layout: search}, the list of its
 * pages as search needs them ({@code <lang>/search-documents.json}), and lunr for the reader's browser, which
 * indexes that list with the rules of {@code templates/static/js/search-setup.js} when the reader first
 * searches. Nothing here runs JavaScript: the stage only collects each page's visible text, by section.
 *
 * <pre>
 * {"lang": "en", "pages": [{"url": "/en/the-ruling/", "title": …, "description": …,
 *   "sections": [{"id": "", "heading": "", "text": "Before the first heading…"},
 *                {"id": "sanctions", "heading": "Why did the judge sanction NSO?", "text": …}]}]}
 * </pre>
 */
public final class SearchStage {

    /** lunr from its webjar: the copy Maven manages, published for the reader's browser. */
    private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private SearchStage() {
    }

    /** The output paths {@link #run} writes, known from the site model alone (so aliases can be checked early). */
    public static Set<String> paths(Site site) {
        Set<String> paths = new TreeSet<>();
        for (Language language : site.config().languages()) {
            if (hasSearch(site, language.key())) {
                paths.add(OutputLayout.searchDocuments(language.key()));
                paths.add(OutputLayout.LUNR);
            }
        }
        return paths;
    }

    private static boolean hasSearch(Site site, String lang) {
        return !site.withLayout(lang, "search").isEmpty();
    }

    /**
     * Each page's search document as the last run made it, for a long-lived build ({@code serve}): a page whose
     * address, title, description and body are the same is not cut into sections again. Holds the last run's
     * documents only.
     */
    public static final class Documents {

        /** All a page's document depends on. */
        private record Input(String url, String title, String description, String body) {
        }

        private Map<Input, byte[]> last = Map.of();

        private synchronized Map<String, byte[]> run(Site site, Function<Page, String> bodies,
                                                     BiFunction<String, String, String> typeset) {
            Map<Input, byte[]> made = new ConcurrentHashMap<>();
            Map<String, byte[]> files = SearchStage.run(site, page -> {
                String lang = page.lang();
                Input input = new Input(site.config().link(page.url()), typeset.apply(lang, page.title()),
                        typeset.apply(lang, page.frontMatter().description()), bodies.apply(page));
                byte[] document = last.get(input);
                if (document == null) {
                    document = Json.write(document(input)).getBytes(StandardCharsets.UTF_8);
                }
                made.put(input, document);
                return document;
            });
            last = made;
            return files;
        }

        private static Map<String, Object> document(Input input) {
            List<Map<String, Object>> sections = Sections.of(input.body()).stream()
                    .map(s -> Json.object("id", s.id(), "heading", s.heading(), "text", s.text())).toList();
            return Json.object("url", input.url(), "title", input.title(), "description", input.description(),
                    "sections", sections);
        }
    }

    /**
     * Output path → bytes: the document list of each language with a search page, and lunr when any has one. The
     * documents of pages that did not change since the last run with the same {@code documents} are its.
     *
     * @param bodies a page → its body as HTML, as its reader reads it (the figures drawn from data in their places)
     */
    public static Map<String, byte[]> run(Site site, Function<Page, String> bodies,
                                          BiFunction<String, String, String> typeset, Documents documents) {
        return documents.run(site, bodies, typeset);
    }

    /**
     * @param document a page's document, as JSON in UTF-8: the list is joined as bytes, never as one String, which
     *                 at 10,000 pages was twice its 34 MB in UTF-16, held beside the pages' documents
     */
    private static Map<String, byte[]> run(Site site, Function<Page, byte[]> document) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Language language : site.config().languages()) {
            String lang = language.key();
            if (!hasSearch(site, lang)) {
                continue;
            }
            List<byte[]> pages = site.pagesIn(lang).parallelStream()
                    .filter(page -> !page.isFallback() && !page.layout().equals("search")
                            && !page.layout().equals("guide")) // the guide page repeats the other pages
                    .map(document)
                    .toList();
            // As Json.write(Json.object("lang", lang, "pages", documents)) writes it, the documents written once.
            byte[] head = ("{" + Json.quote("lang") + ":" + Json.quote(lang) + "," + Json.quote("pages") + ":[")
                    .getBytes(StandardCharsets.UTF_8);
            files.put(OutputLayout.searchDocuments(lang), joined(head, pages, "]}".getBytes(StandardCharsets.UTF_8)));
        }
        if (!files.isEmpty()) {
            files.put(OutputLayout.LUNR, Lunr.BYTES);
        }
        return files;
    }

    /** {@code head}, the parts separated by commas, then {@code tail}, in one array of the exact size. */
    private static byte[] joined(byte[] head, List<byte[]> parts, byte[] tail) {
        int length = head.length + tail.length + Math.max(0, parts.size() - 1);
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        System.arraycopy(head, 0, all, 0, head.length);
        int at = head.length;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                all[at++] = ',';
            }
            System.arraycopy(parts.get(i), 0, all, at, parts.get(i).length);
            at += parts.get(i).length;
        }
        System.arraycopy(tail, 0, all, at, tail.length);
        return all;
    }

    /** lunr's file, read once, when first needed; the array is never changed, only written out. */
    private static final class Lunr {
        static final byte[] BYTES = lunr();
    }

    /** lunr's own file, for the reader's browser. */
    public static byte[] lunr() {
        try (InputStream in = SearchStage.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (in == null) {
                throw new IllegalStateException("lunr is missing from the classpath: " + LUNR);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
