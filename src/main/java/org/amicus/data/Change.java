package org.amicus.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dated change to the explainer, from {@code content/data/changes.yaml}: a new development added, or a
 * correction. Readers see it on the About page's log, as a dated line at the top of each page it changed,
 * and in the Atom feeds.
 *
 * @param id         a stable anchor: {@code change-2026-12-01}, then {@code change-2026-12-01-2} for a second
 *                   change of the same day, in the file's order
 * @param pages      the pages it changed, as paths under the default language's folder ({@code the-ruling.md});
 *                   their translations changed with them
 * @param pagesLine  the line of {@code pages:}, for errors about a page that does not exist
 */
public record Change(String id, LocalDate date, Kind kind, List<String> pages, Map<String, Text> byLanguage,
                     int line, int pagesLine) {

    public enum Kind {
        UPDATE, CORRECTION;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The change told in one language: a short title and one or two sentences. */
    public record Text(String title, String text) {
    }
}
