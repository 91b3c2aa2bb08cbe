package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingTimeWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        The verdict                                   | 2
        <em>Summary</em> judgment                     | 2
        <em>Sum</em>mary                              | 2
        167&#x202F;254&#x202F;000&nbsp;dollars        | 4
        Fraud &amp; abuse                             | 2
        « 20 décembre 2024 »                          | 3
        L’attaque                                     | 2
        Tom & Jerry                                   | 2
        ''                                            | 0
        """)
    void aWordIsARunOfLettersOrDigitsOutsideTagsAndCharacterReferences(String text, int words) {
        assertEquals(words, ReadingTime.words(text));
    }

    @ParameterizedTest(name = "{0} words → {1} min")
    @CsvSource({"0, 1", "299, 1", "300, 2", "499, 2", "500, 3", "1000, 5"})
    void minutesAreRoundedToTheNearestAndAtLeastOne(int words, int minutes) {
        assertEquals(minutes, ReadingTime.minutes(words));
    }
}
