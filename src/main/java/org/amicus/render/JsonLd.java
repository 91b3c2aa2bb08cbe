package org.amicus.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> publisher = publisher(site);
        if (page.isHome()) {
            return Json.write(Json.object("@context", "https://schema.org", "@type", "WebSite", "name", text(title),
                    "description", text(description), "url", text(permalink), "inLanguage", text(locale),
                    "publisher", publisher));
        }
        Map<String, Object> article = Json.object("@type", "Article", "headline", text(title),
                "description", text(description), "inLanguage", text(locale), "url", text(permalink),
                "mainEntityOfPage", text(permalink), "datePublished", date(page.frontMatter().date()),
                "dateModified", date(page.lastModified().orElse(null)), "publisher", publisher,
                "isPartOf", Json.object("@type", "WebSite", "name", text(site.title()), "url", text(homeUrl)));
        Map<String, Object> breadcrumbs = Json.object("@type", "BreadcrumbList",
                "itemListElement", List.of(crumb(1, homeName, homeUrl), crumb(2, title, permalink)));
        return Json.write(Json.object("@context", "https://schema.org", "@graph", List.of(article, breadcrumbs)));
    }

    private static Map<String, Object> publisher(SiteView site) {
        Publisher publisher = site.publisher();
        return Json.object("@type", "Organization",
                "name", publisher.name().isEmpty() ? text(site.title()) : publisher.name(),
                "url", publisher.url().isEmpty() ? null : publisher.url());
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        return Json.object("@type", "ListItem", "position", position, "name", text(name), "item", text(url));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A missing text is written as an empty string. */
    private static String text(String text) {
        return text == null ? "" : text;
    }
}
