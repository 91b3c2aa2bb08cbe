package org.amicus.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Arrays;

/**
 * The 0-based line of a node in its document, as {@link Node#getLineNumber()} gives it, found by a binary search in
 * the offsets where lines start instead of flexmark's count of every line break from the start of the page, which
 * made each link's line cost as much as reading the page up to it. A line ends at {@code \n}, {@code \r\n} or
 * {@code \r}. Made once per document, on first use.
 */
public final class SourceLines {

    private static final NullableDataKey<SourceLines> KEY = new NullableDataKey<>("AMICUS_SOURCE_LINES");

    /** Where each line but the first starts, in increasing order. */
    private final int[] starts;

    private SourceLines(int[] starts) {
        this.starts = starts;
    }

    /** The node's line: that of its first character. */
    public static int of(Node node) {
        return in(node.getDocument()).line(node.getStartOffset());
    }

    /** The lines of a document, made on first use and kept in it. */
    public static SourceLines in(Document document) {
        SourceLines lines = KEY.get(document);
        if (lines == null) {
            lines = of(SequenceText.of(document.getChars()));
            document.set(KEY, lines);
        }
        return lines;
    }

    static SourceLines of(CharSequence text) {
        char[] chars = text.toString().toCharArray(); // read without String.charAt's call and check in C1's code
        int[] starts = new int[16];
        int count = 0;
        int length = chars.length;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && chars[i + 1] == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new SourceLines(Arrays.copyOf(starts, count));
    }

    /** The line of an offset: how many lines start at or before it, the first one aside. */
    public int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
