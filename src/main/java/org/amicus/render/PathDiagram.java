package org.amicus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.amicus.data.PathFigure;
import org.amicus.render.view.SourceView;

/**
 * A path of figures.yaml drawn at build time (how the attack travelled), in HTML rather than SVG: its places are
 * boxes of an ordered list, the way there and back two arrows between each box and the next, and its words the
 * page's text. The stylesheet sets the boxes side by side on wide screens and one under the other on phones, so
 * that the text keeps the page's size on a 320 px screen and wraps as text does; only the arrows are drawn, as
 * SVG hidden from screen readers, across and down, the stylesheet showing the one its layout needs.
 */
final class PathDiagram {

    /** The arrows between two places, the way there solid and the way back dashed: across, then down. */
    private static final String LINK = "<span class=\"path-link\" aria-hidden=\"true\">"
            + "<svg class=\"path-across\" viewBox=\"0 0 48 40\" width=\"48\" height=\"40\">"
            + "<line class=\"path-go\" x1=\"4\" y1=\"13\" x2=\"36\" y2=\"13\"/>"
            + "<path class=\"path-go-head\" d=\"M44,13 l-10,-6 v12 z\"/>"
            + "<line class=\"path-return\" x1=\"12\" y1=\"27\" x2=\"44\" y2=\"27\"/>"
            + "<path class=\"path-return-head\" d=\"M4,27 l10,-6 v12 z\"/></svg>"
            + "<svg class=\"path-down\" viewBox=\"0 0 40 40\" width=\"40\" height=\"40\">"
            + "<line class=\"path-go\" x1=\"13\" y1=\"2\" x2=\"13\" y2=\"30\"/>"
            + "<path class=\"path-go-head\" d=\"M13,38 l-6,-10 h12 z\"/>"
            + "<line class=\"path-return\" x1=\"27\" y1=\"10\" x2=\"27\" y2=\"38\"/>"
            + "<path class=\"path-return-head\" d=\"M27,2 l-6,10 h12 z\"/></svg></span>";

    private PathDiagram() {
    }

    /**
     * @param lang    the language of the words
     * @param text    a text of the data in that language, with its typography
     * @param sources a key of sources.yaml as templates see it
     */
    static DrawnFigure of(PathFigure figure, String lang, Function<String, String> text,
                          Function<String, SourceView> sources, Map<String, String> i18n) {
        PathFigure.Text words = figure.byLanguage().get(lang);
        List<String> shown = new ArrayList<>();
        StringBuilder html = new StringBuilder("<div class=\"path\">\n");
        way(html, "path-there", text.apply(words.there()), shown);
        html.append("<ol class=\"path-steps\">\n");
        List<SourceView> cited = new ArrayList<>();
        for (PathFigure.Step step : figure.steps()) {
            PathFigure.StepText place = step.byLanguage().get(lang);
            String label = text.apply(place.label());
            shown.add(label);
            html.append("<li class=\"path-step\">").append(cited.isEmpty() ? "" : LINK)
                    .append("<span class=\"path-place\"><span class=\"path-label\">")
                    .append(DrawnFigure.escape(label)).append("</span>");
            if (!place.detail().isEmpty()) {
                String detail = text.apply(place.detail());
                shown.add(detail);
                html.append(" <span class=\"path-detail\">").append(DrawnFigure.escape(detail)).append("</span>");
            }
            html.append("</span></li>\n");
            step.sources().forEach(key -> cited.add(sources.apply(key)));
        }
        html.append("</ol>\n");
        way(html, "path-back", text.apply(words.back()), shown);
        html.append("</div>");
        figure.sources().forEach(key -> cited.add(sources.apply(key)));
        return new DrawnFigure(figure.key(), text.apply(words.title()),
                DrawnFigure.escape(text.apply(words.takeaway())),
                DrawnFigure.sourceLine(i18n.get("path_source"), cited, i18n), html.toString(), null,
                text.apply(words.description()), List.copyOf(shown));
    }

    /** What travels one way, after a sample of its arrow; its words go to {@code shown}. */
    private static void way(StringBuilder html, String className, String words, List<String> shown) {
        shown.add(words);
        html.append("<p class=\"path-way ").append(className).append("\"><span class=\"path-key\" aria-hidden=\"true\">")
                .append("</span>").append(DrawnFigure.escape(words)).append("</p>\n");
    }
}
