package org.amicus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("title", "description", "translationKey", "tags");

    @ParameterizedTest
    @CsvSource({"titel, title", "tilte, title", "Title, title", "descripton, description",
            "translationkey, translationKey", "tag, tags"})
    void closeTypoSuggestsTheIntendedKey(String typed, String expected) {
        assertEquals(Optional.of(expected), Suggestions.closest(typed, KEYS));
    }

    @Test
    void ofEquallyCloseCandidatesTheFirstByNameIsSuggestedWhateverTheirOrder() {
        assertEquals(Optional.of("tab"), Suggestions.closest("tax", List.of("tap", "tab")));
        assertEquals(Optional.of("tab"), Suggestions.closest("tax", List.of("tab", "tap")));
    }

    /** In Turkish, "I" lowercases to a dotless "ı": the suggestion must not depend on the computer's language. */
    @Test
    void capitalsAreFoldedTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals(Optional.of("title"), Suggestions.closest("TITEL", KEYS));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void nothingCloseSuggestsNothing() {
        assertEquals(Optional.empty(), Suggestions.closest("colour", KEYS));
    }

    @Test
    void noCandidatesSuggestNothing() {
        assertEquals(Optional.empty(), Suggestions.closest("title", List.of()));
    }

    @Test
    void didYouMeanIsReadyToPutInAHint() {
        assertEquals("did you mean `title`?", Suggestions.didYouMean("titel", KEYS));
    }

    @Test
    void didYouMeanIsEmptyWithoutSuggestion() {
        assertEquals("", Suggestions.didYouMean("colour", KEYS));
    }

    @Test
    void distanceCountsEditsOfOneCharacter() {
        assertEquals(List.of(0, 1, 1, 1, 2, 3), List.of(Suggestions.distance("abc", "abc"),
                Suggestions.distance("abc", "abd"), Suggestions.distance("abc", "ab"),
                Suggestions.distance("abc", "abcd"), Suggestions.distance("abc", "bac"),
                Suggestions.distance("", "abc")));
    }
}
