package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * An event of timeline.yaml in the current language: {@code title} and {@code text} as HTML with their emphasis
 * ({@code text} may be empty), {@code plainTitle} without markup, for attributes and SVG. {@code id} is its anchor
 * on the timeline page ({@code event-2024-12-20}, then {@code -2} for a second event of that date), {@code url}
 * that anchor's address (null when the language has no timeline page); {@code phase} the key of its phase (null
 * when it has none) and {@code label} its name as a milestone, plain (empty when it is not one).
 */
public record TimelineEventView(String id, String url, DateView date, int year, TemplateHTMLOutputModel title,
                                String plainTitle, TemplateHTMLOutputModel text, List<SourceView> sources,
                                String phase, String label) {
}
