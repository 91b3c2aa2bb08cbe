package org.amicus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amicus.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amicus new}: a page that builds, and a draft of its translation that is not published. */
class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsAPageAndADraftTranslationThatBuild() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.Run run = TestSites.run("new", "the-appeal.md", "--title", "The \"appeal\"", "--project",
                project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("created content/en/the-appeal.md\ncreated content/fr/the-appeal.md (a draft to translate)\n",
                run.out());
        assertTrue(TestSites.read(project.resolve("content/fr/the-appeal.md")).contains("\ndraft: true\n"));
        TestSites.Run build = TestSites.build(project);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(project.resolve("site/en/the-appeal/index.html")));
        assertTrue(Files.notExists(project.resolve("site/fr/the-appeal")), "the draft is not published");
        assertEquals("The “appeal”", TestSites.html(project.resolve("site/en/the-appeal/index.html"))
                .selectFirst("h1").text());
    }

    @Test
    void theDraftSaysHowToGiveItsAddressAnotherSlug() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.run("new", "the-appeal.md", "--project", project.toString());
        String draft = TestSites.read(project.resolve("content/fr/the-appeal.md"));
        assertTrue(draft.contains("\n# Its address ends in /the-appeal/ until it has a slug in Français: remove the # "
                + "below and translate the name.\n# slug: the-appeal\n---\n"), draft);
    }

    @Test
    void checkListsDraftsAsDrafts() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.run("new", "the-appeal.md", "--project", project.toString());
        TestSites.Run run = TestSites.run("check", "--translations", "--project", project.toString());
        assertTrue(run.out().contains("content/fr/the-appeal.md: untracked (a draft: not published until `draft: "
                + "true` goes); content/en/the-appeal.md is at version "), run.out());
    }

    @Test
    void theMissingTranslationWarningKnowsTheDraft() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.run("new", "the-appeal.md", "--project", project.toString());
        TestSites.Run run = TestSites.run("check", "--project", project.toString());
        assertTrue(run.out().contains("warning: content/en/the-appeal.md:1: the Français (fr) translation, "
                + "content/fr/the-appeal.md, is still a draft; readers are told there is none yet\n"
                + "  fix: finish it and remove `draft: true` from content/fr/the-appeal.md (`--drafts` shows it in a "
                + "build or `serve` meanwhile)"), run.out());
        assertFalse(run.out().contains("create content/fr/the-appeal.md"), run.out());
    }

    @Test
    void neverOverwritesAPage() {
        Path project = TestSites.project(dir, "bilingual");
        String before = TestSites.read(project.resolve("content/fr/the-case.md"));
        TestSites.Run run = TestSites.run("new", "the-case.md", "--project", project.toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: content/en/the-case.md already exists; nothing was written\n", run.err());
        assertEquals(before, TestSites.read(project.resolve("content/fr/the-case.md")));
    }

    @Test
    void refusesAPathThatCannotBeAPage() {
        TestSites.Run run = TestSites.run("new", "../Escape.md", "--project", TestSites.project(dir, "bilingual")
                .toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: `../Escape.md` is not a page path"), run.err());
    }

    @Test
    void checkListsTheVersionEachTranslationShouldRecord() {
        TestSites.Run run = TestSites.run("check", "--translations", "--project",
                TestSites.project(dir, "bilingual").toString());
        assertTrue(run.out().matches("(?s)content/fr/_index\\.md: untracked; content/en/_index\\.md is at version "
                + "[0-9a-f]{10}\ncontent/fr/the-case\\.md: untracked; .*"), run.out());
    }
}
