package org.amicus.markdown.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.amicus.Generated;
import org.amicus.markdown.MarkdownProcessor;
import org.junit.jupiter.api.Test;

/**
 * Typography changes spaces and quotes, nothing else: in a title or a short text of words, digits and punctuation,
 * whatever starts its lines, every letter, digit and mark is kept, in order, in both languages; and typesetting what
 * typography made changes nothing more.
 */
class TypographyPropertyTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final String[] LANGUAGES = {"en", "fr"};
    private static final String[] PIECES = {
        "word", "Mot", "déjà", "1er", "1re", "20", "2024", "n°", "§", "¶", "décembre", "millions", "%", "dollars", " ",
        " ", "  ", "\n", "\u00A0", "\u202F", "\"", "'", "’", "«", "»", "“", "”", ":", ";", "!", "?", ".", ",", "(",
        ")", "-", "--", "/", "#", "##", ">", "+", "=", "===", "1.", "2024.", "1)", "9:1", "10:30", "C.", "U.S.C.",
        "e.g.", "x86", "l'", "aujourd'hui", "it's", "[", "]", "|",
    };
    /** What typography may change: spaces of every width and quotes. */
    private static final Pattern SPACES_AND_QUOTES = Pattern.compile("[\\s\\u00A0\\u202F\\u2060\"'’‘“”«»]");

    private record Text(String lang, String words) {
    }

    private static Text text(Random random) {
        return new Text(LANGUAGES[random.nextInt(2)], Generated.pieces(random, PIECES, 14, ""));
    }

    @Test
    void aShortTextKeepsAllButItsSpacesAndQuotes() {
        Generated.forEach(6_000, 1500, TypographyPropertyTest::text, text -> assertEquals(
                withoutSpacesAndQuotes(text.words()), withoutSpacesAndQuotes(MARKDOWN.typeset(text.lang(),
                        text.words()))));
    }

    @Test
    void plainTextTypographyKeepsAllButItsSpacesAndQuotes() {
        Generated.forEach(7_000, 1500, TypographyPropertyTest::text, text -> assertEquals(
                withoutSpacesAndQuotes(text.words()), withoutSpacesAndQuotes(TypographyExtension.typeset(text.lang(),
                        text.words()))));
    }

    @Test
    void typesettingTwiceChangesNothingMore() {
        Generated.forEach(8_000, 1500, TypographyPropertyTest::text, text -> {
            String once = TypographyExtension.typeset(text.lang(), text.words());
            assertEquals(once, TypographyExtension.typeset(text.lang(), once));
            String shortText = MARKDOWN.typeset(text.lang(), text.words());
            assertEquals(shortText, MARKDOWN.typeset(text.lang(), shortText));
        });
    }

    private static String withoutSpacesAndQuotes(String text) {
        return SPACES_AND_QUOTES.matcher(text).replaceAll("");
    }
}
