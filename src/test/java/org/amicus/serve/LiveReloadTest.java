package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page an events request names, which the server renders first after a change. */
class LiveReloadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/__amicus/events?page=%2Fen%2Fthe-case%2F           | /en/the-case/",
        "/__amicus/events?page=/fr/l-affaire/                | /fr/l-affaire/",
        "/__amicus/events?v=2&page=%2Fnso%2Fen%2F            | /nso/en/",
        "/__amicus/events?page=%2Ffr%2Fd%C3%A9cision%2F      | /fr/décision/",
        "/__amicus/events                                    | ''",
        "/__amicus/events?pages=%2Fen%2F                     | ''"})
    void theEventsRequestNamesThePageOpen(String request, String page) {
        assertEquals(page, LiveReload.pageOf(URI.create(request)));
    }
}
