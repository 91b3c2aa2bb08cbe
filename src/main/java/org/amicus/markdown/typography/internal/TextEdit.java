package org.amicus.markdown.typography.internal;

import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amicus.markdown.typography.OrdinalSuffix;

/**
 * Replace the characters [start, end) of a text with {@code replacement} (start == end inserts), or, when
 * {@code replacement} is null, print them raised as the letters of an ordinal.
 */
record TextEdit(int start, int end, String replacement) {

    static TextEdit insert(int at, String replacement) {
        return new TextEdit(at, at, replacement);
    }

    static TextEdit replace(int start, int end, String replacement) {
        return new TextEdit(start, end, replacement);
    }

    static TextEdit superscript(int start, int end) {
        return new TextEdit(start, end, null);
    }

    private static final Comparator<TextEdit> BY_POSITION = Comparator.comparingInt(TextEdit::start)
            .thenComparingInt(TextEdit::end);

    /**
     * The edits sorted by position, each kept only if it starts after the previous one ends: when two rules want
     * the same spaces (as in "« : »"), one narrow space is enough. Sorts {@code edits} in place.
     */
    static List<TextEdit> inOrder(List<TextEdit> edits) {
        if (edits.size() < 2) {
            return edits;
        }
        edits.sort(BY_POSITION);
        List<TextEdit> kept = new ArrayList<>(edits.size());
        int done = 0;
        for (TextEdit edit : edits) {
            if (edit.start() >= done) {
                kept.add(edit);
                done = edit.end();
            }
        }
        return kept;
    }

    /** The node that prints the edited characters {@code chars}. */
    Node node(BasedSequence chars) {
        return replacement == null ? new OrdinalSuffix(chars) : new TypographicSmarts(chars, replacement);
    }
}
