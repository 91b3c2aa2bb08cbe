package org.amicus.config;

/** What the build does with a page that exists in one language but not in another. */
public enum MissingTranslationPolicy {
    /** The build fails, for sites that publish both languages or none. */
    STRICT,
    /** The page and its switcher say plainly that no translation exists yet (the default). */
    NOTICE,
    /** The source page is served at the localized URL with a banner and a canonical link to the source. */
    FALLBACK
}
