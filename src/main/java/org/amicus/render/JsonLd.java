package org.amicus.render;

import java.util.List;
import java.util.Map;
import org.amicus.output.Json;

/**
 * Structured data for search engines (schema.org as JSON-LD): an {@code Article} with its language, dates and
 * publisher, and a {@code BreadcrumbList}; the home of a language is a {@code WebSite}. Written as text that is
 * safe inside {@code <script type="application/ld+json">}: {@code </} cannot close the element.
 */
final class JsonLd {

    private JsonLd() {
    }

    /** A page's graph; {@code home} is its language's home page (name, url), null for the home itself. */
    static String page(Map<String, Object> page, Map<String, Object> site, String homeName, String homeUrl,
                       boolean isHome) {
        String publisher = publisher(site);
        if (isHome) {
            return object(java.util.Arrays.asList(
                    "@context", quote("https://schema.org"),
                    "@type", quote("WebSite"),
                    "name", quote(str(page.get("title"))),
                    "description", quote(str(page.get("description"))),
                    "url", quote(str(page.get("permalink"))),
                    "inLanguage", quote(str(page.get("locale"))),
                    "publisher", publisher));
        }
        String article = object(java.util.Arrays.asList(
                "@type", quote("Article"),
                "headline", quote(str(page.get("title"))),
                "description", quote(str(page.get("description"))),
                "inLanguage", quote(str(page.get("locale"))),
                "url", quote(str(page.get("permalink"))),
                "mainEntityOfPage", quote(str(page.get("permalink"))),
                "datePublished", date(page, "date"),
                "dateModified", date(page, page.containsKey("updated") ? "updated" : "date"),
                "publisher", publisher,
                "isPartOf", object(java.util.Arrays.asList("@type", quote("WebSite"), "name", quote(str(site.get("title"))),
                        "url", quote(homeUrl)))));
        String breadcrumbs = object(java.util.Arrays.asList(
                "@type", quote("BreadcrumbList"),
                "itemListElement", "[" + crumb(1, homeName, homeUrl) + "," + crumb(2, str(page.get("title")),
                        str(page.get("permalink"))) + "]"));
        return object(java.util.Arrays.asList("@context", quote("https://schema.org"), "@graph", "[" + article + "," + breadcrumbs + "]"));
    }

    private static String publisher(Map<String, Object> site) {
        @SuppressWarnings("unchecked")
        Map<String, Object> publisher = (Map<String, Object>) site.get("publisher");
        String name = str(publisher.get("name"));
        String url = str(publisher.get("url"));
        return object(java.util.Arrays.asList("@type", quote("Organization"), "name", quote(name.isEmpty() ? str(site.get("title")) : name),
                "url", url.isEmpty() ? null : quote(url)));
    }

    private static String crumb(int position, String name, String url) {
        return object(java.util.Arrays.asList("@type", quote("ListItem"), "position", Integer.toString(position), "name", quote(name),
                "item", quote(url)));
    }

    @SuppressWarnings("unchecked")
    private static String date(Map<String, Object> page, String key) {
        Object date = page.get(key);
        return date == null ? null : quote(str(((Map<String, Object>) date).get("iso")));
    }

    /** Keys and already-encoded values, in order; a null value leaves its key out. */
    private static String object(List<String> keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i + 1 < keysAndValues.size(); i += 2) {
            if (keysAndValues.get(i + 1) == null) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(keysAndValues.get(i))).append(':').append(keysAndValues.get(i + 1));
        }
        return json.append('}').toString();
    }

    private static String quote(String text) {
        return Json.quote(text);
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
