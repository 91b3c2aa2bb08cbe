package org.amicus.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.data.Change;
import org.amicus.site.OutputLayout;
import org.amicus.site.Page;
import org.amicus.site.Site;

/**
 * One Atom feed per language (RFC 4287), newest first: each dated page of the language, with its permalink as
 * id, its dates, and its description as summary; and each change of {@code changes.yaml}, labelled as an update
 * or a correction. {@code updated} comes from the pages, never the clock, so two
 * builds write the same feed.
 */
public final class AtomFeeds {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeeds() {
    }

    /**
     * Output path → XML.
     *
     * @param changes the log of changes.yaml, newest first: each is an entry too, labelled as an update or a
     *                correction in the language's words ({@code change_update}, {@code change_correction} and
     *                {@code change_feed_title} of {@code strings})
     * @param strings a language's UI strings
     */
    public static Map<String, String> write(Site site, List<Change> changes,
                                            Function<String, Map<String, String>> strings,
                                            BiFunction<String, String, String> typeset) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            List<Entry> entries = new ArrayList<>();
            site.pagesIn(language.key()).stream().filter(p -> !p.isFallback() && p.lastModified().isPresent())
                    .forEach(page -> entries.add(pageEntry(site, page, typeset)));
            changes.forEach(change -> entries.add(changeEntry(site, change, language, strings.apply(language.key()),
                    typeset)));
            entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
            files.put(OutputLayout.feed(language.key()), feed(site.config(), language, entries, typeset));
        }
        return files;
    }

    /** One {@code <entry>}: a page, or a change to the explainer. */
    private record Entry(String title, String id, String link, LocalDate published, LocalDate updated,
                         String summary, String category, String categoryLabel) {
    }

    private static Entry pageEntry(Site site, Page page, BiFunction<String, String, String> typeset) {
        String permalink = site.config().absolute(page.url());
        return new Entry(typeset.apply(page.lang(), page.title()), permalink, permalink, page.frontMatter().date(),
                page.lastModified().orElseThrow(), typeset.apply(page.lang(), page.frontMatter().description()), null, null);
    }

    /** Its id and link: the change's anchor in the log of the About page, or on the first page it changed. */
    private static Entry changeEntry(Site site, Change change, Language language, Map<String, String> strings,
                                     BiFunction<String, String, String> typeset) {
        String lang = language.key();
        Change.Text text = change.byLanguage().get(lang);
        String where = site.withLayout(lang, "about")
                .or(() -> site.find(site.config().defaultLanguage(), change.pages().get(0))
                        .flatMap(p -> site.translations(p).in(lang)))
                .map(p -> site.config().absolute(p.url()))
                .orElse(site.config().absolute("/" + lang + "/"));
        String permalink = where + "#" + change.id();
        String label = strings.getOrDefault("change_" + change.kind().key(), change.kind().key());
        String title = strings.getOrDefault("change_feed_title", "{kind}: {title}").replace("{kind}", label)
                .replace("{title}", typeset.apply(lang, text.title()));
        return new Entry(title, permalink, permalink, change.date(), change.date(), typeset.apply(lang, text.text()),
                change.kind().key(), label);
    }

    private static String feed(SiteConfig config, Language language, List<Entry> entries,
                               BiFunction<String, String, String> typeset) {
        String home = config.absolute("/" + language.key() + "/");
        String updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder())
                .map(AtomFeeds::timestamp).orElse("2000-01-01T00:00:00Z");
        String author = config.publisher().name().isEmpty() ? language.title() : config.publisher().name();
        Xml xml = new Xml().open(0, "feed", "xmlns", NAMESPACE, "xml:lang", language.locale())
                .text(1, "title", typeset.apply(language.key(), language.title()))
                .text(1, "subtitle", typeset.apply(language.key(), language.description()))
                .text(1, "id", home)
                .empty(1, "link", "rel", "self", "type", "application/atom+xml",
                        "href", config.absolute("/" + OutputLayout.feed(language.key())))
                .empty(1, "link", "rel", "alternate", "type", "text/html", "hreflang", language.locale(), "href", home)
                .text(1, "updated", updated)
                .open(1, "author").text(2, "name", author);
        if (!config.publisher().url().isEmpty()) {
            xml.text(2, "uri", config.publisher().url());
        }
        xml.close(1, "author");
        for (Entry entry : entries) {
            xml.open(1, "entry")
                    .text(2, "title", entry.title())
                    .text(2, "id", entry.id())
                    .empty(2, "link", "rel", "alternate", "type", "text/html", "href", entry.link());
            if (entry.category() != null) {
                xml.empty(2, "category", "term", entry.category(), "label", entry.categoryLabel());
            }
            if (entry.published() != null) {
                xml.text(2, "published", timestamp(entry.published()));
            }
            xml.text(2, "updated", timestamp(entry.updated()))
                    .text(2, "summary", entry.summary())
                    .close(1, "entry");
        }
        return xml.close(0, "feed").toString();
    }

    /** RFC 3339, as Atom requires: a page's day, at midnight UTC. */
    static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
