package org.amicus.render.view;

import java.util.List;

/**
 * A page as a list shows it ({@code pages}, {@code nav}, {@code section}): what describes the page, without what
 * only the page itself shows (its HTML, table of contents, Sources list, JSON-LD, translations). Every page lists
 * the pages of its language: without their bodies there, a page's model holds no other page's body (but on the
 * page of the whole guide, which shows them), and {@code serve} renders again, after a page's text changed, only
 * the pages that show that text. Optional values are null as in
 * {@link PageView}.
 *
 * @param readingMinutes as the page's own ({@link PageView#readingMinutes()}); it changes when the words do
 */
public record PageCard(String title, String description, String summary, String url, String permalink, String lang,
                       String locale, String layout, boolean isHome, boolean isFallback, int weight,
                       List<String> tags, String image, DateView date, DateView updated, DateView reviewed,
                       int readingMinutes, FallbackSource fallbackFrom, PartPosition part) {
}
