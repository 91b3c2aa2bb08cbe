package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.time.LocalDate;
import org.amicus.config.Language;
import org.amicus.data.PartialDate;
import org.amicus.render.view.DateView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In expected texts, ~ (TeX's tie) stands for the no-break space U+00A0. */
class DatesTest {

    private static Language language(String locale) {
        return new Language(locale.substring(0, 2), locale, "x", "", "", "");
    }

    private static String visible(String text) {
        return text.replace('~', '\u00A0');
    }

    @ParameterizedTest
    @CsvSource({
        "en-US, 2024-12-20, 'December 20, 2024'",
        "en-GB, 2024-12-20, 20 December 2024",
        "fr-FR, 2024-12-20, 20~décembre 2024",
        "fr-FR, 2025-05-01, 1er~mai 2025",
        "en-US, 2025-05-01, 'May 1, 2025'",
        "fr-FR, 2025-10-17, 17~octobre 2025",
    })
    void datesAreWrittenAsEachLanguageWritesThem(String locale, String iso, String expected) {
        assertEquals(visible(expected), Dates.format(LocalDate.parse(iso), language(locale)));
    }

    @ParameterizedTest
    @CsvSource({
        "fr-FR, 2025-05-01, 1er~mai 2025, 1<sup>er</sup>~mai 2025",
        "fr-FR, 2024-12-20, 20~décembre 2024, 20~décembre 2024",
        "en-US, 2025-05-01, 'May 1, 2025', 'May 1, 2025'",
        "en-US, 2024-12-20, 'December 20, 2024', 'December 20, 2024'",
    })
    void pagesShowTheFirstOfTheMonthRaisedAndPlainTextKeepsItFlat(String locale, String iso, String text,
                                                                   String html)
            throws TemplateModelException {
        DateView view = Dates.view(LocalDate.parse(iso), language(locale));

        assertEquals(iso, view.iso());
        assertEquals(visible(text), view.text());
        assertEquals(visible(html), HTMLOutputFormat.INSTANCE.getMarkupString(view.html()));
    }

    @ParameterizedTest
    @CsvSource({"fr-FR, 2019-05, mai 2019", "en-US, 2019-05, May 2019"})
    void aDateKnownToTheMonthIsTheMonthAndYear(String locale, String iso, String expected)
            throws TemplateModelException {
        DateView view = Dates.view(PartialDate.parse(iso).orElseThrow(), language(locale));

        assertEquals(expected, view.text());
        assertEquals(expected, HTMLOutputFormat.INSTANCE.getMarkupString(view.html()));
    }

    @ParameterizedTest
    @CsvSource({"en-US, 2024-12-20, 20 December 2024", "fr-FR, 2025-05-01, 1er~mai 2025"})
    void aDateFormatInSiteYamlReplacesTheLocalesOwn(String locale, String iso, String expected) {
        Language language = new Language(locale.substring(0, 2), locale, "x", "", "", "d MMMM uuuu");

        assertEquals(visible(expected), Dates.format(LocalDate.parse(iso), language));
    }
}
