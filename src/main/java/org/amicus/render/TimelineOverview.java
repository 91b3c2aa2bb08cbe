package org.amicus.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicus.render.view.TimelineEventView;

/**
 * The timeline's overview, drawn at build time: time runs from the first event to the latest, the phases of the
 * case are stretches of a band along it, each named, milestones are named, events of separate cases are hollow and
 * grey, and every mark is a link to its event below, so that nothing needs hovering. On wide screens time runs
 * across, the names in rows that do not overlap; on phones it runs down, the names in one column beside it.
 */
final class TimelineOverview {

    /** A stretch of the band: one phase, from its first event to the next phase's. */
    private record Phase(String name, String key, LocalDate from, LocalDate to) {
    }

    private final List<TimelineEventView> events;
    private final Map<String, String> i18n;
    private final List<Phase> phases = new ArrayList<>();
    private final long first;
    private final long last;

    TimelineOverview(List<TimelineEventView> events, Map<String, String> i18n) {
        this.events = events;
        this.i18n = i18n;
        this.first = day(events.get(0));
        this.last = Math.max(day(events.get(events.size() - 1)), first + 1);
        String current = null;
        LocalDate from = null;
        for (TimelineEventView e : events) {
            if (e.phase() == null || e.phase().equals("separate") || e.phase().equals(current)) {
                continue;
            }
            if (current != null) {
                phases.add(new Phase(i18n.get("phase_" + current), current, from, date(e)));
            }
            current = e.phase();
            from = date(e);
        }
        if (current != null) {
            phases.add(new Phase(i18n.get("phase_" + current), current, from, LocalDate.ofEpochDay(last)));
        }
    }

    /** The figure, or null for a timeline without events. */
    static DrawnFigure of(List<TimelineEventView> events, Map<String, String> i18n) {
        if (events.isEmpty()) {
            return null;
        }
        TimelineOverview overview = new TimelineOverview(events, i18n);
        TimelineEventView latest = events.get(events.size() - 1);
        String current = overview.phases.isEmpty() ? "" : overview.phases.get(overview.phases.size() - 1).name();
        String takeaway = i18n.get(overview.phases.isEmpty() ? "overview_takeaway_plain" : "overview_takeaway")
                .replace("{count}", String.valueOf(events.size())).replace("{first}", events.get(0).date().text())
                .replace("{last}", latest.date().text()).replace("{phase}", current);
        String source = i18n.get("overview_source").replace("{count}", String.valueOf(events.size()));
        return new DrawnFigure("overview", i18n.get("overview_title"), DrawnFigure.escape(takeaway),
                DrawnFigure.escape(source), overview.wide(), overview.narrow(), null, overview.shown());
    }

    /** The words of the drawing: the milestones' names, the years, the phases' names and the key to the marks. */
    private List<String> shown() {
        List<String> shown = new ArrayList<>();
        events.stream().map(TimelineEventView::label).filter(label -> !label.isEmpty()).forEach(shown::add);
        newYears().forEach(day -> shown.add(year(day)));
        phases.forEach(phase -> shown.add(phase.name()));
        shown.add(i18n.get("overview_separate"));
        return List.copyOf(shown);
    }

    private static final double WIDE = 720;
    private static final double WIDE_FONT = 15;
    private static final double PAD = 12;

