package org.amicus.markdown.typography.internal;

import java.util.List;

/**
 * Straight single quotes left in a text once flexmark has paired the quotation marks are apostrophes when they
 * touch a letter or a digit: l'arbre, don't, 'tis. A lone ' between spaces is left as typed, and so is an
 * escaped \' (the author asked for a straight quote),
 * and one inside a plain-text URL.
 */
final class Apostrophes {

    private Apostrophes() {
    }

    static void addEdits(String text, int before, int after, List<TextEdit> edits) {
        for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', i + 1)) {
            int previous = i > 0 ? text.charAt(i - 1) : before;
            int next = i + 1 < text.length() ? text.charAt(i + 1) : after;
            if (previous != '\\' && (isWordChar(previous) || isWordChar(next)) && !UrlWords.isInUrl(text, i)) {
                edits.add(TextEdit.replace(i, i + 1, LanguageRules.APOSTROPHE));
            }
        }
    }

    private static boolean isWordChar(int c) {
        return c >= 0 && Character.isLetterOrDigit(c);
    }
}
