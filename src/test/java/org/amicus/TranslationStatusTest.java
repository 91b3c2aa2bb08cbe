package org.amicus;

import static org.amicus.TestSites.build;
import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translation records the version of its source; editing the source makes it stale, and readers are told. */
class TranslationStatusTest {

    @TempDir
    Path dir;
    Path project;
    String version;

    @BeforeEach
    void recordTheCurrentVersion() {
        project = TestSites.project(dir, "bilingual");
        TestSites.Run first = build(project);
        assertTrue(first.out().contains("stale: none (2 not tracked: no `translatedFrom:`)"), first.out());
        // Record the version of the English page in its French translation, as a translator would.
        TestSites.write(project.resolve("content/en/the-case.md"), TestSites.read(project.resolve("content/en/the-case.md"))
                .replace("weight: 10\n", "weight: 10\nupdated: 2025-10-17\n"));
        version = org.amicus.site.TranslationStatus.version(sourcePage());
        Path fr = project.resolve("content/fr/the-case.md");
        TestSites.write(fr, TestSites.read(fr).replace("slug: l-affaire\n", "slug: l-affaire\ntranslatedFrom: " + version + "\n"));
    }

    private org.amicus.site.Page sourcePage() {
        var problems = new org.amicus.diagnostic.Problems();
        var content = new org.amicus.content.ContentLoader(project, problems).load().orElseThrow();
        var site = new org.amicus.site.SiteBuilder(content.config(), problems).build(content, false);
        return site.find("en", "the-case.md").orElseThrow();
    }

    @Test
    void translationThatRecordsTheCurrentVersionIsCurrent() {
        TestSites.Run run = build(project);
        assertTrue(run.out().contains("stale: none (1 not tracked"), run.out() + run.err());
        Element status = html(project.resolve("site/fr/l-affaire/index.html")).selectFirst("p.translation-status");
        assertEquals("current", status.attr("data-state"));
    }

    @Test
    void editingTheSourceMakesTheTranslationStaleWithADatedNoticeAndAWarning() {
        Path en = project.resolve("content/en/the-case.md");
        TestSites.write(en, TestSites.read(en).replace("The judge ruled.", "The judge ruled on liability."));
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("stale: en 0 pages, fr 1 page"), run.out());
        Matcher warning = Pattern.compile("warning: content/fr/the-case\\.md:5: stale translation: content/en/the-case\\.md "
                + "has changed since this page was translated from it \\(version " + version + ", now (\\w+)\\)\n"
                + "  fix: bring the translation up to date, then set `translatedFrom: (\\w+)`").matcher(run.err());
        assertTrue(warning.find(), run.err());
        assertEquals(warning.group(1), warning.group(2));
        Element status = html(project.resolve("site/fr/l-affaire/index.html")).selectFirst("p.translation-status");
        assertEquals("stale", status.attr("data-state"));
        assertEquals("/en/the-case/", status.selectFirst("a").attr("href"));
        assertEquals("17 octobre 2025", status.selectFirst("time").text());
    }

    @Test
    void staleTranslationFailsAStrictBuild() {
        Path en = project.resolve("content/en/the-case.md");
        TestSites.write(en, TestSites.read(en).replace("The judge ruled.", "The judge ruled again."));
        TestSites.Run run = build(project, "--strict");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: content/fr/the-case.md:5: stale translation"), run.err());
    }
    @Test
    void aMinorEditOfTheSourceKeepsTheTranslationCurrent() {
        Path en = project.resolve("content/en/the-case.md");
        String fixed = TestSites.read(en).replace("The judge ruled.", "The judge has ruled.");
        TestSites.write(en, fixed);
        String now = currentVersion();
        TestSites.write(en, fixed.replace("weight: 10\n", "weight: 10\nminorEdit: " + version + ".." + now + "\n"));

        TestSites.Run run = build(project);

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("stale"), run.err());
        assertEquals("current", html(project.resolve("site/fr/l-affaire/index.html"))
                .selectFirst("p.translation-status").attr("data-state"));
    }

    @Test
    void theStaleWarningGivesTheMinorEditLine() {
        Path en = project.resolve("content/en/the-case.md");
        TestSites.write(en, TestSites.read(en).replace("The judge ruled.", "The judge has ruled."));
        String now = currentVersion();
        TestSites.Run run = build(project);
        assertTrue(run.err().contains("fix: bring the translation up to date, then set `translatedFrom: " + now
                + "`; or, if its changes need no retranslation (a typo fix), add `minorEdit: " + version + ".." + now
                + "` to the front matter of content/en/the-case.md"), run.err());
    }

    @Test
    void aMinorEditStopsCountingOnceTheSourceChangesAgain() {
        Path en = project.resolve("content/en/the-case.md");
        TestSites.write(en, TestSites.read(en).replace("The judge ruled.", "The judge has ruled."));
        String minor = currentVersion();
        TestSites.write(en, TestSites.read(en).replace("weight: 10\n", "weight: 10\nminorEdit: " + version + ".."
                + minor + "\n").replace("The judge has ruled.", "The judge ruled on damages too."));
        String now = currentVersion();

        TestSites.Run run = build(project);

        assertTrue(run.err().contains("warning: content/en/the-case.md:7: `minorEdit: " + version + ".." + minor
                + "` no longer applies: this page has changed again since version " + minor + " (it is now " + now
                + "), so translations of " + version + " count as stale\n  fix: remove it; if this change too needs "
                + "no retranslation, write `minorEdit: " + version + ".." + now + "`"), run.err());
        assertEquals("stale", html(project.resolve("site/fr/l-affaire/index.html"))
                .selectFirst("p.translation-status").attr("data-state"));
    }

    @Test
    void aMinorEditThatIsNotTwoVersionsIsAnError() {
        Path en = project.resolve("content/en/the-case.md");
        TestSites.write(en, TestSites.read(en).replace("weight: 10\n", "weight: 10\nminorEdit: typo\n"));
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: content/en/the-case.md:7: minorEdit `typo` is not two versions joined by "
                + "`..`"), run.err());
    }

    @Test
    void translatedFromOnAPageThatTranslatesNothingIsReported() {
        TestSites.write(project.resolve("content/fr/orphan.md"), "---\ntitle: Seule\ndescription: Sans source.\n"
                + "translatedFrom: 0123456789\n---\nTexte.\n");
        TestSites.Run run = build(project);
        assertTrue(run.err().contains("warning: content/fr/orphan.md:4: `translatedFrom:` is set, but this page "
                + "translates no page: there is no content/en/orphan.md and no page of that language with its "
                + "translationKey"), run.err());
    }

    private String currentVersion() {
        return org.amicus.site.TranslationStatus.version(sourcePage());
    }
}
