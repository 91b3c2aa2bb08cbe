package org.amicus.markdown.safety;

/**
 * Something in a page's Markdown the content policy refuses, at its 0-based line in the Markdown body.
 *
 * @param fix how to write it instead
 */
public record Finding(int bodyLine, String message, String fix) {
}
