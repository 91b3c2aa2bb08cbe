package org.amicus.render;

import freemarker.core.HTMLOutputFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.amicus.markdown.figure.FigureExtension;
import org.amicus.render.view.FigureView;
import org.amicus.render.view.SourceView;

/**
 * A figure drawn from the data at build time, as HTML: a visible title, a one-line takeaway, its drawing (twice,
 * {@code wide} and {@code narrow}, when it is an SVG that a phone needs laid out otherwise; once, when the
 * stylesheet lays it out for each screen) and a source line. The same markup wherever it is shown: under a heading
 * of a layout (home.ftlh, timeline.ftlh), or placed in a page's text with {@code [!FIGURE name]}.
 *
 * @param takeaway    HTML
 * @param source      HTML, with links to the sources page
 * @param narrow      null for a drawing laid out by the stylesheet
 * @param description what the drawing shows, for those who cannot see it; null when the drawing says it itself
 */
record DrawnFigure(String id, String title, String takeaway, String source, String wide, String narrow,
                   String description) {

    /** The figure as templates see it, its title a heading of the page. */
    FigureView view() {
        return new FigureView(id, title, Markup.of(takeaway), Markup.of(source), Markup.of(wide),
                narrow == null ? null : Markup.of(narrow), Markup.of(html("h2")));
    }

    /** The figure in a page's text, where the page's own headings make its outline: its title a paragraph. */
    String inText() {
        return html("p");
    }

    private String html(String titleTag) {
        String prefix = "figure-" + id;
        StringBuilder html = new StringBuilder("<figure class=\"data-figure data-figure-").append(id)
                .append("\" aria-labelledby=\"").append(prefix).append("-title\"")
                .append(description == null ? "" : " aria-describedby=\"" + prefix + "-desc\"").append(">\n")
                .append("<figcaption>\n<").append(titleTag).append(" id=\"").append(prefix)
                .append("-title\" class=\"figure-title\">").append(escape(title)).append("</").append(titleTag)
                .append(">\n<p class=\"figure-takeaway\">").append(takeaway).append("</p>\n</figcaption>\n");
        if (description != null) {
            html.append("<p id=\"").append(prefix).append("-desc\" class=\"visually-hidden\">")
                    .append(escape(description)).append("</p>\n");
        }
        if (narrow == null) {
            html.append("<div class=\"figure-drawing\">").append(wide).append("</div>\n");
        } else {
            html.append("<div class=\"figure-drawing figure-wide\">").append(wide).append("</div>\n")
                    .append("<div class=\"figure-drawing figure-narrow\">").append(narrow).append("</div>\n");
        }
        return html.append("<p class=\"figure-source\">").append(source).append("</p>\n</figure>\n").toString();
    }

    /**
     * A page's HTML with each figure drawn from data in its slot ({@link FigureExtension#slot}); the build has
     * reported a name the data does not draw, so such a slot (written in HTML by hand) is left empty.
     *
     * @param figures name → the figure as {@link #inText} writes it
     */
    static String place(String html, Map<String, String> figures) {
        if (!html.contains("figure-slot")) {
            return html;
        }
        return FigureExtension.SLOT.matcher(html).replaceAll(slot -> Matcher.quoteReplacement(
                figures.getOrDefault(slot.group(1), "")));
    }

    /** Plain text as templates escape it. */
    static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }

    /**
     * A source line: {@code line} ({@code "Sources: {sources}."}) with the publishers of the sources, each once, in
     * order, each a link to its entry on the sources page when the site has one.
     */
    static String sourceLine(String line, Collection<SourceView> sources, Map<String, String> i18n) {
        List<String> issuers = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        for (SourceView s : sources) {
            if (!issuers.contains(s.issuer())) {
                issuers.add(s.issuer());
                names.append(names.length() == 0 ? "" : Svg.escape(i18n.get("list_separator")))
                        .append(s.sourcesPageUrl() == null ? Svg.escape(s.issuer())
                                : "<a href=\"" + Svg.escape(s.sourcesPageUrl()) + "\">" + Svg.escape(s.issuer()) + "</a>");
            }
        }
        return Svg.escape(line).replace("{sources}", names);
    }
}
