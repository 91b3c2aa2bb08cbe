package org.amicus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.amicus.Generated;
import org.junit.jupiter.api.Test;

/**
 * Whatever an author types (accents, capitals, spaces, punctuation, invisible and look-alike characters, other
 * scripts, a lone surrogate), a slug and a suggested file name can be put in an address as they are, and are their
 * own slug.
 */
class SlugsPropertyTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)?");
    private static final String[] PIECES = {
        "the", "Case", "2024", "x", "é", "È", "ç", "Œ", "ß", "ﬁ", "ǅ", "İ", " ", "  ", "-", "--", "_", ".", "..", "/",
        "\\", "'", "’", "«", "»", ":", "?", "#", "%", "&", "+", "\u200B", "\u00AD", "\uFEFF", "\u0430", "\uFF41",
        "\u0000", "\u202F", "\u00A0", "日本", "Ελλάδα", "🙂", "\uD800", "\t", "\n",
    };

    private static String typed(Random random) {
        return Generated.pieces(random, PIECES, 8, "");
    }

    @Test
    void aSlugCanStandInAnAddressAsItIs() {
        Generated.forEach(3_000, 2000, SlugsPropertyTest::typed, text -> {
            String slug = Slugs.of(text, "page");
            assertTrue(SLUG.matcher(slug).matches(), slug);
            assertEquals(slug, URLEncoder.encode(slug, StandardCharsets.UTF_8));
        });
    }

    @Test
    void aSlugIsItsOwnSlug() {
        Generated.forEach(4_000, 2000, SlugsPropertyTest::typed, text -> {
            String slug = Slugs.of(text, "page");
            assertEquals(slug, Slugs.of(slug, "page"));
            String suggestion = Slugs.suggestion(text, "page");
            assertEquals(suggestion, Slugs.suggestion(suggestion, "page"));
        });
    }

    @Test
    void aSuggestedFileNameCanStandInAnAddressAndIsItsOwnSuggestion() {
        Generated.forEach(5_000, 2000, SlugsPropertyTest::typed, name -> {
            String fileName = Slugs.fileName(name);
            assertTrue(FILE_NAME.matcher(fileName).matches(), fileName);
            assertEquals(fileName, URLEncoder.encode(fileName, StandardCharsets.UTF_8));
            assertEquals(fileName, Slugs.fileName(fileName));
        });
    }

    /** Text of characters below the combining marks is folded character by character, as the whole text would be. */
    @Test
    void aTextOfCharactersBelowTheCombiningMarksIsFoldedAsTheWholeTextIs() {
        for (char c = 0; c < 0x300; c++) {
            String one = "a" + c + "b" + c;
            assertEquals(Slugs.slowly(one, "page"), Slugs.of(one, "page"), "U+" + Integer.toHexString(c));
        }
        Generated.forEach(6_000, 2000, SlugsPropertyTest::typed, text ->
                assertEquals(Slugs.slowly(text, "page"), Slugs.of(text, "page"), text));
    }
}
