package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amicus.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher reports the files whose content changed, once per burst, in new folders too. */
class SourceWatcherTest {

    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path project;

    private final BlockingQueue<Set<Path>> reports = new LinkedBlockingQueue<>();
    private SourceWatcher watcher;

    @BeforeEach
    void watch() throws IOException {
        TestSites.write(project.resolve("content/en/a.md"), "a");
        TestSites.write(project.resolve("content/en/b.md"), "b");
        TestSites.write(project.resolve("templates/page.ftlh"), "page");
        watcher = new SourceWatcher(project, List.of(project.resolve("content"), project.resolve("templates")),
                Duration.ofMillis(150), reports::add);
        watcher.start();
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void aBurstOfSavesIsReportedOnceWithOnlyTheFilesThatReallyChanged() throws Exception {
        TestSites.write(project.resolve("content/en/a.md"), "a"); // saved unchanged
        TestSites.write(project.resolve("content/en/.b.md.swp"), "editor state"); // hidden, as a build sees it
        TestSites.write(project.resolve("content/en/b.md"), "b1");
        TestSites.write(project.resolve("content/en/b.md"), "b2");
        TestSites.write(project.resolve("templates/page.ftlh"), "page 2");
        assertEquals(Set.of(Path.of("content/en/b.md"), Path.of("templates/page.ftlh")), next());
    }

    @Test
    void filesInNewFoldersAndDeletedFilesAreReported() throws Exception {
        TestSites.write(project.resolve("content/en/guides/deep/c.md"), "c");
        assertEquals(Set.of(Path.of("content/en/guides/deep/c.md")), next());
        TestSites.write(project.resolve("content/en/guides/deep/d.md"), "d"); // the new folder is watched now
        assertEquals(Set.of(Path.of("content/en/guides/deep/d.md")), next());
        Files.delete(project.resolve("content/en/a.md"));
        assertEquals(Set.of(Path.of("content/en/a.md")), next());
    }

    @Test
    void aSaveThatChangesNothingIsNotReported() throws Exception {
        TestSites.write(project.resolve("content/en/a.md"), "a");
        TestSites.write(project.resolve("content/en/b.md"), "b2");
        assertEquals(Set.of(Path.of("content/en/b.md")), next()); // a.md's save came first and was not reported
        assertNull(reports.poll(500, TimeUnit.MILLISECONDS));
    }

    private Set<Path> next() throws InterruptedException {
        Set<Path> report = reports.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(report, "no change reported within " + WAIT_SECONDS + " s");
        return report;
    }
}
