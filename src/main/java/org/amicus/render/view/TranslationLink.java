package org.amicus.render.view;

import java.util.List;

/** Another language version of the page; {@code sharedAnchors} are the ids both pages have, for the switcher. */
public record TranslationLink(String lang, String locale, String name, String title, String url, String permalink,
                              boolean isFallback, List<String> sharedAnchors) {
}
