package org.amicus.render.view;

import java.util.List;
import java.util.Map;

/**
 * The variables every template receives (and {@code static(path)}, the one function). Absent ones are null:
 * {@code page} on the landing, 404 and redirect pages; {@code landing} and {@code landingPermalink} except on the
 * landing and 404 pages; {@code redirect} except on redirect pages.
 *
 * @param i18n  the UI strings of the current language
 * @param pages the pages of the current language, by weight then title
 */
public record TemplateRoot(SiteView site, LanguageView lang, Map<String, String> i18n, List<PageView> pages,
                           DataView data, PageView page, List<LandingChoice> landing, String landingPermalink,
                           RedirectView redirect) {
}
