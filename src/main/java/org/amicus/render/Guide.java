package org.amicus.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amicus.render.view.CitationView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The parts of the explainer made one page (GOV.UK's "print entire guide"): each part's HTML with its ids
 * prefixed by the part's id ({@code sanctions} → {@code the-ruling--sanctions}), so that the ids of all parts can
 * live in one page, and every link to a part or to one of its sections made a link inside that page.
 */
final class Guide {

    /** The attributes that name ids of the same page (one, or several separated by spaces). */
    private static final List<String> ID_REFERENCES = List.of("aria-describedby", "aria-labelledby", "for",
            "headers");
    /** The ids the layouts put in a page themselves, which a part's id must not take. */
    private static final Set<String> LAYOUT_IDS = Set.of("top", "site-menu", "content", "toc-title", "page-sources-title",
            "page-sources-end", "page-list-title");

    /** Part id → the part's URL, root-relative as links are written ({@code /en/the-ruling/}). */
    private final Map<String, String> chapterOfUrl = new HashMap<>();

    /** @param urlsById each part's id and URL, in guide order */
    Guide(Map<String, String> urlsById) {
        urlsById.forEach((id, url) -> chapterOfUrl.put(url, id));
    }

    /**
     * The id of a part on the guide page, from its URL: its last folder ({@code /en/the-ruling/} →
     * {@code the-ruling}), {@code home} for the home of the language.
     */
    static String chapterId(String url, boolean isHome) {
        if (isHome) {
            return "home";
        }
        String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String id = path.substring(path.lastIndexOf('/') + 1);
        return LAYOUT_IDS.contains(id) ? id + "-part" : id;
    }

    /** A part's HTML for the guide page: its ids prefixed, links to parts made links in the page, headings down one level. */
    String content(String chapter, String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        String prefix = chapter + "--";
        for (Element element : body.select("[id]")) {
            element.id(prefix + element.id());
        }
        for (String attribute : ID_REFERENCES) {
            for (Element element : body.select("[" + attribute + "]")) {
                element.attr(attribute, Arrays.stream(element.attr(attribute).strip().split("\\s+"))
                        .map(prefix::concat).collect(Collectors.joining(" ")));
            }
        }
        for (Element link : body.select("a[href]")) {
            link.attr("href", href(prefix, link.attr("href")));
        }
        for (Element heading : body.select("h2, h3, h4, h5")) {
            heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
        }
        return body.html();
    }

    /** A link of a part as the guide page needs it: {@code #x} of the part, or a section of another part. */
    private String href(String prefix, String href) {
        if (href.startsWith("#")) {
            return "#" + prefix + href.substring(1);
        }
        int hash = href.indexOf('#');
        String page = hash < 0 ? href : href.substring(0, hash);
        String chapter = chapterOfUrl.get(page);
        if (chapter == null) {
            return href;
        }
        return hash < 0 || hash == href.length() - 1 ? "#" + chapter : "#" + chapter + "--" + href.substring(hash + 1);
    }

    /** A part's Sources list with the part's ids. */
    static List<CitationView> citations(String chapter, List<CitationView> citations) {
        String prefix = chapter + "--";
        return citations.stream().map(c -> new CitationView(c.number(), prefix + c.id(), c.source(), c.pinpoints(),
                c.citationIds().stream().map(id -> prefix + id).toList())).toList();
    }
}
