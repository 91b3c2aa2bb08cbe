package org.amicus.render;

import java.time.LocalDate;
import org.amicus.util.Json;
import org.amicus.render.view.Publisher;
import org.amicus.render.view.SiteView;
import org.amicus.site.Page;

/**
 * Structured data for search engines (schema.org as JSON-LD): an {@code Article} with its language, dates and
 * publisher, and a {@code BreadcrumbList}; the home of a language is a {@code WebSite}. Written as text that is
 * safe inside {@code <script type="application/ld+json">}: {@code </} cannot close the element.
 */
final class JsonLd {

    private JsonLd() {
    }

    /**
     * A page's graph. The texts are as the page shows them (typeset).
     *
     * @param homeName the title of the home of the page's language, the first crumb
     */
    static String page(Page page, String title, String description, String permalink, String locale, SiteView site,
                       String homeName, String homeUrl) {
        String publisher = publisher(site);
        if (page.isHome()) {
            return object("@context", quote("https://schema.org"), "@type", quote("WebSite"), "name", quote(title),
                    "description", quote(description), "url", quote(permalink), "inLanguage", quote(locale),
                    "publisher", publisher);
        }
        String article = object("@type", quote("Article"), "headline", quote(title),
                "description", quote(description), "inLanguage", quote(locale), "url", quote(permalink),
                "mainEntityOfPage", quote(permalink), "datePublished", date(page.frontMatter().date()),
                "dateModified", date(page.lastModified().orElse(null)), "publisher", publisher,
                "isPartOf", object("@type", quote("WebSite"), "name", quote(site.title()), "url", quote(homeUrl)));
        String breadcrumbs = object("@type", quote("BreadcrumbList"),
                "itemListElement", "[" + crumb(1, homeName, homeUrl) + "," + crumb(2, title, permalink) + "]");
        return object("@context", quote("https://schema.org"), "@graph", "[" + article + "," + breadcrumbs + "]");
    }

    private static String publisher(SiteView site) {
        Publisher publisher = site.publisher();
        return object("@type", quote("Organization"),
                "name", quote(publisher.name().isEmpty() ? site.title() : publisher.name()),
                "url", publisher.url().isEmpty() ? null : quote(publisher.url()));
    }

    private static String crumb(int position, String name, String url) {
        return object("@type", quote("ListItem"), "position", Integer.toString(position), "name", quote(name),
                "item", quote(url));
    }

    private static String date(LocalDate date) {
        return date == null ? null : quote(date.toString());
    }

    /** Keys and already-encoded values, in order; a null value leaves its key out. */
    private static String object(String... keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(keysAndValues[i])).append(':').append(keysAndValues[i + 1]);
        }
        return json.append('}').toString();
    }

    private static String quote(String text) {
        return Json.quote(text == null ? "" : text);
    }
}
