package org.amicus.render.view;

/**
 * One language offered by the landing page at {@code /} and the 404 page, in its own language; {@code searchUrl} is
 * the URL of its search page, null when it has none.
 */
public record LandingChoice(String lang, String locale, String name, String title, String description, String url,
                            String permalink, String searchUrl) {
}
