package org.amicus;

import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading time counts the words the reader sees, on the pages made from data too: the fixture's data files say
 * how many words each page shows (sites/reading-time/content/data/*.yaml), at 200 words a minute.
 */
class ReadingTimeTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.withRealTemplates(dir, "reading-time"));
        assertEquals(0, run.exitCode(), run.err());
        site = dir.resolve("site");
    }

    private static String readingTime(String page) {
        return html(site.resolve(page)).select(".page-meta li").last().text();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en/glossary/index.html    | Reading time: 5 minutes
        fr/glossaire/index.html   | Temps de lecture : 3 minutes
        en/timeline/index.html    | Reading time: 3 minutes
        fr/chronologie/index.html | Temps de lecture : 2 minutes
        en/sources/index.html     | Reading time: 3 minutes
        fr/sources/index.html     | Temps de lecture : 3 minutes
        """)
    void aPageMadeFromDataCountsTheEntriesItShows(String page, String expected) {
        assertEquals(expected, readingTime(page).replace('\u202F', ' '));
    }

    @Test
    void anOrdinaryPageCountsItsMarkdownOnly() {
        assertEquals("Reading time: 1 minute", readingTime("en/index.html"));
        assertEquals("Temps de lecture : 1 minute", readingTime("fr/index.html").replace('\u202F', ' '));
    }
}
