package org.amicus.markdown.typography.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French abbreviated ordinals of one, 1er and 1re (1ers, 1res), whose letters are printed raised: 1<sup>er</sup>.
 */
final class Ordinals {

    private static final Pattern FIRST = Pattern.compile("(?<![\\p{L}\\p{N}])1(ers?|res?)(?![\\p{L}\\p{N}])");

    private Ordinals() {
    }

    static List<TextEdit> edits(CharSequence text) {
        List<TextEdit> edits = new ArrayList<>();
        Matcher m = FIRST.matcher(text);
        while (m.find()) {
            if (!UrlWords.isInUrl(text, m.start())) {
                edits.add(TextEdit.superscript(m.start(1), m.end(1)));
            }
        }
        return edits;
    }
}
