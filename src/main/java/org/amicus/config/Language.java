package org.amicus.config;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A language of the site. The {@code key} names folders and URLs ({@code fr}); the {@code locale} is the BCP 47
 * tag for {@code hreflang}, {@code <html lang>} and dates ({@code fr-FR}). Hugo issue #8413 shows why they are
 * kept apart. A blank {@code dateFormat} means the locale's own long date: December 20, 2024 in en-US,
 * 20 décembre 2024 in fr-FR.
 */
public record Language(String key, String locale, String name, String title, String description,
                       String dateFormat) {

    public Locale javaLocale() {
        return Locale.forLanguageTag(locale);
    }

    public DateTimeFormatter dateFormatter() {
        return dateFormat.isBlank() ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(javaLocale())
                : DateTimeFormatter.ofPattern(dateFormat, javaLocale());
    }
}
