package org.amicus.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.amicus.config.Language;

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

    /** The template form of a date: {@code {iso: "2024-12-20", text: "20 December 2024"}}. */
    public static Map<String, Object> model(LocalDate date, Language language) {
        return Map.of("iso", date.toString(), "text", format(date, language));
    }
}
