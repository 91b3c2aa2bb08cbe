package org.amicus;

import static org.amicus.TestSites.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken sites: each gets a file:line error, exit code 1, and leaves the previous site byte-for-byte intact.
 * The previous site is built from the good fixture first; then the scenario's files are laid over it.
 */
class BuildErrorsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "broken-yaml    | error: content/en/the-case.md:3: the double quote opened on this line is never closed",
        "missing-title  | error: content/fr/the-case.md:1: `title` is missing from the front matter",
        "broken-link    | error: content/en/_index.md:5: link `the-cas.md`: there is no page the-cas.md in this language",
        "escaping-slug  | error: content/fr/the-case.md:4: slug `../../../../tmp/amicus-escape` is not allowed",
        "duplicate-url  | error: content/en/the-case.md:1: this page and content/en/copy.md both have the URL /en/the-case/",
        "template-error | error: templates/page.ftlh:4: `page.nonexistent` is missing (while rendering content/en/guides/first.md)",
    })
    void brokenSiteFailsWithFileAndLineAndLeavesThePreviousSiteUntouched(String scenario, String expected) {
        Path project = TestSites.project(dir, "bilingual");
        assertEquals(0, build(project).exitCode());
        SortedMap<String, String> before = TestSites.snapshot(project.resolve("site"));

        TestSites.copyTree(TestSites.resource("sites/" + scenario), project);
        TestSites.Run run = build(project);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), "expected «" + expected + "» in:\n" + run.err());
        assertEquals(before, TestSites.snapshot(project.resolve("site")));
        assertTrue(run.err().contains("\nBuild failed with "), run.err());
    }

    @Test
    void anUnknownSourceInheritedByATranslationIsReportedOnceWhereItIsWritten() {
        Path project = TestSites.project(dir, "bilingual");
        Path en = project.resolve("content/en/the-case.md");
        TestSites.write(en, TestSites.read(en).replace("weight: 10\n", "weight: 10\nsources: [nope]\n"));
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: content/en/the-case.md:7: unknown source `nope` in `sources:`"),
                run.err());
        assertTrue(run.err().contains("Build failed with 1 error:"), run.err());
    }

    @Test
    void everyErrorOfTheBuildIsReportedThenSummarisedAtTheEnd() {
        Path project = TestSites.project(dir, "broken-link");
        TestSites.copyTree(TestSites.resource("sites/missing-title"), project);
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode());
        String summary = run.err().substring(run.err().indexOf("Build failed with"));
        assertTrue(summary.startsWith("Build failed with 1 error:"), summary);
        // Front matter errors stop the build before links are checked: the summary has the first stage's errors.
        assertTrue(summary.contains("content/fr/the-case.md:1: `title` is missing"), summary);
    }

    @Test
    void aTemplateMistakeThatBreaksEveryPageIsReportedOnceAtTheFirstPage() {
        Path project = TestSites.project(dir, "template-error");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().endsWith("Build failed with 1 error:\n"
                + "  templates/page.ftlh:4: `page.nonexistent` is missing (while rendering content/en/guides/first.md)\n"
                + "The previous site in " + project.resolve("site") + " was left as it was.\n"), run.err());
    }

    @Test
    void allBrokenLinksOfAllPagesAreReportedTogether() {
        Path project = TestSites.project(dir, "broken-link");
        TestSites.Run run = build(project);
        assertTrue(run.err().contains("Build failed with 2 errors:"), run.err());
        assertTrue(run.err().contains("content/en/_index.md:7: link `the-case.md#partys`: the-case.md has no "
                + "heading with id `partys`"), run.err());
        assertTrue(run.err().contains("did you mean `parties`?"), run.err());
    }

    @Test
    void escapingSlugWritesNothingOutsideTheOutputFolder() {
        Path project = TestSites.project(dir, "escaping-slug");
        build(project);
        assertFalse(Files.exists(Path.of("/tmp/amicus-escape")));
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void failedFirstBuildCreatesNoOutputFolder() {
        Path project = TestSites.project(dir, "broken-yaml");
        assertEquals(1, build(project).exitCode());
        assertFalse(Files.exists(project.resolve("site")));
        try (var files = Files.list(project)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".site")),
                    "no temporary folder is left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws Exception {
        Path project = TestSites.project(dir, "bilingual");
        Files.write(project.resolve("content/en/the-case.md"),
                "---\ntitle: The case\ndescription: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: content/en/the-case.md:3: the file is not valid UTF-8 (byte 0xE9)"),
                run.err());
    }

    @Test
    void unknownFrontMatterKeyGetsADidYouMean() {
        assertFailsWith("content/en/the-case.md", "---\ntitle: The case\ndescription: Who.\ndescripton: typo\n---\nBody.\n",
                "error: content/en/the-case.md:4: unknown key `descripton` in the front matter\n"
                        + "  fix: did you mean `description`?");
    }

    @Test
    void missingLayoutTemplateIsReportedAtTheLayoutLine() {
        assertFailsWith("content/en/guides/first.md", "---\ntitle: Guide\ndescription: Guide.\nlayout: gallery\n---\nBody.\n",
                "error: content/en/guides/first.md:4: there is no template templates/gallery.ftlh");
    }

    @Test
    void aMissingTemplateThatManyPagesUseIsOneError() throws IOException {
        Path project = TestSites.project(dir, "bilingual");
        Files.delete(project.resolve("templates/page.ftlh"));
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(line -> line.startsWith("error:") && line.contains("templates/page.ftlh"))
                .count(), run.err());
        assertTrue(run.err().contains("error: content/en/guides/first.md:1: there is no template "
                + "templates/page.ftlh (2 other pages use this layout too)\n"), run.err());
    }

    @Test
    void aSymbolicLinkInTemplatesStaticIsLeftOutWithAWarning() throws IOException {
        Path project = TestSites.project(dir, "bilingual");
        Files.createSymbolicLink(project.resolve("templates/static/passwd.txt"), Path.of("/etc/passwd"));
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: templates/static/passwd.txt: symbolic link skipped\n"
                + "  fix: copy the file into templates/static/ instead: links could reach outside the project"),
                run.err());
        assertFalse(Files.exists(project.resolve("site/static/passwd.txt")));
    }

    @Test
    void aDataFileThatIsASymbolicLinkIsAnError() throws IOException {
        Path project = TestSites.project(dir, "bilingual");
        Path outside = Files.writeString(dir.resolve("glossary-elsewhere.yaml"), "[]\n");
        Files.createDirectories(project.resolve("content/data"));
        Files.deleteIfExists(project.resolve("content/data/glossary.yaml"));
        Files.createSymbolicLink(project.resolve("content/data/glossary.yaml"), outside);
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: content/data/glossary.yaml: the file is a symbolic link, which a build "
                + "does not follow: links could reach outside the project\n"
                + "  fix: put the file itself here instead of a link to it"), run.err());
    }

    @Test
    void strictTurnsWarningsIntoErrors() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.Run run = build(project, "--strict");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: content/en/guides/first.md:1: no Français (fr) translation yet; "
                + "readers are told so (an error with --strict)"), run.err());
    }

    @Test
    void strictMissingTranslationPolicyFailsTheBuild() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve("content/site.yaml"), TestSites.read(project.resolve("content/site.yaml"))
                .replace("defaultLanguage: en", "defaultLanguage: en\nmissingTranslation: strict"));
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: content/en/guides/first.md:1: this page has no Français (fr) "
                + "translation, and site.yaml sets missingTranslation: strict"), run.err());
    }

    @Test
    void outputFolderThatLooksLikeAProjectIsRefused() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.Run run = build(project, "--out", project.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("contains the project itself"), run.err());
        assertTrue(Files.exists(project.resolve("content/site.yaml")));
    }

    @Test
    void layoutThatIsAPathIsRefusedAtItsLine() {
        assertFailsWith("content/en/guides/first.md", "---\ntitle: Guide\ndescription: Guide.\nlayout: ../../secret\n---\nBody.\n",
                "error: content/en/guides/first.md:4: layout `../../secret` is not a template name");
    }

    @Test
    void outputFolderHoldingSomethingElseThanABuiltSiteIsRefused() throws Exception {
        Path project = TestSites.project(dir.resolve("p"), "bilingual");
        Path documents = dir.resolve("documents");
        TestSites.write(documents.resolve("letter.txt"), "keep me");
        TestSites.Run run = build(project, "--out", documents.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("holds 1 file but no .amicus-manifest"), run.err());
        assertEquals("keep me", Files.readString(documents.resolve("letter.txt")));
    }

    @Test
    void twoHeadingsWithTheSameExplicitIdAreReportedAtTheSecond() {
        assertFailsWith("content/en/guides/first.md", "---\ntitle: Guide\ndescription: Guide.\n---\n## One {#x}\n\n## Two {#x}\n",
                "error: content/en/guides/first.md:7: two headings have the id `x`");
    }

    @Test
    void aRootRelativeLinkToNoPageFailsTheBuildAtItsMarkdownLine() {
        assertFailsWith("content/en/guides/first.md", "---\ntitle: Guide\ndescription: Guide.\n---\nSee [x](/en/nope/).\n",
                "error: content/en/guides/first.md:5: <a href> `/en/nope/`: the site has no en/nope/index.html\n");
    }

    @Test
    void aBrokenLinkInRawHtmlIsReportedAtItsMarkdownLineInBothLanguages() {
        Path project = TestSites.project(dir, "bilingual");
        Path en = project.resolve("content/en/the-case.md");
        TestSites.write(en, TestSites.read(en) + "\nA <img src=\"/en/figures/nothere.png\" alt=\"Nothing\">.\n");
        Path fr = project.resolve("content/fr/the-case.md");
        TestSites.write(fr, TestSites.read(fr) + "\n\nUn <a href='../nulle-part/#x'>lien</a> et <a href=\"#nope\">un autre</a>.\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: content/en/the-case.md:17: <img src> `/en/figures/nothere.png`: the "
                + "site has no en/figures/nothere.png\n  fix: did you mean `/en/figures/chart.png`?"), run.err());
        assertTrue(run.err().contains("error: content/fr/the-case.md:15: <a href> `../nulle-part/#x`: the site has "
                + "no fr/nulle-part/index.html\n"), run.err());
        assertTrue(run.err().contains("error: content/fr/the-case.md:15: <a href> `#nope`: this page has no element "
                + "with id `nope`\n"), run.err());
        assertFalse(run.err().contains("site/"), run.err());
    }

    @Test
    void aGlossaryKeyOnASiteWithoutAGlossaryPageIsReportedAsTheMissingPageOnlyInBothLanguages() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve("content/data/glossary.yaml"), """
                - key: summary-judgment
                  en: {term: summary judgment, short: "A decision without a trial.", long: "A US procedure."}
                  fr: {term: jugement sommaire, short: "Une décision sans procès.", long: "Une procédure."}
                """);
        TestSites.write(project.resolve("content/en/guides/first.md"),
                "---\ntitle: Guide\ndescription: Guide.\n---\nA [[summary-judgment]].\n");
        Path fr = project.resolve("content/fr/the-case.md");
        TestSites.write(fr, TestSites.read(fr) + "\nUn [[summary-judgment]].\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: content/en/guides/first.md:5: glossary term `summary-judgment` used, "
                + "but the en site has no glossary page\n"), run.err());
        assertTrue(run.err().contains("error: content/fr/the-case.md:14: glossary term `summary-judgment` used, "
                + "but the fr site has no glossary page\n"), run.err());
        assertFalse(run.err().contains("unknown glossary term"), run.err());
        assertTrue(run.err().contains("Build failed with 2 errors:"), run.err());
    }

    @Test
    void aPageNestedDeeperThanTheMarkdownReaderCanGoIsAnErrorAtItsLongestLine() {
        assertFailsWith("content/en/guides/first.md", "---\ntitle: Guide\ndescription: Guide.\n---\nIntro.\n\n"
                + ">".repeat(200_000) + " deep\n", "error: content/en/guides/first.md:7: this page nests too deeply "
                + "or has too long a line for the Markdown reader (this line has 200005 characters)\n  fix: break the "
                + "line up, or nest quotes and lists less deeply\n");
    }

    /** Builds the bilingual site with one file rewritten; the build must fail with exit code 1 and this error. */
    private void assertFailsWith(String file, String text, String expectedError) {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve(file), text);
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(expectedError), "expected «" + expectedError + "» in:\n" + run.err());
    }

}
