package org.amicus.markdown;

import java.util.regex.Pattern;

/**
 * A short text (a title, a description, a definition) is one line of words, never a Markdown block. Its line breaks
 * (from a YAML block value) are spaces, as a reader sees them, so typography treats them as spaces too; and what would
 * start a list, a heading, a quote, a rule or a definition is escaped, so that {@code 2024. The year of the verdict},
 * {@code # 1 in the charts} or {@code - no} keep every character instead of losing their first word to a block
 * marker. Inline Markdown (emphasis, code, links) still works.
 */
final class ShortText {

    /** {@code 2024.} or {@code 1)} then a space or the end: an ordered list item. Group 2 is its mark. */
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    /** The other blocks: a heading, a quote, a bullet, a rule, a fence, a definition, a reference or abbreviation. */
    private static final Pattern BLOCK = Pattern.compile("^(?:#{1,6}(?=\\s|$)|>|[-+*](?=\\s|$)|([-*_=])(?:\\s*\\1)+\\s*$"
            + "|`{3,}|~{3,}|:(?=\\s|$)|\\*?\\[[^\\]]*]:)");
    /** What {@link #plain} lets through beside letters and digits: no {@code * _ ` [ ] < > & \ { } | ~ " '}. */
    private static final String PLAIN_PUNCTUATION = " \u00A0\u202F.,;:?!()%/§¶°€$@+=-–—’«»“”…";
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t\\n]*");

    private ShortText() {
    }

    /** The text on one line, its opening block marker escaped. */
    static String inline(String text) {
        String line = LINE_BREAK.matcher(text.strip()).replaceAll(" ");
        if (ORDERED.matcher(line).find()) {
            return ORDERED.matcher(line).replaceFirst("$1\\\\$2");
        }
        return BLOCK.matcher(line).find() ? "\\" + line : line;
    }

    /**
     * Whether a line of {@link #inline} holds no Markdown at all: letters, digits, spaces (plain, no-break, narrow
     * no-break) and punctuation that is never syntax inside a line; an apostrophe only inside a word, since a
     * quote that may open or close is paired by flexmark.
     */
    static boolean plain(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean plain = Character.isLetterOrDigit(c) || PLAIN_PUNCTUATION.indexOf(c) >= 0
                    || c == '\'' && i > 0 && i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i - 1))
                            && Character.isLetterOrDigit(line.charAt(i + 1));
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
