package org.amicus.markdown.typography;

/**
 * A node printed right after the words it supports, like a citation mark: punctuation just before it ends its
 * clause, so French spacing treats it like the end of the text ({@code non ?[@source]} gets its narrow
 * no-break space). Footnote references are treated the same way.
 */
public interface ClauseEnd {
}