    /** Time across: milestones named in rows above the line, years under it, then the band of phases and their names. */
    private String wide() {
        double lineHeight = WIDE_FONT * 1.35;
        Svg.Rows above = new Svg.Rows();
        record Milestone(TimelineEventView event, int row, String anchor) {
        }
        List<Milestone> milestones = new ArrayList<>();
        for (TimelineEventView e : events) {
            if (e.label().isEmpty()) {
                continue;
            }
            double x = across(e);
            double w = Svg.width(e.label(), WIDE_FONT);
            boolean end = x + w > WIDE - PAD;
            double start = end ? x - w : x;
            milestones.add(new Milestone(e, above.place(start, start + w, x), end ? "end" : "start"));
        }
        Svg.Rows below = new Svg.Rows();
        List<Integer> phaseRows = new ArrayList<>();
        for (Phase p : phases) {
            double x = across(p.from().toEpochDay());
            double w = Svg.width(p.name(), WIDE_FONT);
            double start = x + w > WIDE - PAD ? x - w : x;
            phaseRows.add(below.place(start, start + w, x));
        }
        double axis = PAD + above.count() * lineHeight + 14;
        double band = axis + WIDE_FONT + 20;
        double names = band + 10 + WIDE_FONT + 6;
        double legend = names + below.count() * lineHeight + 12;
        double height = legend + 10;
        StringBuilder svg = open("wide", WIDE, height);
        years(svg, year -> "<line class=\"overview-tick\" x1=\"" + Svg.n(across(year)) + "\" y1=\"" + Svg.n(axis - 6)
                + "\" x2=\"" + Svg.n(across(year)) + "\" y2=\"" + Svg.n(axis + 6) + "\"/>"
                + Svg.text("overview-year", across(year), axis + 8 + WIDE_FONT, 0,
                List.of(year(year)), "middle"));
        svg.append("<line class=\"overview-axis\" x1=\"").append(Svg.n(PAD)).append("\" y1=\"").append(Svg.n(axis))
                .append("\" x2=\"").append(Svg.n(WIDE - PAD)).append("\" y2=\"").append(Svg.n(axis)).append("\"/>");
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            double x = across(p.from().toEpochDay());
            svg.append("<rect class=\"overview-band overview-band-").append(i % 2).append("\" x=\"").append(Svg.n(x))
                    .append("\" y=\"").append(Svg.n(band)).append("\" width=\"")
                    .append(Svg.n(Math.max(across(p.to().toEpochDay()) - x, 2))).append("\" height=\"8\"/>");
            double y = names + phaseRows.get(i) * lineHeight;
            svg.append("<line class=\"overview-leader\" x1=\"").append(Svg.n(x)).append("\" y1=\"").append(Svg.n(band))
                    .append("\" x2=\"").append(Svg.n(x)).append("\" y2=\"").append(Svg.n(y - WIDE_FONT + 2)).append("\"/>");
            boolean end = x + Svg.width(p.name(), WIDE_FONT) > WIDE - PAD;
            svg.append(Svg.text("overview-phase", end ? x - 4 : x + 4, y, 0, List.of(p.name()), end ? "end" : "start"));
        }
        for (int i = 0; i < events.size(); i++) {
            TimelineEventView e = events.get(i);
            if (e.label().isEmpty()) {
                svg.append(mark(e, across(e), axis, ""));
            }
        }
        for (Milestone m : milestones) {
            TimelineEventView e = m.event();
            double x = across(e);
            double y = axis - 14 - m.row() * lineHeight;
            String leader = "<line class=\"overview-leader\" x1=\"" + Svg.n(x) + "\" y1=\"" + Svg.n(y + 4) + "\" x2=\""
                    + Svg.n(x) + "\" y2=\"" + Svg.n(axis - 8) + "\"/>";
            svg.append(mark(e, x, axis, leader + Svg.text("overview-label", x, y, 0, List.of(e.label()), m.anchor())));
        }
        legend(svg, PAD, legend, WIDE_FONT);
        return svg.append("</svg>").toString();
    }

    private static final double NARROW = 300;
    private static final double NARROW_FONT = 13.5;
    private static final double TALL = 480;

    /** Time down: years on the left of the line, the band beside it, phases and milestones named on the right. */
    private String narrow() {
        double lineHeight = NARROW_FONT * 1.3;
        double axis = 64;
        double bandX = axis + 9;
        double labelX = axis + 30;
        double top = PAD + NARROW_FONT;
        record Item(double y, List<String> lines, String className, TimelineEventView event, Phase phase) {
        }
        List<Item> items = new ArrayList<>();
        int next = 0;
        for (TimelineEventView e : events) {
            // A phase is named before the milestone that opens it.
            while (next < phases.size() && !phases.get(next).from().isAfter(date(e))) {
                Phase p = phases.get(next++);
                items.add(new Item(down(p.from().toEpochDay(), top), Svg.wrap(p.name(), NARROW - labelX - 4, NARROW_FONT),
                        "overview-phase", null, p));
            }
            if (!e.label().isEmpty()) {
                items.add(new Item(down(day(e), top), Svg.wrap(e.label(), NARROW - labelX - 4, NARROW_FONT),
                        "overview-label", e, null));
            }
        }
        StringBuilder body = new StringBuilder();
        years(body, year -> "<line class=\"overview-tick\" x1=\"" + Svg.n(axis - 6) + "\" y1=\"" + Svg.n(down(year, top))
                + "\" x2=\"" + Svg.n(axis + 6) + "\" y2=\"" + Svg.n(down(year, top)) + "\"/>"
                + Svg.text("overview-year", axis - 12, down(year, top) + NARROW_FONT * 0.35, 0,
                List.of(year(year)), "end"));
        body.append("<line class=\"overview-axis\" x1=\"").append(Svg.n(axis)).append("\" y1=\"").append(Svg.n(top))
                .append("\" x2=\"").append(Svg.n(axis)).append("\" y2=\"").append(Svg.n(top + TALL)).append("\"/>");
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            double y = down(p.from().toEpochDay(), top);
            body.append("<rect class=\"overview-band overview-band-").append(i % 2).append("\" x=\"").append(Svg.n(bandX))
                    .append("\" y=\"").append(Svg.n(y)).append("\" width=\"8\" height=\"")
                    .append(Svg.n(Math.max(down(p.to().toEpochDay(), top) - y, 2))).append("\"/>");
        }
        for (TimelineEventView e : events) {
            if (e.label().isEmpty()) {
                body.append(mark(e, axis, down(day(e), top), ""));
            }
        }
        double bottom = 0;
        for (Item item : items) {
            double baseline = Math.max(item.y() + NARROW_FONT * 0.35, bottom + lineHeight);
            String leader = "<polyline class=\"overview-leader\" points=\"" + Svg.n(item.event() == null ? bandX + 8 : axis + 8)
                    + "," + Svg.n(item.y()) + " " + Svg.n(labelX - 10) + "," + Svg.n(item.y()) + " " + Svg.n(labelX - 4) + ","
                    + Svg.n(baseline - NARROW_FONT * 0.35) + "\"/>";
            String text = Svg.text(item.className(), labelX, baseline, lineHeight, item.lines(), "start");
            body.append(item.event() == null ? leader + text : mark(item.event(), axis, item.y(), leader + text));
            bottom = baseline + (item.lines().size() - 1) * lineHeight;
        }
        double legend = Math.max(top + TALL, bottom) + lineHeight + 6;
        legend(body, PAD, legend, NARROW_FONT);
        return open("narrow", NARROW, legend + 10).append(body).append("</svg>").toString();
    }

    private StringBuilder open(String layout, double width, double height) {
        String id = "overview-" + layout + "-title";
        return new StringBuilder("<svg class=\"overview overview-" + layout + "\" viewBox=\"0 0 " + Svg.n(width) + " "
                + Svg.n(height) + "\" role=\"group\" aria-labelledby=\"" + id + "\"><title id=\"" + id + "\">"
                + Svg.escape(i18n.get("overview_title")) + "</title>");
    }

    /** An event's mark, a link to it below; a milestone's name and leader line go inside the same link. */
    private String mark(TimelineEventView e, double x, double y, String named) {
        String kind = "separate".equals(e.phase()) ? " overview-separate" : named.isEmpty() ? "" : " overview-milestone";
        String name = i18n.get("timeline_glance_event").replace("{date}", e.date().text()).replace("{title}", e.plainTitle());
        return "<a href=\"#" + e.id() + "\" aria-label=\"" + Svg.escape(name) + "\">" + named + "<circle class=\"overview-mark"
                + kind + "\" cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"" + (named.isEmpty() ? 5 : 7) + "\"/></a>";
    }

    /** The key to the hollow marks: events of separate cases. */
    private void legend(StringBuilder svg, double x, double y, double font) {
        svg.append("<circle class=\"overview-mark overview-separate\" cx=\"").append(Svg.n(x + 6)).append("\" cy=\"")
                .append(Svg.n(y - font * 0.35)).append("\" r=\"5\"/>")
                .append(Svg.text("overview-legend", x + 18, y, 0, List.of(i18n.get("overview_separate")), "start"));
    }

    private interface YearMark {
        String at(long januaryFirst);
    }

    /** A tick and the year's number at each first of January strictly inside the timeline. */
    private void years(StringBuilder svg, YearMark mark) {
        newYears().forEach(day -> svg.append(mark.at(day)));
    }

    /** Each first of January strictly inside the timeline, as a day. */
    private List<Long> newYears() {
        List<Long> days = new ArrayList<>();
        for (int year = LocalDate.ofEpochDay(first).getYear() + 1; year <= LocalDate.ofEpochDay(last).getYear(); year++) {
            long day = LocalDate.of(year, 1, 1).toEpochDay();
            if (day > first && day < last) {
                days.add(day);
            }
        }
        return days;
    }

    /** The year's number, as the drawing writes it. */
    private static String year(long januaryFirst) {
        return String.valueOf(LocalDate.ofEpochDay(januaryFirst).getYear());
    }

    private double across(TimelineEventView e) {
        return across(day(e));
    }

    private double across(long day) {
        return PAD + 6 + (WIDE - 2 * PAD - 12) * (day - first) / (double) (last - first);
    }

    private double down(long day, double top) {
        return top + TALL * (day - first) / (double) (last - first);
    }

    private static long day(TimelineEventView e) {
        return date(e).toEpochDay();
    }

    private static LocalDate date(TimelineEventView e) {
        String iso = e.date().iso();
        return LocalDate.parse(iso.length() == 7 ? iso + "-01" : iso);
    }
}
