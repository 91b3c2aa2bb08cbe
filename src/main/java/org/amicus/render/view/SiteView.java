package org.amicus.render.view;

import java.util.List;

/**
 * The site in one language: built once per language. {@code image} is null without a social image;
 * {@code contentSecurityPolicy} is the policy for a {@code <meta http-equiv>} tag.
 */
public record SiteView(String title, String description, String baseUrl, String defaultLanguage,
                       List<SiteLanguage> languages, Publisher publisher, String image, String contentSecurityPolicy) {
}
