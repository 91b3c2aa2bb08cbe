package org.amicus.render.view;

/** A language the page has no version in; {@code url} is that language's home. */
public record MissingTranslation(String lang, String locale, String name, String url) {
}
