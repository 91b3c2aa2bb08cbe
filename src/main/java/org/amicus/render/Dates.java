package org.amicus.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.amicus.config.Language;
import org.amicus.data.PartialDate;
import org.amicus.render.view.DateView;

/** Dates as readers of each language write them: 20 December 2024, 20 décembre 2024, 1er mai 2025. */
public final class Dates {

    private Dates() {
    }

    public static String format(LocalDate date, Language language) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(language.dateFormat(), language.javaLocale());
        String text = formatter.format(date);
        // French writes the first day of a month as an ordinal: « 1er décembre ».
        if (language.javaLocale().getLanguage().equals("fr") && date.getDayOfMonth() == 1
                && text.startsWith("1 ")) {
            return "1er " + text.substring(2);
        }
        return text;
    }

    /** A date known to the day, or only to the month: "May 2019", "mai 2019". */
    public static String format(PartialDate date, Language language) {
        if (date.dayKnown()) {
            return format(date.date(), language);
        }
        return DateTimeFormatter.ofPattern("MMMM uuuu", language.javaLocale()).format(date.date());
    }

    /** The template form of a partial date: {@code {iso: "2019-05", text: "May 2019", dayKnown: false}}. */
    public static DateView view(PartialDate date, Language language) {
        return new DateView(date.iso(), format(date, language), date.dayKnown());
    }

    /** The template form of a date: {@code {iso: "2024-12-20", text: "20 December 2024", dayKnown: true}}. */
    public static DateView view(LocalDate date, Language language) {
        return new DateView(date.toString(), format(date, language), true);
    }
}
