package org.amicus.render.view;

/** What a {@code layout: search} page loads: its language's index and lunr. */
public record SearchView(String indexUrl, String lunrUrl) {
}
