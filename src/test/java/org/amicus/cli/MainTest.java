package org.amicus.cli;

import static org.amicus.TestSites.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.amicus.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void helpListsTheBuildCommandAndExitsZero() {
        TestSites.Run run = run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("build"), run.out());
    }

    @Test
    void buildHelpListsEveryOption() {
        TestSites.Run run = run("build", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--drafts", "--base-url", "--out", "--strict", "--project", "--debug"}) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
    }

    @Test
    void versionPrintsAndExitsZero() {
        TestSites.Run run = run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("amicus "), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        TestSites.Run run = run("build", "--drafs");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("error: Unknown option: '--drafs'"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run().exitCode());
    }

    @Test
    void relativeBaseUrlIsAUsageError(@TempDir Path dir) {
        TestSites.Run run = TestSites.build(TestSites.project(dir, "bilingual"), "--base-url", "/preview/");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--base-url `/preview/` is not an absolute http(s) URL"), run.err());
    }

    @Test
    void aBaseUrlWithAPasswordIsAUsageErrorSinceEveryPageWouldShowIt(@TempDir Path dir) {
        TestSites.Run run = TestSites.build(TestSites.project(dir, "bilingual"), "--base-url",
                "https://user:secret@example.org/");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--base-url `https://user:secret@example.org/` is not an absolute http(s) URL, "
                + "like https://example.org/ (without a user name, password, `?` or `#`: every page's canonical URL "
                + "would show them)"), run.err());
    }
}
