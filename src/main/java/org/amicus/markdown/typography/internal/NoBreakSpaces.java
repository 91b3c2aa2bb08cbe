package org.amicus.markdown.typography.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a no-break space U+00A0 keeps two words on one line. In every language: after § and ¶ ({@code § 1030}).
 * In French also: after n° ({@code n° 25-7380}), between a day and its month ({@code 20 décembre}, {@code 1er mai})
 * and between a number and the unit it counts, from a closed list ({@code 4 millions}, {@code 43 fois},
 * {@code 25 pages}, {@code 10 %}). Only spaces the author typed are replaced; none is inserted.
 */
final class NoBreakSpaces {

    private static final String NBSP = "\u00A0";

    /** Group 1 is the spaces to replace in each pattern. */
    private static final Pattern SECTION = Pattern.compile("[§¶]( +)(?=[\\p{L}\\p{N}(])");
    private static final Pattern NUMERO = Pattern.compile("(?<![\\p{L}\\p{N}])[nN][°º\u1D52]s?( +)(?=\\p{N})");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?:1er|0?[1-9]|[12]\\d|3[01])"
            + "( +)(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER_UNIT = Pattern.compile("\\p{N}( +)(?:%|(?:millions?|milliards?|dollars?"
            + "|pages?|fois|ans?|jours?)(?![\\p{L}\\p{N}]))");

    private static final List<Pattern> EVERY_LANGUAGE = List.of(SECTION);
    private static final List<Pattern> FRENCH = List.of(SECTION, NUMERO, DAY_MONTH, NUMBER_UNIT);

    private NoBreakSpaces() {
    }

    static List<TextEdit> edits(CharSequence text, boolean french) {
        List<TextEdit> edits = new ArrayList<>();
        for (Pattern pattern : french ? FRENCH : EVERY_LANGUAGE) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!UrlWords.isInUrl(text, m.start())) {
                    edits.add(TextEdit.replace(m.start(1), m.end(1), NBSP));
                }
            }
        }
        return edits;
    }
}
