package org.amicus.markdown.typography.internal;

import java.util.List;

/**
 * Where a no-break space U+00A0 keeps two words on one line. In every language: after § and ¶ ({@code § 1030}).
 * In French also: after n° ({@code n° 25-7380}), between a day and its month ({@code 20 décembre}, {@code 1er mai})
 * and between a number and the unit it counts, from a closed list ({@code 4 millions}, {@code 43 fois},
 * {@code 25 pages}, {@code 10 %}). Only spaces the author typed are replaced; none is inserted.
 *
 * <p>Each run of spaces is judged by the characters on either side of it, with no regular expression: this runs
 * on every text node of every page.
 */
final class NoBreakSpaces {

    private static final String NBSP = "\u00A0";

    private static final String NUMERO_SIGNS = "°º\u1D52";
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    /** Units counted by a number; each may take a plural s, except fois. */
    private static final String[] UNITS = {"million", "milliard", "dollar", "page", "an", "jour"};

    private NoBreakSpaces() {
    }

    static void addEdits(String text, boolean french, List<TextEdit> edits) {
        if (!french && text.indexOf('§') < 0 && text.indexOf('¶') < 0) {
            return; // outside French, only a space after § or ¶ changes: no need to look at every space
        }
        int end = 0;
        for (int start = text.indexOf(' '); start >= 0; start = text.indexOf(' ', end)) {
            end = start + 1;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            if (start > 0 && (afterSection(text, start, end) || french && (afterNumero(text, start, end)
                    || betweenDayAndMonth(text, start, end) || betweenNumberAndUnit(text, start, end)))
                    && !UrlWords.isInUrl(text, start - 1)) {
                edits.add(TextEdit.replace(start, end, NBSP));
            }
        }
    }

    /** § or ¶, the spaces, then a letter, a number or a parenthesis. */
    private static boolean afterSection(String text, int start, int end) {
        char sign = text.charAt(start - 1);
        return (sign == '§' || sign == '¶')
                && end < text.length() && (text.charAt(end) == '(' || LettersAndNumbers.at(text, end));
    }

    /** n°, N°, nº, nᵒ or their plural n°s, as a word of its own, the spaces, then a number. */
    private static boolean afterNumero(String text, int start, int end) {
        int sign = text.charAt(start - 1) == 's' ? start - 2 : start - 1;
        if (sign < 1 || NUMERO_SIGNS.indexOf(text.charAt(sign)) < 0) {
            return false;
        }
        int n = sign - 1;
        return (text.charAt(n) == 'n' || text.charAt(n) == 'N') && !LettersAndNumbers.before(text, n)
                && end < text.length() && isNumber(text.codePointAt(end));
    }

    /**
     * A day (1er, 1 to 31, or 01 to 09) as a word of its own, not after a point or a comma (3.5 mai, 2,5 mai), the
     * spaces, then a month as a word of its own.
     */
    private static boolean betweenDayAndMonth(String text, int start, int end) {
        int day = dayBefore(text, start);
        if (day < 0) {
            return false;
        }
        char previous = day > 0 ? text.charAt(day - 1) : ' ';
        if (previous == '.' || previous == ',' || LettersAndNumbers.before(text, day)) {
            return false;
        }
        for (String month : MONTHS) {
            if (text.startsWith(month, end)) {
                return !LettersAndNumbers.at(text, end + month.length());
            }
        }
        return false;
    }

    /** Where the day that ends at {@code end} starts, or -1 if no day ends there. */
    private static int dayBefore(String text, int end) {
        char last = text.charAt(end - 1);
        if (last == 'r') {
            return end >= 3 && text.startsWith("1er", end - 3) ? end - 3 : -1;
        }
        if (!isAsciiDigit(last)) {
            return -1;
        }
        if (end < 2 || !isAsciiDigit(text.charAt(end - 2))) {
            return last == '0' ? -1 : end - 1;
        }
        char first = text.charAt(end - 2);
        boolean day = first == '0' ? last != '0' : first == '1' || first == '2' || first == '3' && last <= '1';
        return day ? end - 2 : -1;
    }

    /** A number, the spaces, then % or a unit of the list as a word of its own. */
    private static boolean betweenNumberAndUnit(String text, int start, int end) {
        if (!isNumber(text.codePointBefore(start)) || end == text.length()) {
            return false;
        }
        if (text.charAt(end) == '%') {
            return true;
        }
        for (String unit : UNITS) {
            if (text.startsWith(unit, end)) {
                int after = end + unit.length();
                if (after < text.length() && text.charAt(after) == 's') {
                    after++;
                }
                return !LettersAndNumbers.at(text, after);
            }
        }
        return text.startsWith("fois", end) && !LettersAndNumbers.at(text, end + "fois".length());
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
