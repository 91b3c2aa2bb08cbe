package org.amicus.render.view;

/** What a {@code layout: search} page loads: the list of its language's pages to search, and lunr. */
public record SearchView(String documentsUrl, String lunrUrl) {
}
