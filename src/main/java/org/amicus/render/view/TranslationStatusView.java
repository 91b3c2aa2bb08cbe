package org.amicus.render.view;

/**
 * How a translation stands against its source: {@code state} is {@code current}, {@code stale} or
 * {@code untracked}.
 */
public record TranslationStatusView(String state, Source source) {

    /** The page translated from; {@code updated} (its last change) is null when it has no date. */
    public record Source(String lang, String locale, String name, String url, DateView updated) {
    }
}
