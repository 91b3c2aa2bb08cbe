package org.amicus.render.view;

import java.util.List;
import java.util.Map;

/**
 * The variables every template receives (and {@code static(path)}, the one function). Absent ones are null:
 * {@code page} on the landing, 404 and redirect pages; {@code landing} and {@code landingPermalink} except on the
 * landing and 404 pages; {@code redirect} except on redirect pages.
 *
 * @param i18n  the UI strings of the current language
 * @param pages   the pages of the current language, by weight then title, as lists show them
 * @param nav     what the site navigation lists: the language's parts (the pages not in a section, and each
 *                section's home), by weight then title
 * @param section the section of the current page; null on pages that are in none
 * @param parts   the parts of the explainer in the current language (its home and ordinary pages), in menu order,
 *                for the header
 */
public record TemplateRoot(SiteView site, LanguageView lang, Map<String, String> i18n, List<PageCard> pages,
                           List<PageCard> nav, List<PartLink> parts, SectionView section, DataView data, PageView page,
                           List<LandingChoice> landing, String landingPermalink, RedirectView redirect) {
}
