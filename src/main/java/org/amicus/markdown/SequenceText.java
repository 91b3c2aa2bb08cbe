package org.amicus.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A flexmark sequence's characters as a String, copied at most once. Reading them through the sequence instead costs
 * a bounds check and a test for U+0000 at each character ({@code SubSequence.charAt}), and the typography rules, the
 * checks and the line index read each one several times.
 */
public final class SequenceText {

    private SequenceText() {
    }

    /**
     * The same characters as {@code chars.toString()}, which copies them one charAt at a time; a sequence that spans
     * all of its String base is that String, not a copy.
     */
    public static String of(BasedSequence chars) {
        if (chars instanceof SubSequence range) {
            // A SubSequence is a contiguous range of its base, except that it reads U+0000 as U+FFFD.
            String text = range.getBase().subSequence(range.getStartOffset(), range.getEndOffset()).toString();
            return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
        }
        return chars.toString();
    }
}
