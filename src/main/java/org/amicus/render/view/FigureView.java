package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * A figure drawn from the data at build time, as the reader sees it: a visible title, a one-line takeaway and a
 * source line in HTML around its drawing. An SVG is drawn twice, one for wide screens and one laid out for phones
 * (the stylesheet shows one), so that its text stays as large as the page's small print on a 320 px screen; a
 * drawing in HTML is laid out for each screen by the stylesheet, and has no {@code narrow}.
 *
 * @param narrow null for a drawing laid out by the stylesheet
 * @param html   the whole figure, its title a heading ({@code <h2>})
 * @param words  the words a reader reads of it (title, takeaway, the drawing's words once, source line), for the
 *               reading time of the page that shows it
 */
public record FigureView(String id, String title, TemplateHTMLOutputModel takeaway, TemplateHTMLOutputModel source,
                         TemplateHTMLOutputModel wide, TemplateHTMLOutputModel narrow, TemplateHTMLOutputModel html,
                         int words) {
}
