package org.amicus.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.site.Page;
import org.amicus.site.Site;

/**
 * One Atom feed per language (RFC 4287), newest first: each dated page of the language, with its permalink as
 * id, its dates, and its description as summary. {@code updated} comes from the pages, never the clock, so two
 * builds write the same feed.
 */
public final class AtomFeeds {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeeds() {
    }

    /** The feed's path in the output: {@code en/feed.xml}. */
    public static String path(String lang) {
        return lang + "/feed.xml";
    }

    /** Output path → XML. */
    public static Map<String, String> write(Site site, BiFunction<String, String, String> typeset) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            files.put(path(language.key()), feed(site, language, typeset));
        }
        return files;
    }

    private static String feed(Site site, Language language, BiFunction<String, String, String> typeset) {
        SiteConfig config = site.config();
        List<Page> pages = new ArrayList<>(site.pagesIn(language.key()).stream()
                .filter(p -> !p.isFallback() && Sitemaps.lastModified(p) != null).toList());
        pages.sort(Comparator.comparing(Sitemaps::lastModified).reversed().thenComparing(Page::url));
        String home = config.absolute("/" + language.key() + "/");
        String updated = pages.stream().map(Sitemaps::lastModified).max(Comparator.naturalOrder())
                .map(AtomFeeds::timestamp).orElse("2000-01-01T00:00:00Z");
        String author = config.publisher().name().isEmpty() ? language.title() : config.publisher().name();
        Xml xml = new Xml().open(0, "feed", "xmlns", NAMESPACE, "xml:lang", language.locale())
                .text(1, "title", typeset.apply(language.key(), language.title()))
                .text(1, "subtitle", typeset.apply(language.key(), language.description()))
                .text(1, "id", home)
                .empty(1, "link", "rel", "self", "type", "application/atom+xml",
                        "href", config.absolute("/" + path(language.key())))
                .empty(1, "link", "rel", "alternate", "type", "text/html", "hreflang", language.locale(), "href", home)
                .text(1, "updated", updated)
                .open(1, "author").text(2, "name", author);
        if (!config.publisher().url().isEmpty()) {
            xml.text(2, "uri", config.publisher().url());
        }
        xml.close(1, "author");
        for (Page page : pages) {
            String permalink = config.absolute(page.url());
            xml.open(1, "entry")
                    .text(2, "title", typeset.apply(language.key(), page.title()))
                    .text(2, "id", permalink)
                    .empty(2, "link", "rel", "alternate", "type", "text/html", "href", permalink);
            if (page.frontMatter().date() != null) {
                xml.text(2, "published", timestamp(page.frontMatter().date()));
            }
            xml.text(2, "updated", timestamp(Sitemaps.lastModified(page)))
                    .text(2, "summary", typeset.apply(language.key(), page.frontMatter().description()))
                    .close(1, "entry");
        }
        return xml.close(0, "feed").toString();
    }

    /** RFC 3339, as Atom requires: a page's day, at midnight UTC. */
    static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
