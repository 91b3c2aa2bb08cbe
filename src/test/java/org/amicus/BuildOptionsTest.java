package org.amicus;

import static org.amicus.TestSites.build;
import static org.amicus.TestSites.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.amicus.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build options and the guarantees of every build: deterministic output, written only where asked. */
class BuildOptionsTest {

    @TempDir
    Path dir;

    /**
     * The iteration order of {@code Set.of}, {@code Map.of} and identity hashes changes from one JVM to the next,
     * never within one: the second build runs in a JVM of its own, so an order that leaks into the output shows.
     */
    @Test
    void twoBuildsOfTheSameInputInTwoJvmsAreByteIdentical() throws Exception {
        Path project = TestSites.project(dir.resolve("p"), "bilingual");
        Path log = dir.resolve("other-jvm.log");
        // C1 only (TieredStopAtLevel=1): a JVM that lives for one small build starts twice as fast.
        Process otherJvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--project", project.toString(), "--out", dir.resolve("two").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertEquals(0, build(project, "--out", dir.resolve("one").toString()).exitCode());
            assertTrue(otherJvm.waitFor(2, TimeUnit.MINUTES), "the build in the other JVM did not end");
        } finally {
            otherJvm.destroyForcibly();
        }
        assertEquals(0, otherJvm.exitValue(), TestSites.read(log));
        SortedMap<String, String> one = TestSites.snapshot(dir.resolve("one"));
        SortedMap<String, String> two = TestSites.snapshot(dir.resolve("two"));
        assertEquals(one.keySet(), two.keySet());
        assertEquals(List.of(), one.keySet().stream().filter(file -> !one.get(file).equals(two.get(file))).toList(),
                "files that differ between the two JVMs");
    }

    @Test
    void draftsAreBuiltWithTheDraftsOption() {
        Path project = TestSites.project(dir, "bilingual");
        assertEquals(0, build(project, "--drafts").exitCode());
        assertTrue(Files.isRegularFile(project.resolve("site/en/draft/index.html")));
    }

    @Test
    void baseUrlWithAPathPrefixesEveryInternalLinkAsGitHubPagesProjectSitesNeed() {
        Path project = TestSites.project(dir, "bilingual");
        assertEquals(0, build(project, "--base-url", "https://user.github.io/nso/").exitCode());
        var page = html(project.resolve("site/en/the-case/index.html"));
        assertEquals("/nso/fr/l-affaire/", page.selectFirst("nav.switcher a.translation").attr("href"));
        assertTrue(page.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/nso/static/css/site."));
        assertEquals("/nso/en/figures/chart.png", page.selectFirst("article a[href$=png]").attr("href"));
        var home = html(project.resolve("site/fr/index.html"));
        assertEquals("/nso/fr/l-affaire/#parties", home.selectFirst("main a[href*=affaire]").attr("href"));
        assertTrue(Files.isRegularFile(project.resolve("site/en/the-case/index.html")), "files stay at the root of site/");
    }

    @Test
    void baseUrlOptionChangesCanonicalAndAlternates() {
        Path project = TestSites.project(dir, "bilingual");
        assertEquals(0, build(project, "--base-url", "https://preview.example.net/nso").exitCode());
        var page = html(project.resolve("site/en/the-case/index.html"));
        assertEquals("https://preview.example.net/nso/en/the-case/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://preview.example.net/nso/fr/l-affaire/",
                page.selectFirst("link[hreflang=fr-FR]").attr("href"));
    }

    @Test
    void outOptionWritesThereAndReplacesOnlyThatFolder() throws Exception {
        Path project = TestSites.project(dir.resolve("p"), "bilingual");
        Path out = dir.resolve("public");
        TestSites.write(project.resolve("content/en/gone.md"), "---\ntitle: Gone\ndescription: Soon gone.\n---\nBody.\n");
        assertEquals(0, build(project, "--out", out.toString()).exitCode());
        assertTrue(Files.isRegularFile(out.resolve("en/gone/index.html")));
        Files.delete(project.resolve("content/en/gone.md"));
        assertEquals(0, build(project, "--out", out.toString()).exitCode());
        assertTrue(Files.isRegularFile(out.resolve("en/the-case/index.html")));
        assertTrue(Files.notExists(out.resolve("en/gone")), "a build replaces the previous one whole");
        assertTrue(Files.notExists(project.resolve("site")));
    }

    @Test
    void fallbackPolicyServesTheSourceAtTheLocalizedUrlWithCanonicalToIt() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve("content/site.yaml"), TestSites.read(project.resolve("content/site.yaml"))
                .replace("defaultLanguage: en", "defaultLanguage: en\nmissingTranslation: fallback"));
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode(), run.err());
        var page = html(project.resolve("site/fr/guides/first/index.html"));
        assertEquals("fr-FR", page.selectFirst("html").attr("lang"));
        assertEquals("https://example.org/en/guides/first/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/en/guides/first/", page.selectFirst("p.fallback a").attr("href"));
        assertTrue(run.out().contains("translations missing: en 0 pages, fr 1 page"), run.out());
    }
}
