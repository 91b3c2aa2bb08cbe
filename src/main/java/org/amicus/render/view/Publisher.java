package org.amicus.render.view;

/** Who publishes the site, from site.yaml; either may be an empty text. */
public record Publisher(String name, String url) {
}
