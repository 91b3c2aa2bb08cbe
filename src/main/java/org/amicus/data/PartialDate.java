package org.amicus.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date known to the day ({@code 2024-12-20}) or only to the month ({@code 2019-05}): the timeline and the
 * sources never claim more precision than the record gives.
 */
public record PartialDate(LocalDate date, boolean dayKnown) implements Comparable<PartialDate> {

    public static Optional<PartialDate> parse(String text) {
        String value = text.trim();
        try {
            if (value.length() == 7) {
                return Optional.of(new PartialDate(YearMonth.parse(value).atDay(1), false));
            }
            return Optional.of(new PartialDate(LocalDate.parse(value), true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code 2024-12-20} or {@code 2019-05}: valid in {@code <time datetime>}. */
    public String iso() {
        return dayKnown ? date.toString() : YearMonth.from(date).toString();
    }

    public int year() {
        return date.getYear();
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDate = date.compareTo(other.date);
        // "May 2019" sorts before "May 20, 2019": the month as a whole comes first.
        return byDate != 0 ? byDate : Boolean.compare(dayKnown, other.dayKnown);
    }
}
