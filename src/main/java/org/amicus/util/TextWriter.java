package org.amicus.util;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}, for one thread. {@link java.io.StringWriter} takes a lock at each
 * write, and FreeMarker writes a page in many small pieces: one per text and interpolation of its templates.
 */
public final class TextWriter extends Writer {

    private final StringBuilder text;

    /** @param capacity the characters it holds before it grows */
    public TextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public TextWriter append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public TextWriter append(CharSequence chars, int start, int end) {
        text.append(chars, start, end);
        return this;
    }

    @Override
    public TextWriter append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** What was written. */
    @Override
    public String toString() {
        return text.toString();
    }
}
