package org.amicus.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/**
 * Builds a language's search index at build time with lunr, the same library and the same rules
 * ({@code templates/static/js/search-setup.js}) that readers' browsers then search it with. French gets
 * lunr-languages' stemmer and stop words ({@code templates/static/js/vendor/}), and every language folds
 * accents, so "decision" finds « décision ».
 */
public final class SearchIndexer {

    /** lunr from its webjar: the copy Maven manages, also published for the reader's browser. */
    public static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    /** One page as the index sees it: its URL, title, description and plain text. */
    public record Document(String url, String title, String description, String text) {
    }

    private final Path jsFolder;

    /** @param jsFolder {@code templates/static/js}, holding search-setup.js and vendor/ */
    public SearchIndexer(Path jsFolder) {
        this.jsFolder = jsFolder;
    }

    /** The index of one language's pages, as lunr's JSON. */
    public String index(String lang, List<Document> documents) {
        // Optimistic typing makes Nashorn compile lunr several times over; without it the index is ready sooner.
        ScriptEngine engine = new NashornScriptEngineFactory().getScriptEngine("--optimistic-types=false");
        try {
            engine.eval(lunr());
            if (lang.equals("fr")) {
                engine.eval(read(jsFolder.resolve("vendor/lunr.stemmer.support.js")));
                engine.eval(read(jsFolder.resolve("vendor/lunr.fr.js")));
            }
            engine.eval(read(jsFolder.resolve("search-setup.js")));
            engine.put("amicusLang", lang);
            engine.put("amicusDocs", documents.toArray(new Document[0]));
            return (String) engine.eval("""
                    JSON.stringify(lunr(function () {
                      lunr.amicusSetup(this, amicusLang);
                      this.ref('url');
                      this.field('title', {boost: 10});
                      this.field('description', {boost: 4});
                      this.field('body');
                      for (var i = 0; i < amicusDocs.length; i++) {
                        var d = amicusDocs[i];
                        this.add({url: String(d.url()), title: String(d.title()),
                                  description: String(d.description()), body: String(d.text())});
                      }
                    }))""");
        } catch (ScriptException e) {
            throw new IllegalStateException("building the " + lang + " search index failed: " + e.getMessage(), e);
        }
    }

    /** lunr's own file, for the reader's browser. */
    public static byte[] lunrFile() {
        try (InputStream in = SearchIndexer.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (in == null) {
                throw new IllegalStateException("lunr is missing from the classpath: " + LUNR);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lunr() {
        return new String(lunrFile(), StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
