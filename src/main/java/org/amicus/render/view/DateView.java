package org.amicus.render.view;

/**
 * A date: {@code iso} for {@code <time datetime>} ({@code 2024-12-20}, or {@code 2019-05} when only the month is
 * known), {@code text} as readers of the language write it ({@code 20 December 2024}, {@code 1er mai 2025}).
 */
public record DateView(String iso, String text, boolean dayKnown) {
}
