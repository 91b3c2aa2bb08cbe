package org.amicus.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Arrays;

/**
 * A flexmark sequence's characters as a String or an array, copied at most once. Reading them through the sequence
 * instead costs a bounds check and a test for U+0000 at each character ({@code SubSequence.charAt}), and the
 * typography rules, the checks and the line index read each one several times.
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
        if (chars instanceof CharSubSequence) {
            return String.valueOf(array(chars));
        }
        return chars.toString();
    }

    /** The same characters as {@link #of}, in an array of their own, to read without {@code String.charAt}. */
    public static char[] array(BasedSequence chars) {
        char[] array;
        if (chars instanceof CharSubSequence range) {
            // The same for a range of a char[], the base of a page's document (MarkdownProcessor.parse).
            array = Arrays.copyOfRange(range.getBase(), range.getStartOffset(), range.getEndOffset());
        } else if (chars instanceof SubSequence range && range.getBase() instanceof String base) {
            array = new char[range.length()];
            base.getChars(range.getStartOffset(), range.getEndOffset(), array, 0);
        } else {
            return chars.toString().toCharArray();
        }
        for (int i = 0; i < array.length; i++) {
            if (array[i] == '\u0000') {
                array[i] = '\uFFFD';
            }
        }
        return array;
    }
}
