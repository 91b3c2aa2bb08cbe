package org.amicus.markdown.typography.internal;

/**
 * Plain-text URLs ("https://…", "www.…", "mailto:…"): their colons, question marks and quotes belong to them,
 * so no typographic rule may touch a character inside one.
 */
final class UrlWords {

    /** Prefixes in lower case, matched ignoring ASCII case only ("WWW." but not "ẅẅẅ."). */
    private static final String[] PREFIXES = {"www.", "mailto:", "tel:"};
    /** NEXT LINE, which is not whitespace to {@link Character#isWhitespace} and so can be inside a word. */
    private static final char NEXT_LINE = '\u0085';

    private UrlWords() {
    }

    /**
     * Whether the whitespace-delimited word around {@code index} looks like a URL: it contains "://", or its first
     * letter starts "www.", "mailto:" or "tel:". A word with a U+0085 after that point is not one (this keeps the
     * behaviour of the regular expression this replaces, whose '.' stopped at that line terminator).
     */
    static boolean isInUrl(String text, int index) {
        int start = index;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = index;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return hasScheme(text, start, end) || hasPrefix(text, start, end);
    }

    private static boolean hasScheme(String text, int start, int end) {
        int scheme = text.indexOf("://", start);
        return scheme >= 0 && scheme + 3 <= end && !hasNextLine(text, start, end);
    }

    private static boolean hasPrefix(String text, int start, int end) {
        int letter = start;
        while (letter < end && !Character.isLetter(text.codePointAt(letter))) {
            letter += Character.charCount(text.codePointAt(letter));
        }
        for (String prefix : PREFIXES) {
            if (startsWithIgnoringAsciiCase(text, letter, end, prefix)) {
                return !hasNextLine(text, letter + prefix.length(), end);
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringAsciiCase(String text, int at, int end, String lowerCase) {
        if (at + lowerCase.length() > end) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = text.charAt(at + i);
            char expected = lowerCase.charAt(i);
            boolean letter = expected >= 'a' && expected <= 'z';
            if (c != expected && !(letter && c == expected - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNextLine(String text, int start, int end) {
        int found = text.indexOf(NEXT_LINE, start);
        return found >= 0 && found < end;
    }
}
