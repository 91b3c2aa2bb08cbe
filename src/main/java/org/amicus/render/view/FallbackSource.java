package org.amicus.render.view;

/** The page whose text a fallback page shows. */
public record FallbackSource(String lang, String locale, String name, String url, String permalink) {
}
