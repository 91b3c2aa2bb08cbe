package org.amicus.render;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amicus.config.Language;
import org.amicus.data.TimelineEvent;
import org.amicus.render.view.TimelineEventView;

/**
 * The damages on one honest scale, drawn at build time from the amounts of timeline.yaml: every sum a bar of the
 * same scale under the event that set it, so that a cut shows at its true size; an approximate sum is written as
 * the sources give it ("about $4 million") and its bar marked as approximate. The takeaway follows the first kind
 * of damages set twice, from its first sum to its last.
 */
final class DamagesChart {

    /** A sum of the chart, in the language: its kind's name and the sum as readers write it. */
    private record Bar(String kind, String name, long usd, boolean approximate, String words) {
    }

    private final Map<String, String> i18n;
    private final Map<TimelineEventView, List<Bar>> groups = new LinkedHashMap<>();
    private final long max;

    private DamagesChart(Map<TimelineEventView, List<Bar>> groups, Map<String, String> i18n) {
        this.i18n = i18n;
        this.groups.putAll(groups);
        this.max = groups.values().stream().flatMap(List::stream).mapToLong(Bar::usd).max().orElse(1);
    }

    /** The figure, or null when no event of the timeline sets an amount. */
    static DrawnFigure of(List<TimelineEventView> views, List<TimelineEvent> events, Language language,
                         Map<String, String> i18n) {
        Map<TimelineEventView, List<Bar>> groups = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            List<Bar> bars = events.get(i).amounts().stream().map(a -> new Bar(a.kind(), i18n.get("amount_" + a.kind()),
                    a.usd(), a.approximate(), money(a, language, i18n))).toList();
            if (!bars.isEmpty()) {
                groups.put(views.get(i), bars);
            }
        }
        if (groups.isEmpty()) {
            return null;
        }
        DamagesChart chart = new DamagesChart(groups, i18n);
        String source = DrawnFigure.sourceLine(i18n.get("damages_source"),
                groups.keySet().stream().flatMap(e -> e.sources().stream()).toList(), i18n);
        return new DrawnFigure("damages", i18n.get("damages_title"), DrawnFigure.escape(chart.takeaway()), source,
                chart.svg("wide", 720, 15), chart.svg("narrow", 300, 13.5), null, chart.shown());
    }

    /** A sum as the language writes it: "$444,719", « 444 719 dollars », "about $4 million". */
    static String money(TimelineEvent.Amount amount, Language language, Map<String, String> i18n) {
        NumberFormat format = NumberFormat.getIntegerInstance(language.javaLocale());
        if (amount.approximate() && amount.usd() % 1_000_000 == 0) {
            return i18n.get("amount_about_millions").replace("{millions}", format.format(amount.usd() / 1_000_000));
        }
        return i18n.get(amount.approximate() ? "amount_about" : "amount_exact").replace("{amount}", format.format(amount.usd()));
    }

    private String takeaway() {
        Map<String, List<String[]>> byKind = new LinkedHashMap<>();
        groups.forEach((e, bars) -> bars.forEach(b -> byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>())
                .add(new String[] {b.name(), b.words(), e.date().text()})));
        return byKind.values().stream().filter(sums -> sums.size() > 1).findFirst().map(sums -> {
            String[] from = sums.get(0);
            String[] to = sums.get(sums.size() - 1);
            return i18n.get("damages_takeaway").replace("{kind}", from[0]).replace("{from}", from[1])
                    .replace("{fromDate}", from[2]).replace("{to}", to[1]).replace("{toDate}", to[2]);
        }).orElse(i18n.get("damages_takeaway_plain"));
    }

    /** The words of the drawing: each event's date and title, then its sums. */
    private List<String> shown() {
        List<String> shown = new ArrayList<>();
        groups.forEach((e, bars) -> {
            shown.add(heading(e));
            bars.forEach(bar -> shown.add(row(bar)));
        });
        return List.copyOf(shown);
    }

    private String heading(TimelineEventView e) {
        return i18n.get("damages_event").replace("{date}", e.date().text()).replace("{title}", e.plainTitle());
    }

    private String row(Bar bar) {
        return i18n.get("damages_row").replace("{kind}", bar.name()).replace("{amount}", bar.words());
    }

    /** Each event's date and title, then under it each sum: its kind and amount, then its bar. */
    private String svg(String layout, double width, double font) {
        double pad = 12;
        double lineHeight = font * 1.3;
        double room = width - 2 * pad;
        StringBuilder body = new StringBuilder();
        List<String> described = new ArrayList<>();
        double y = pad;
        for (Map.Entry<TimelineEventView, List<Bar>> group : groups.entrySet()) {
            TimelineEventView e = group.getKey();
            List<String> heading = Svg.wrap(heading(e), room, font);
            y += font;
            body.append(Svg.text("damages-event", pad, y, lineHeight, heading, "start"));
            y += (heading.size() - 1) * lineHeight + 8;
            for (Bar bar : group.getValue()) {
                String row = row(bar);
                described.add(row + " (" + e.date().text() + ")");
                List<String> lines = Svg.wrap(row, room, font);
                y += font;
                body.append(Svg.text("damages-label", pad, y, lineHeight, lines, "start"));
                y += (lines.size() - 1) * lineHeight + 6;
                double length = room * bar.usd() / max; // exact, however thin: the sum is written above it
                body.append("<rect class=\"damages-bar").append(bar.approximate() ? " damages-approximate" : "")
                        .append("\" x=\"").append(Svg.n(pad)).append("\" y=\"").append(Svg.n(y)).append("\" width=\"")
                        .append(Svg.n(length)).append("\" height=\"").append(Svg.n(font)).append("\"/>");
                y += font + 10;
            }
            y += 6;
        }
        String id = "damages-" + layout;
        return "<svg class=\"damages damages-" + layout + "\" viewBox=\"0 0 " + Svg.n(width) + " " + Svg.n(y + pad)
                + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\"><title id=\"" + id + "-title\">"
                + Svg.escape(i18n.get("damages_title")) + "</title><desc id=\"" + id + "-desc\">"
                + Svg.escape(String.join(i18n.get("list_separator"), described)) + "</desc>" + body + "</svg>";
    }
}
