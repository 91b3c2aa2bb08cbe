package org.amicus.markdown.typography.internal;

/**
 * Replace the characters [start, end) of a text with {@code replacement}; start == end inserts.
 */
record TextEdit(int start, int end, String replacement) {

    static TextEdit insert(int at, String replacement) {
        return new TextEdit(at, at, replacement);
    }

    static TextEdit replace(int start, int end, String replacement) {
        return new TextEdit(start, end, replacement);
    }
}
