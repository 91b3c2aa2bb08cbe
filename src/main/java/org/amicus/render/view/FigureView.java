package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * A figure drawn from the data at build time, as the reader sees it: a visible title, a one-line takeaway and a
 * source line in HTML around two drawings of the same SVG, one for wide screens and one laid out for phones (the
 * stylesheet shows one), so that its text stays as large as the page's small print on a 320 px screen.
 */
public record FigureView(String id, String title, TemplateHTMLOutputModel takeaway, TemplateHTMLOutputModel source,
                         TemplateHTMLOutputModel wide, TemplateHTMLOutputModel narrow) {
}
