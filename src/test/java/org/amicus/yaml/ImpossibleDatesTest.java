package org.amicus.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImpossibleDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-13-01 | there is no month 13 (months go from 01 to 12)",
        "2026-00    | there is no month 0 (months go from 01 to 12)",
        "2026-02-30 | February 2026 has 28 days",
        "2024-02-30 | February 2024 has 29 days",
        "2025-04-31 | April 2025 has 30 days",
        "2025-04-00 | there is no day 0",
    })
    void saysWhyADateCannotBe(String text, String why) {
        assertEquals(Optional.of(why), ImpossibleDates.why(text));
    }

    @ParameterizedTest
    @CsvSource({"2024-02-29", "2025-12", "12/01/2026", "1 décembre 2026"})
    void saysNothingOfRealDatesOrOtherForms(String text) {
        assertEquals(Optional.empty(), ImpossibleDates.why(text));
    }
}
