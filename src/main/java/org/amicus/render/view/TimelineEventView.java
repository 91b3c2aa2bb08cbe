package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * An event of timeline.yaml in the current language: {@code title} and {@code text} as HTML with their emphasis
 * ({@code text} may be empty), {@code plainTitle} without markup, for attributes and SVG.
 */
public record TimelineEventView(DateView date, int year, TemplateHTMLOutputModel title, String plainTitle,
                                TemplateHTMLOutputModel text, List<SourceView> sources) {
}
