package org.amicus.render.view;

/**
 * The current language: its Atom feed, and its search page when it has one ({@code searchUrl} null otherwise) with
 * what the search field of every page needs ({@code search}: the list of pages search indexes, and lunr; null
 * when the language has no search page).
 */
public record LanguageView(String key, String locale, String name, String feedUrl, String searchUrl,
                           SearchView search) {
}
