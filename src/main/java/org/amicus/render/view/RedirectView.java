package org.amicus.render.view;

/** The page an old address sends the reader to. */
public record RedirectView(String url, String permalink, String title) {
}
