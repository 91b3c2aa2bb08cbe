package org.amicus.render.view;

import java.util.List;

/** The site in one language: built once per language. {@code image} is null without a social image. */
public record SiteView(String title, String description, String baseUrl, String defaultLanguage,
                       List<SiteLanguage> languages, Publisher publisher, String image) {
}
