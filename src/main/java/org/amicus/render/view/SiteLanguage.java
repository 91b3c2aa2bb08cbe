package org.amicus.render.view;

/** One language of the site, in switcher order; {@code url} is its home, {@code /en/}. */
public record SiteLanguage(String key, String locale, String name, String url, String title, String description) {
}
