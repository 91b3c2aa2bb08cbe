package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.amicus.config.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource({
        "en-US, 2024-12-20, 20 December 2024",
        "fr-FR, 2024-12-20, 20 décembre 2024",
        "fr-FR, 2025-05-01, 1er mai 2025",
        "en-US, 2025-05-01, 1 May 2025",
        "fr-FR, 2025-10-17, 17 octobre 2025",
    })
    void datesAreWrittenAsEachLanguageWritesThem(String locale, String iso, String expected) {
        Language language = new Language(locale.substring(0, 2), locale, "x", "", "", "d MMMM uuuu");
        assertEquals(expected, Dates.format(LocalDate.parse(iso), language));
    }
}
