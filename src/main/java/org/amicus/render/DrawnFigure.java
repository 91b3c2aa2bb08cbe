package org.amicus.render;

import freemarker.core.HTMLOutputFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * @param shown       the words the drawing shows (its labels), plain, in reading order, each once: the
 *                    {@code wide} and {@code narrow} drawings show the same
 */
record DrawnFigure(String id, String title, String takeaway, String source, String wide, String narrow,
                   String description, List<String> shown) {

    /**
     * A figure as a page's text holds it: its HTML, and what its reader reads of it ({@link #read}) with the number
     * of words that is, for search and reading time.
     */
    record InText(String html, String read, int words) {
    }

    /** The figure as templates see it, its title a heading of the page. */
    FigureView view() {
        return new FigureView(id, title, Markup.of(takeaway), Markup.of(source), Markup.of(wide),
                narrow == null ? null : Markup.of(narrow), Markup.of(html("h2")), ReadingTime.words(read()));
    }

    /** The figure in a page's text, where the page's own headings make its outline: its title a paragraph. */
    InText inText() {
        String read = read();
        return new InText(html("p"), read, ReadingTime.words(read));
    }

    /**
     * What a reader reads of the figure, as HTML paragraphs: its title, its takeaway, the words of its drawing and
     * its source line. Not its description, which only screen readers are given.
     */
    String read() {
        StringBuilder html = new StringBuilder("<p>").append(escape(title)).append("</p>\n<p>").append(takeaway)
                .append("</p>\n");
        shown.forEach(words -> html.append("<p>").append(escape(words)).append("</p>\n"));
        return html.append("<p>").append(source).append("</p>\n").toString();
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
     * A page's HTML with each figure drawn from data in its slot ({@link FigureExtension#slot}), as {@code as} gives
     * it: its HTML, or what a reader reads of it; the build has reported a name the data does not draw, so such a
     * slot (written in HTML by hand) is left empty.
     *
     * @param figures name → the figure as {@link #inText} makes it
     */
    static String place(String html, Map<String, InText> figures, Function<InText, String> as) {
        if (!html.contains(FigureExtension.SLOT_CLASS)) {
            return html;
        }
        return FigureExtension.SLOT.matcher(html).replaceAll(slot -> {
            InText figure = figures.get(slot.group(1));
            return figure == null ? "" : Matcher.quoteReplacement(as.apply(figure));
        });
    }

    /** The words a reader reads of the figures drawn from data a page's HTML places, by their slots. */
    static int words(String html, Map<String, InText> figures) {
        if (!html.contains(FigureExtension.SLOT_CLASS)) {
            return 0;
        }
        return FigureExtension.SLOT.matcher(html).results()
                .mapToInt(slot -> figures.containsKey(slot.group(1)) ? figures.get(slot.group(1)).words() : 0).sum();
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
