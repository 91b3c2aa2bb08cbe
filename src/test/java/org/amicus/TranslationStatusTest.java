package org.amicus;

import static org.amicus.TestSites.build;
import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
