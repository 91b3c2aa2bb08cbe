package org.amicus.markdown.typography.internal;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A text node's characters as a String, copied once. Reading them through the node's sequence instead costs a
 * bounds check and a test for U+0000 at each character, and the typography rules read each one several times.
 */
final class NodeText {

    private NodeText() {
    }

    /** The same characters as {@code chars.toString()}, which copies them one charAt at a time. */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence range) {
            // A SubSequence is a contiguous range of its base, except that it reads U+0000 as U+FFFD.
            String text = range.getBase().subSequence(range.getStartOffset(), range.getEndOffset()).toString();
            return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
        }
        return chars.toString();
    }
}
