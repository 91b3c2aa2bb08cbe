package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * One part of the explainer on the page that holds the whole guide ({@code layout: guide}). Its ids are the
 * page's own with {@code id + "--"} before them, so that the parts' ids do not collide; links between parts lead
 * inside the guide page.
 *
 * @param id        the part's id on the guide page ({@code the-ruling}; {@code home} for the home page)
 * @param url       the part's own page
 * @param textLang  the language of its text when it is a fallback page's (another language's), else null
 * @param content   its Markdown, rendered, with its ids and links made the guide page's and its headings one
 *                  level down ({@code h2} → {@code h3}), under the part's title
 * @param citations its Sources list, numbered as on its own page, with the same ids as its text
 */
public record GuideChapter(String id, String title, String description, String url, String textLang,
                           TemplateHTMLOutputModel content, List<CitationView> citations) {
}
