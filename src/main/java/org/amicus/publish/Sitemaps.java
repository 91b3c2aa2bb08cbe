package org.amicus.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.site.OutputLayout;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.site.Translations;

/**
 * One sitemap per language and a root sitemap index (sitemaps.org 0.9). Every URL lists its language versions
 * as {@code xhtml:link rel="alternate" hreflang} plus {@code x-default}, as search engines expect of a
 * multilingual site. Fallback pages are left out: their canonical URL is their source's.
 */
public final class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Sitemaps() {
    }

    /** Output path → XML: {@code sitemap.xml} (the index) and {@code <lang>/sitemap.xml}. */
    public static Map<String, String> write(Site site) {
        SiteConfig config = site.config();
        Map<String, String> files = new LinkedHashMap<>();
        Xml index = new Xml().open(0, "sitemapindex", "xmlns", NAMESPACE);
        for (Language language : config.languages()) {
            String path = OutputLayout.sitemap(language.key());
            index.open(1, "sitemap").text(2, "loc", config.absolute("/" + path));
            lastModified(site.pagesIn(language.key())).ifPresent(d -> index.text(2, "lastmod", d.toString()));
            index.close(1, "sitemap");
            files.put(path, languageSitemap(site, language));
        }
        files.put(OutputLayout.SITEMAP_INDEX, index.close(0, "sitemapindex").toString());
        return files;
    }

    private static String languageSitemap(Site site, Language language) {
        SiteConfig config = site.config();
        Xml xml = new Xml().open(0, "urlset", "xmlns", NAMESPACE, "xmlns:xhtml", XHTML);
        List<Page> pages = new ArrayList<>(site.pagesIn(language.key()).stream().filter(p -> !p.isFallback()).toList());
        pages.sort(Comparator.comparing(Page::url));
        for (Page page : pages) {
            xml.open(1, "url").text(2, "loc", config.absolute(page.url()));
            page.lastModified().ifPresent(modified -> xml.text(2, "lastmod", modified.toString()));
            Translations translations = site.translations(page);
            if (translations.alternates().size() > 1) {
                for (Page p : translations.alternates()) {
                    xml.empty(2, "xhtml:link", "rel", "alternate", "hreflang", config.language(p.lang()).orElseThrow()
                            .locale(), "href", config.absolute(p.url()));
                }
                String xDefault = translations.original().map(p -> config.absolute(p.url())).orElse(config.absolute("/"));
                xml.empty(2, "xhtml:link", "rel", "alternate", "hreflang", "x-default", "href", xDefault);
            }
            xml.close(1, "url");
        }
        return xml.close(0, "urlset").toString();
    }

    private static Optional<LocalDate> lastModified(List<Page> pages) {
        return pages.stream().filter(p -> !p.isFallback()).flatMap(p -> p.lastModified().stream())
                .max(Comparator.naturalOrder());
    }

    /** robots.txt: everything may be crawled; the sitemap index says where the pages are. */
    public static String robots(SiteConfig config) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute("/" + OutputLayout.SITEMAP_INDEX) + "\n";
    }
}
