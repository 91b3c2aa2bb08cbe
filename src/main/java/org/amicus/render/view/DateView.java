package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * A date: {@code iso} for {@code <time datetime>} ({@code 2024-12-20}, or {@code 2019-05} when only the month is
 * known); {@code text} as readers of the language write it, plain ({@code 20 December 2024}, {@code 1er mai 2025}
 * with a no-break space after the day), for attributes, SVG and string replacements; {@code html} the same for
 * the page's text, ordinals raised ({@code 1<sup>er</sup> mai 2025}).
 */
public record DateView(String iso, String text, TemplateHTMLOutputModel html, boolean dayKnown) {
}
