package org.amicus.markdown.typography.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.amicus.Generated;
import org.amicus.markdown.SequenceText;
import org.junit.jupiter.api.Test;

/**
 * The typography rules, written as scanners for speed, make exactly the edits that their regular expressions made
 * ({@link RegexRulesOracle}), on seeded random texts in both languages: words, numbers, ordinals, days and months,
 * units, n°, §, quotes and apostrophes, French punctuation, URLs, e-mail addresses, code, spaces of every kind, and
 * characters chosen to sit on the edges of the rules (numbers that are not digits, letters outside the Basic
 * Multilingual Plane, U+0085, the Turkish dotted and dotless i, the control characters 32 below '.' and ':').
 */
class HandWrittenRulesTest {

    private static final String[] PIECES = {
        "word", "Mot", "déjà", "Été", "l'", "L'", "aujourd'hui", "it's", "'tis", "students'", "\\'", "'", "’", "‘",
        "\"", "«", "»", "“", "”", "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "!", "?", "?!", "!!", "::", "\\:",
        "-", "/", "#", "*", "_", "`", "+", "=", "@",
        "0", "1", "2", "3", "9", "01", "05", "10", "12", "19", "20", "29", "30", "31", "32", "35", "00", "123", "2024",
        "3.5", "2,5", "1er", "1re", "1ers", "1res", "1erx", "11er", "21er", "01er", "2e", "XIXe", "XXIe", "1è",
        "janvier", "février", "mars", "avril", "mai", "maire", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "Mai", "mais",
        "million", "millions", "milliard", "milliards", "dollar", "dollars", "page", "pages", "pagesx", "fois",
        "foiss", "an", "ans", "année", "jour", "jours", "journée", "%", "%x",
        "§", "¶", "n°", "N°", "nº", "nᵒ", "n°s", "no", "un°",
        "https://exemple.fr/a?b=1", "http://x.org:80/", "HTTPS://X.FR", "a://b", "www.exemple.fr", "WWW.Exemple.fr",
        "(www.x.fr)", "wwwx", "mailto:a@b.fr", "MAILTO:A@B.FR", "mailto", "tel:+33", "Tel:1", "a@b.fr", "x.com",
        "std::vector", "10:30", "9:1", "a:b", "f(x);", "--verbose", "<<", ">>",
        "²", "½", "Ⅻ", "٣", "१", "𝟙", "𝟚", "𝐀", "\uD835", "\uDFD9", "İ", "ı", "MAİLTO:", "maılto:", "www", "Tel",
        "\u000E", "\u001A", "\u0085",
        " ", " ", " ", "  ", "   ", "\t", "\n", "\r", "\u00A0", "\u202F", "\u2028", "\u2007",
    };
    private static final int[] NEIGHBOURS = {
        InlineNeighbours.BOUNDARY, InlineNeighbours.OPAQUE, 'a', '1', ' ', '\u00A0', '\'', '\\', '»', '«', ':', ')',
        '”', '’', '.', '\u202F', '\n',
    };

    private record Case(boolean french, String text, int before, int after) {
    }

    private static Case pieces(Random random) {
        String between = random.nextBoolean() ? "" : " ";
        return new Case(random.nextBoolean(), Generated.pieces(random, PIECES, 16, between),
                NEIGHBOURS[random.nextInt(NEIGHBOURS.length)], NEIGHBOURS[random.nextInt(NEIGHBOURS.length)]);
    }

    /** Single characters of the pieces, shuffled: sequences no piece list would think of. */
    private static Case characters(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            text.append(piece.charAt(random.nextInt(piece.length())));
        }
        return new Case(random.nextBoolean(), text.toString(), NEIGHBOURS[random.nextInt(NEIGHBOURS.length)],
                NEIGHBOURS[random.nextInt(NEIGHBOURS.length)]);
    }

    private static void assertSameEdits(Case c) {
        LanguageRules rules = c.french() ? LanguageRules.FRENCH : LanguageRules.ENGLISH;
        assertEquals(RegexRulesOracle.edits(c.text(), c.before(), c.after(), c.french()),
                rules.edits(c.text(), c.before(), c.after()));
    }

    @Test
    void textsOfPiecesGetTheEditsOfTheRegularExpressions() {
        Generated.forEach(30_000, 200_000, HandWrittenRulesTest::pieces, HandWrittenRulesTest::assertSameEdits);
    }

    @Test
    void textsOfLooseCharactersGetTheEditsOfTheRegularExpressions() {
        Generated.forEach(40_000, 200_000, HandWrittenRulesTest::characters, HandWrittenRulesTest::assertSameEdits);
    }

    @Test
    void wordsAroundAUrlAreTellingUrlsApartAsTheRegularExpressionDid() {
        Generated.forEach(50_000, 50_000, HandWrittenRulesTest::characters, c -> {
            for (int i = 0; i < c.text().length(); i++) {
                assertEquals(RegexRulesOracle.isInUrl(c.text(), i), UrlWords.isInUrl(c.text(), i), "at " + i);
            }
        });
    }

    @Test
    void aTextNodesCharactersAreCopiedAsFlexmarkReadsThem() {
        Generated.forEach(60_000, 2_000, HandWrittenRulesTest::characters, c -> {
            String markdown = "x\u0000" + c.text() + "\u0000y";
            BasedSequence document = BasedSequence.of(markdown);
            for (int start = 0; start <= markdown.length() / 2; start++) {
                BasedSequence chars = document.subSequence(start, markdown.length() - start);
                assertEquals(chars.toString(), SequenceText.of(chars));
            }
        });
    }
}
