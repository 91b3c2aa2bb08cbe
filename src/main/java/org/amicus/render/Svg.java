package org.amicus.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the figures drawn at build time share: escaping, the width a text will take (the build has no fonts, so it
 * is estimated generously, at 0.6 em a character, wide enough for the widest of the sans-serif fonts readers
 * have), lines wrapped to a width, and the rows of labels that must not overlap.
 */
final class Svg {

    /** The width of an average character, in em: DejaVu Sans, the widest common system font, is about 0.58. */
    private static final double CHARACTER = 0.6;

    private Svg() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A coordinate, to a tenth, without a trailing {@code .0}: what {@code String.format("%.1f")} gives (its digits
     * are those of {@link Double#toString}, rounded half up), without parsing a format for each of a figure's
     * hundreds of numbers.
     */
    static String n(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        String tenths = new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        if (tenths.endsWith(".0")) {
            tenths = tenths.substring(0, tenths.length() - 2);
        }
        return Math.copySign(1, value) < 0 && !tenths.startsWith("-") ? "-" + tenths : tenths; // -0.04 is "-0"
    }

    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * CHARACTER * fontSize;
    }

    /** The text in lines no wider than {@code max}, broken at spaces only (never at a no-break space). */
    static List<String> wrap(String text, double max, double fontSize) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && width(line + " " + word, fontSize) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A {@code <text>} of one or more lines, the first on {@code y}. */
    static String text(String className, double x, double y, double lineHeight, List<String> lines, String anchor) {
        StringBuilder svg = new StringBuilder("<text class=\"" + className + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\""
                + (anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"") + ">");
        for (int i = 0; i < lines.size(); i++) {
            String content = escape(lines.get(i));
            svg.append(i == 0 ? content : "<tspan x=\"" + n(x) + "\" dy=\"" + n(lineHeight) + "\">" + content + "</tspan>");
        }
        // A line break after each text keeps the texts of a drawing apart for tools that read its words in a row.
        return svg.append("</text>\n").toString();
    }

    /**
     * Rows of labels side by side, the first row nearest the axis: a label takes the nearest row where it overlaps
     * no label, and where its leader line, drawn from the axis at {@code leader} through the rows before it,
     * crosses none (or a new row, when every row is taken); later labels keep clear of that line too.
     */
    static final class Rows {

        private static final double GAP = 8;
        private final List<List<double[]>> rows = new ArrayList<>();

        /** The row given to a label from {@code from} to {@code to}. */
        int place(double from, double to, double leader) {
            for (int row = 0; ; row++) {
                // A row above all others is always free: its leader then crosses what it must.
                if (free(row, from - GAP, to + GAP) && (leaderFree(row, leader) || row >= rows.size())) {
                    take(row, from, to);
                    for (int below = 0; below < row; below++) {
                        take(below, leader - 2, leader + 2);
                    }
                    return row;
                }
            }
        }

        int count() {
            return rows.size();
        }

        private boolean leaderFree(int row, double x) {
            for (int below = 0; below < row; below++) {
                if (!free(below, x - 2, x + 2)) {
                    return false;
                }
            }
            return true;
        }

        private boolean free(int row, double from, double to) {
            return row >= rows.size() || rows.get(row).stream().noneMatch(r -> from < r[1] && r[0] < to);
        }

        private void take(int row, double from, double to) {
            while (rows.size() <= row) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {from, to});
        }
    }
}
