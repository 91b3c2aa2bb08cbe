package org.amicus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amicus.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amicus check}: every validation, nothing written; text or JSON. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private TestSites.Run check(Path project, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "check";
        args[1] = "--project";
        args[2] = project.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return TestSites.run(args);
    }

    @Test
    void aSiteWithOnlyWarningsPassesAndNothingIsWritten() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.Run run = check(project);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().endsWith("Checked: 0 errors, 1 warning.\n"), run.out());
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void strictMakesWarningsFail() {
        TestSites.Run run = check(TestSites.project(dir, "bilingual"), "--strict");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Checked: 1 error, 0 warnings."), run.out());
    }

    @Test
    void errorsAreListedAsJsonWithFileAndLine() {
        TestSites.Run run = check(TestSites.project(dir, "broken-link"), "--format", "json");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("{\"errors\":2,\"warnings\":1,\"problems\":["), run.out());
        assertTrue(run.out().contains("{\"severity\":\"error\",\"file\":\"content/en/_index.md\",\"line\":5,"
                + "\"message\":\"link `the-cas.md`: there is no page the-cas.md in this language\""), run.out());
    }

    @Test
    void anImageWithoutAltTextIsAWarningNamingItsLine() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve("content/en/guides/first.md"),
                "---\ntitle: Guide\ndescription: Guide.\n---\nIntro.\n\n![](../figures/chart.png)\n");
        TestSites.Run run = check(project);
        assertTrue(run.out().contains("warning: content/en/guides/first.md:7: image `../figures/chart.png` has no alt "
                + "text"), run.out());
    }

    @Test
    void brokenLinksInTemplatesAreFoundInThePagesABuildWouldWrite() {
        Path project = TestSites.project(dir, "bilingual");
        Path page = project.resolve("templates/page.ftlh");
        TestSites.write(page, TestSites.read(page).replace("<article>", "<article><a href=\"/en/nowhere/\">x</a>"));
        TestSites.Run run = check(project);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("error: site/en/the-case/index.html"), run.out());
        assertTrue(run.out().contains("`/en/nowhere/`: the site has no en/nowhere/index.html"), run.out());
    }
}
