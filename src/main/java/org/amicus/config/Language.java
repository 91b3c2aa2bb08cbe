package org.amicus.config;

import java.util.Locale;

/**
 * A language of the site. The {@code key} names folders and URLs ({@code fr}); the {@code locale} is the BCP 47
 * tag for {@code hreflang}, {@code <html lang>} and dates ({@code fr-FR}). Hugo issue #8413 shows why they are
 * kept apart.
 */
public record Language(String key, String locale, String name, String title, String description,
                       String dateFormat) {

    public Locale javaLocale() {
        return Locale.forLanguageTag(locale);
    }
}
