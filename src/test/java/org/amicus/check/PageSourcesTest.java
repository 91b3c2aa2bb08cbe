package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An address is found where it is written whole, in raw HTML or a Markdown link, never inside another one. */
class PageSourcesTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "/en/x.png  | ~Intro.\n<img src=\"/en/x.png\">~            | 1",
        "/en/x.png  | ~<img src='/en/x.png' alt=''>~                | 0",
        "/en/x.png  | ~<img src=/en/x.png>~                         | 0",
        "/en/x.png  | ~a\nb\n![chart](/en/x.png \"title\")~         | 2",
        "/en/x.png  | ~<img src=\"/en/x.png.bak\">\n![](/en/x.png)~ | 1",
        "/en/x.png  | ~<img src=\"/fr/en/x.png\">~                   | -1",
        "x.png      | ~Text that names x.png.~                       | -1",
    })
    void anAddressIsFoundOnlyWhereItIsWrittenWhole(String url, String text, int line) {
        assertEquals(line < 0 ? Optional.empty() : Optional.of(line), PageSources.lineOf(text, url));
    }
}
