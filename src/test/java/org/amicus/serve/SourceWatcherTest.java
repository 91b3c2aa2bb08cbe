package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.amicus.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher reports the files whose content changed, once per burst, in new folders too. */
class SourceWatcherTest {

    private static final long WAIT_SECONDS = 10;
    private static final Duration QUIET = Duration.ofMillis(150);
    /** Long enough for a report that should not come to have come: a few quiet periods. */
    private static final long SILENCE_MILLIS = 4 * QUIET.toMillis();

    @TempDir
    Path project;

    private final BlockingQueue<Set<Path>> reports = new LinkedBlockingQueue<>();
    /** Runs on each report before it is queued, on the thread that reports. */
    private volatile Consumer<Set<Path>> onReport = report -> { };
    private SourceWatcher watcher;

    @BeforeEach
    void watch() throws IOException {
        TestSites.write(project.resolve("content/en/a.md"), "a");
        TestSites.write(project.resolve("content/en/b.md"), "b");
        TestSites.write(project.resolve("content/fr/a.md"), "a fr");
        TestSites.write(project.resolve("templates/page.ftlh"), "page");
        watcher = new SourceWatcher(project, List.of(project.resolve("content"), project.resolve("templates")),
                QUIET, report -> {
                    onReport.accept(report);
                    reports.add(report);
                });
        watcher.start();
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void aNewFileIsReported() throws Exception {
        TestSites.write(project.resolve("content/fr/c.md"), "c");
        assertEquals(Set.of(Path.of("content/fr/c.md")), next());
    }

    @Test
    void aChangedFileIsReported() throws Exception {
        TestSites.write(project.resolve("content/fr/a.md"), "a fr 2");
        assertEquals(Set.of(Path.of("content/fr/a.md")), next());
    }

    @Test
    void aDeletedFileIsReported() throws Exception {
        Files.delete(project.resolve("content/en/a.md"));
        assertEquals(Set.of(Path.of("content/en/a.md")), next());
    }

    @Test
    void aRenamedFileIsReportedUnderBothNames() throws Exception {
        Files.move(project.resolve("content/en/a.md"), project.resolve("content/en/c.md"));
        assertEquals(Set.of(Path.of("content/en/a.md"), Path.of("content/en/c.md")), next());
    }

    @Test
    void aDeletedFolderIsReportedAsItsFiles() throws Exception {
        TestSites.deleteTree(project.resolve("content/en"));
        assertEquals(Set.of(Path.of("content/en/a.md"), Path.of("content/en/b.md")), next());
    }

    @Test
    void filesInNewFoldersAreReportedAndTheNewFoldersWatched() throws Exception {
        TestSites.write(project.resolve("content/en/guides/deep/c.md"), "c");
        assertEquals(Set.of(Path.of("content/en/guides/deep/c.md")), next());
        TestSites.write(project.resolve("content/en/guides/deep/d.md"), "d"); // the new folder is watched now
        assertEquals(Set.of(Path.of("content/en/guides/deep/d.md")), next());
    }

    @Test
    void aFolderMovedInWithItsFilesIsReported() throws Exception {
        TestSites.write(project.resolve("drafts/guides/c.md"), "c");
        Files.move(project.resolve("drafts/guides"), project.resolve("content/fr/guides"));
        assertEquals(Set.of(Path.of("content/fr/guides/c.md")), next());
    }

    @Test
    void anEditorsSaveThroughARenameIsReportedAsTheFileOnly() throws Exception {
        atomicSave(project.resolve("content/en/a.md"), "a 2");
        assertEquals(Set.of(Path.of("content/en/a.md")), next());
        assertNull(reports.poll(SILENCE_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void anEditorsSaveThroughARenameThatChangesNothingIsNotReported() throws Exception {
        atomicSave(project.resolve("content/en/a.md"), "a");
        TestSites.write(project.resolve("content/en/b.md"), "b2"); // comes after, so a.md's events came first
        assertEquals(Set.of(Path.of("content/en/b.md")), next());
    }

    @Test
    void aBurstOfTwentySavesIsReportedOnce() throws Exception {
        for (int i = 1; i <= 20; i++) {
            TestSites.write(project.resolve("content/en/b.md"), "b" + i);
        }
        assertEquals(Set.of(Path.of("content/en/b.md")), next());
        assertNull(reports.poll(SILENCE_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void aBurstIsReportedWithOnlyTheFilesThatReallyChanged() throws Exception {
        TestSites.write(project.resolve("content/en/a.md"), "a"); // saved unchanged
        TestSites.write(project.resolve("content/en/.b.md.swp"), "editor state"); // hidden, as a build sees it
        TestSites.write(project.resolve("content/fr/a.md~"), "backup"); // ignored, as a build ignores it
        TestSites.write(project.resolve("content/en/b.md"), "b1");
        TestSites.write(project.resolve("templates/page.ftlh"), "page 2");
        assertEquals(Set.of(Path.of("content/en/b.md"), Path.of("templates/page.ftlh")), next());
    }

    @Test
    void aSaveThatChangesNothingIsNotReported() throws Exception {
        TestSites.write(project.resolve("content/en/a.md"), "a");
        TestSites.write(project.resolve("content/en/b.md"), "b2");
        assertEquals(Set.of(Path.of("content/en/b.md")), next()); // a.md's save came first and was not reported
        assertNull(reports.poll(SILENCE_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void savesThatNeverPauseAreStillReportedEveryFewSeconds() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Set<Path> report = null;
        for (int i = 0; report == null && System.nanoTime() < end; i++) {
            TestSites.write(project.resolve("content/en/b.md"), "b" + i);
            report = reports.poll(QUIET.toMillis() / 3, TimeUnit.MILLISECONDS); // saves closer than the quiet
        }
        assertEquals(Set.of(Path.of("content/en/b.md")), report);
    }

    @Test
    void reportsRunOnTheWatchersThreadAndChangesMadeMeanwhileComeNextTogether() throws Exception {
        CountDownLatch reporting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> reporter = new AtomicReference<>();
        onReport = report -> {
            reporter.set(Thread.currentThread().getName());
            reporting.countDown();
            await(release);
        };
        TestSites.write(project.resolve("content/en/a.md"), "a 2");
        assertTrue(reporting.await(WAIT_SECONDS, TimeUnit.SECONDS), "no report began");
        assertEquals("amicus-watcher", reporter.get());
        TestSites.write(project.resolve("content/en/b.md"), "b 2");
        TestSites.write(project.resolve("content/fr/a.md"), "a fr 2");
        onReport = report -> { };
        release.countDown();
        assertEquals(Set.of(Path.of("content/en/a.md")), next());
        assertEquals(Set.of(Path.of("content/en/b.md"), Path.of("content/fr/a.md")), next());
    }

    @Test
    void nothingIsReportedAfterClose() throws Exception {
        watcher.close();
        TestSites.write(project.resolve("content/en/a.md"), "a 2");
        assertNull(reports.poll(SILENCE_MILLIS, TimeUnit.MILLISECONDS));
    }

    /** As editors save: the new text into a temporary file beside, then renamed over the file. */
    private static void atomicSave(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp4711");
        TestSites.write(temporary, text);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Set<Path> next() throws InterruptedException {
        Set<Path> report = reports.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(report, "no change reported within " + WAIT_SECONDS + " s");
        return report;
    }
}
