package org.amicus.markdown.typography.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typography rules as they were written with regular expressions (commit 8ae7c8f), kept only as the oracle of
 * {@link HandWrittenRulesTest}: the hand-written scanners that replaced them for speed must make exactly the same
 * edits, and a regular expression is the plainest statement of what a rule matches. Not used by the build. The
 * apostrophes and the ordering of edits are copied as they were too, since their code changed with the rest.
 */
final class RegexRulesOracle {

    private RegexRulesOracle() {
    }

    static List<TextEdit> edits(CharSequence text, int before, int after, boolean french) {
        List<TextEdit> edits = new ArrayList<>(apostrophes(text, before, after));
        edits.addAll(noBreakSpaces(text, french));
        if (french) {
            // French spacing never had regular expressions: its scanner is the one in use.
            FrenchSpacing.addEdits(text.toString(), before, after, edits);
            edits.addAll(ordinals(text));
        }
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        List<TextEdit> kept = new ArrayList<>();
        int done = 0;
        for (TextEdit edit : sorted) {
            if (edit.start() >= done) {
                kept.add(edit);
                done = edit.end();
            }
        }
        return kept;
    }

    // UrlWords

    private static final Pattern URL_WORD = Pattern.compile("(?i).*://.*|[^\\p{L}]*(www\\.|mailto:|tel:).*");

    static boolean isInUrl(CharSequence text, int index) {
        int start = index;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = index;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return URL_WORD.matcher(text.subSequence(start, end)).matches();
    }

    // Apostrophes

    private static List<TextEdit> apostrophes(CharSequence text, int before, int after) {
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\'') {
                continue;
            }
            int previous = i > 0 ? text.charAt(i - 1) : before;
            int next = i + 1 < text.length() ? text.charAt(i + 1) : after;
            if (previous != '\\' && (isWordChar(previous) || isWordChar(next)) && !isInUrl(text, i)) {
                edits.add(TextEdit.replace(i, i + 1, LanguageRules.APOSTROPHE));
            }
        }
        return edits;
    }

    private static boolean isWordChar(int c) {
        return c >= 0 && Character.isLetterOrDigit(c);
    }

    // NoBreakSpaces

    private static final Pattern SECTION = Pattern.compile("[§¶]( +)(?=[\\p{L}\\p{N}(])");
    private static final Pattern NUMERO = Pattern.compile("(?<![\\p{L}\\p{N}])[nN][°º\u1D52]s?( +)(?=\\p{N})");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?:1er|0?[1-9]|[12]\\d|3[01])"
            + "( +)(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER_UNIT = Pattern.compile("\\p{N}( +)(?:%|(?:millions?|milliards?|dollars?"
            + "|pages?|fois|ans?|jours?)(?![\\p{L}\\p{N}]))");

    private static List<TextEdit> noBreakSpaces(CharSequence text, boolean french) {
        List<TextEdit> edits = new ArrayList<>();
        for (Pattern pattern : french ? List.of(SECTION, NUMERO, DAY_MONTH, NUMBER_UNIT) : List.of(SECTION)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!isInUrl(text, m.start())) {
                    edits.add(TextEdit.replace(m.start(1), m.end(1), "\u00A0"));
                }
            }
        }
        return edits;
    }

    // Ordinals

    private static final Pattern FIRST = Pattern.compile("(?<![\\p{L}\\p{N}])1(ers?|res?)(?![\\p{L}\\p{N}])");

    private static List<TextEdit> ordinals(CharSequence text) {
        List<TextEdit> edits = new ArrayList<>();
        Matcher m = FIRST.matcher(text);
        while (m.find()) {
            if (!isInUrl(text, m.start())) {
                edits.add(TextEdit.superscript(m.start(1), m.end(1)));
            }
        }
        return edits;
    }
}
