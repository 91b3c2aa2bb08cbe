package org.amicus.markdown.typography.internal;

import java.util.List;

/**
 * French abbreviated ordinals of one, 1er and 1re (1ers, 1res), whose letters are printed raised: 1<sup>er</sup>.
 * The ordinal is a word of its own: no letter or number just before the 1 or just after the letters.
 */
final class Ordinals {

    private Ordinals() {
    }

    static void addEdits(String text, List<TextEdit> edits) {
        for (int one = text.indexOf('1'); one >= 0; one = text.indexOf('1', one + 1)) {
            int letters = one + 1;
            if (LettersAndNumbers.before(text, one)
                    || !(text.startsWith("er", letters) || text.startsWith("re", letters))) {
                continue;
            }
            int end = letters + 2;
            if (end < text.length() && text.charAt(end) == 's') {
                end++;
            }
            if (!LettersAndNumbers.at(text, end) && !UrlWords.isInUrl(text, one)) {
                edits.add(TextEdit.superscript(letters, end));
            }
        }
    }
}
