package org.amicus.render.view;

/** A real language version, for {@code <link rel="alternate" hreflang>}. */
public record Alternate(String lang, String locale, String permalink) {
}
