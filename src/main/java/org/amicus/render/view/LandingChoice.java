package org.amicus.render.view;

/** One language offered by the landing page at {@code /}, in its own language. */
public record LandingChoice(String lang, String locale, String name, String title, String description, String url,
                            String permalink) {
}
