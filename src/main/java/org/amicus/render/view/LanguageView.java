package org.amicus.render.view;

/** The current language: its Atom feed, and its search page when it has one ({@code searchUrl} null otherwise). */
public record LanguageView(String key, String locale, String name, String feedUrl, String searchUrl) {
}
