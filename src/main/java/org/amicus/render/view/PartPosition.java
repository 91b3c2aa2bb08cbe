package org.amicus.render.view;

/**
 * Where a part of the explainer stands among the parts of its language, for "Part 2 of 7" and the links to the
 * parts before and after it at the end of the article.
 *
 * @param previous the part before it; null on the first
 * @param next     the part after it; null on the last
 */
public record PartPosition(int number, int total, PartLink previous, PartLink next) {
}
