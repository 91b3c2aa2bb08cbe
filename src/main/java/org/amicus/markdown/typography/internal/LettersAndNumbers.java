package org.amicus.markdown.typography.internal;

/**
 * Whether a character is a letter or a number in Unicode's sense (general category L or N: 1, ², ½, Ⅻ…), the
 * test by which the rules tell a word from what surrounds it.
 */
final class LettersAndNumbers {

    private static final int CATEGORIES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private LettersAndNumbers() {
    }

    static boolean is(int codePoint) {
        return (CATEGORIES >> Character.getType(codePoint) & 1) != 0;
    }

    /**
     * Whether the char just before {@code at} is one. A char, not a code point: a letter outside the Basic
     * Multilingual Plane, two surrogates, does not count here (nor did it in the regular expressions' look-behind
     * that this replaces).
     */
    static boolean before(String text, int at) {
        return at > 0 && is(text.charAt(at - 1));
    }

    /** Whether the code point that starts at {@code at} is one; false at the end of the text. */
    static boolean at(String text, int at) {
        return at < text.length() && is(text.codePointAt(at));
    }
}
