package org.amicus.markdown.typography.internal;

import java.util.List;

import static org.amicus.markdown.typography.internal.InlineNeighbours.BOUNDARY;

/**
 * Where a French text needs a narrow no-break space: before ; : ! ? and inside « ». The rules are listed in
 * {@link org.amicus.markdown.typography.TypographyExtension}; this class applies them to one text node, given
 * the characters just outside it ({@link InlineNeighbours}).
 */
final class FrenchSpacing {

    private static final char NARROW = '\u202F';
    private static final String NNBSP = String.valueOf(NARROW);

    private static final String CLOSERS = ")]}\u00BB\u201D\u2019\"'";

    private FrenchSpacing() {
    }

    static void addEdits(String text, int before, int after, List<TextEdit> edits) {
        char[] chars = text.toCharArray(); // every character is read: from an array, without String.charAt's call
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            TextEdit edit = null;
            if (isMark(c) && (i == 0 || !isMark(chars[i - 1]))) {
                edit = beforeMarks(text, i, before, after);
            } else if (c == '\u00AB') {
                edit = afterOpeningGuillemet(text, i, after);
            } else if (c == '\u00BB') {
                edit = spaceBefore(text, i, before, false);
            }
            if (edit != null) {
                edits.add(edit);
            }
        }
    }

    /** The run of marks starting at {@code start}, as in "?!", gets one space before it, if it ends a clause. */
    private static TextEdit beforeMarks(String text, int start, int before, int after) {
        int end = start;
        while (end < text.length() && isMark(text.charAt(end))) {
            end++;
        }
        int next = end < text.length() ? text.charAt(end) : after;
        boolean endsClause = next == BOUNDARY || isSpace(next) || isCloser(next);
        if (!endsClause || UrlWords.isInUrl(text, start)) {
            return null;
        }
        return spaceBefore(text, start, before, true);
    }

    private static TextEdit afterOpeningGuillemet(String text, int at, int after) {
        int next = at + 1;
        if (next == text.length()) {
            // The quoted words start in the next node (emphasis, code…): the space is still ours to add.
            return after == BOUNDARY || isSpace(after) ? null : TextEdit.insert(next, NNBSP);
        }
        if (text.charAt(next) == NARROW) {
            return null;
        }
        int end = next;
        while (end < text.length() && isReplaceableSpace(text.charAt(end))) {
            end++;
        }
        return end > next ? TextEdit.replace(next, end, NNBSP) : TextEdit.insert(next, NNBSP);
    }

    /**
     * A space before {@code at}: replace the spaces typed there, or insert one. Before a mark, insert only after
     * a character that ends a word (not after a backslash: escaping the mark, as in \:, opts out); a closing
     * guillemet closes whatever precedes it, even a code span.
     */
    private static TextEdit spaceBefore(String text, int at, int before, boolean afterWordOnly) {
        if (at == 0) {
            boolean insert = afterWordOnly ? before >= 0 && endsWord((char) before)
                    : before != BOUNDARY && !isSpace(before);
            return insert ? TextEdit.insert(0, NNBSP) : null;
        }
        if (text.charAt(at - 1) == NARROW) {
            return null;
        }
        int start = at;
        while (start > 0 && isReplaceableSpace(text.charAt(start - 1))) {
            start--;
        }
        if (start < at) {
            return TextEdit.replace(start, at, NNBSP);
        }
        return !afterWordOnly || endsWord(text.charAt(at - 1)) ? TextEdit.insert(at, NNBSP) : null;
    }

    private static boolean isMark(char c) {
        return c == ';' || c == ':' || c == '!' || c == '?';
    }

    private static boolean endsWord(char c) {
        return Character.isLetterOrDigit(c) || isCloser(c);
    }

    private static boolean isCloser(int c) {
        return c >= 0 && CLOSERS.indexOf(c) >= 0;
    }

    /** Spaces the author typed where a narrow one belongs. */
    private static boolean isReplaceableSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static boolean isSpace(int c) {
        return c >= 0 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
