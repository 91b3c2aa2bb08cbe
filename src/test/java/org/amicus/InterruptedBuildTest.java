package org.amicus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.amicus.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment, the swap included, leaves site/ as the old site or the new one,
 * whole, and the next build succeeds and leaves nothing beside site/. Each build runs in a JVM of its own, killed
 * after a delay drawn from a fixed seed across the length of a whole build. Tagged {@code kill}: it runs with
 * every {@code mvn test}, CI's included, and {@code -DexcludedGroups=browser,kill} leaves it out.
 */
@Tag("kill")
class InterruptedBuildTest {

    private static final int KILLS = 20;
    private static final int PAGES_PER_LANGUAGE = 30;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOneWhole() throws Exception {
        Path project = TestSites.project(dir.resolve("project"), "bilingual");
        Path site = project.resolve("site");
        writePages(project, "old");
        // A whole build's time, measured on this machine now, over a previous site as the killed builds have.
        long buildMillis = 0;
        for (int build = 1; build <= 2; build++) {
            long start = System.nanoTime();
            assertEquals(0, startBuild(project).waitFor(), "a build in a JVM of its own");
            buildMillis = Math.max(buildMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        Path oldSite = dir.resolve("old-site");
        TestSites.copyTree(site, oldSite);
        SortedMap<String, String> oldFiles = TestSites.snapshot(site);

        writePages(project, "new");
        Files.delete(project.resolve("content/en/page-1.md")); // the new site also has one file fewer
        Path newSite = dir.resolve("new-site");
        assertEquals(0, TestSites.build(project, "--out", newSite.toString()).exitCode());
        SortedMap<String, String> newFiles = TestSites.snapshot(newSite);
        assertNotEquals(oldFiles, newFiles);

        Random random = new Random(11);
        List<String> outcomes = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            TestSites.deleteTree(site);
            TestSites.copyTree(oldSite, site);
            long delay = (long) (random.nextDouble() * buildMillis * 1.3);
            Process build = startBuild(project);
            if (build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                assertEquals(0, build.exitValue(), "build " + kill + ", which ended before it was killed: "
                        + TestSites.read(log(project)));
            } else {
                build.destroyForcibly(); // SIGKILL on Unix
                build.waitFor();
            }
            SortedMap<String, String> left = TestSites.snapshot(site);
            String outcome = left.equals(oldFiles) ? "old" : left.equals(newFiles) ? "new" : null;
            assertTrue(outcome != null, "kill " + kill + " after " + delay + " ms left a site that is neither the "
                    + "old nor the new one: " + left.keySet());
            outcomes.add(outcome + "@" + delay + "ms");

            TestSites.Run next = TestSites.build(project);
            assertEquals(0, next.exitCode(), "the build after kill " + kill + ": " + next.err());
            assertEquals(newFiles, TestSites.snapshot(site), "the build after kill " + kill);
            assertEquals(List.of("content", "site", "templates"), entries(project),
                    "what is beside site/ after kill " + kill + " and a build");
        }
        System.out.println("A build takes " + buildMillis + " ms in a JVM of its own; killed: " + outcomes);
    }

    /** Pages enough for a build of a second or two, their text marked with {@code version}. */
    private static void writePages(Path project, String version) {
        for (String lang : List.of("en", "fr")) {
            for (int i = 1; i <= PAGES_PER_LANGUAGE; i++) {
                StringBuilder body = new StringBuilder();
                for (int section = 1; section <= 6; section++) {
                    body.append("## Section ").append(section).append(" {#s").append(section).append("}\n\n")
                            .append(("The " + version + " text of page " + i + ", section " + section + ". ")
                                    .repeat(12)).append("\n\n");
                }
                TestSites.write(project.resolve("content/" + lang + "/page-" + i + ".md"), "---\ntitle: Page " + i
                        + "\ndescription: The " + version + " page " + i + ".\ntranslationKey: page-" + i + "\n---\n"
                        + body);
            }
        }
    }

    private static Process startBuild(Path project) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--project", project.toString())
                .redirectErrorStream(true).redirectOutput(log(project).toFile()).start();
    }

    private static Path log(Path project) {
        return project.resolveSibling("build.log");
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }
}
