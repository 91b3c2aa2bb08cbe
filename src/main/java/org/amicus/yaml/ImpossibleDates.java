package org.amicus.yaml;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date written in the right form that cannot be: 2026-13-01 (no month 13), 2026-02-30 (February has 28 days). */
public final class ImpossibleDates {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private ImpossibleDates() {
    }

    /** Why {@code text}, written YYYY-MM-DD or YYYY-MM, is no date; empty when it is one or is not in that form. */
    public static Optional<String> why(String text) {
        Matcher date = FORM.matcher(text);
        if (!date.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(date.group(1));
        int month = Integer.parseInt(date.group(2));
        if (month < 1 || month > 12) {
            return Optional.of("there is no month " + month + " (months go from 01 to 12)");
        }
        if (date.group(3) == null) {
            return Optional.empty();
        }
        int day = Integer.parseInt(date.group(3));
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            return Optional.of(day < 1 ? "there is no day 0"
                    : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + days
                    + " days");
        }
        return Optional.empty();
    }
}
