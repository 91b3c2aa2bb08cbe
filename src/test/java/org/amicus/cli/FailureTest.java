package org.amicus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amicus.TestSites;
import org.amicus.diagnostic.FileFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command could not do, in one line and an exit code that says whose move it is: 2 the command line,
 * 74 the file system, 70 a bug of ours. The stack trace only with {@code --debug}.
 */
class FailureTest {

    /** A folder no one can create a folder in, even root: Linux's /proc. */
    private static final Path IMPOSSIBLE = Path.of("/proc/amicus-site");

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void project() {
        project = TestSites.project(dir.resolve("project"), "bilingual");
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLineNamingItAndExit74() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.build(project, "--out", IMPOSSIBLE.toString());
        assertEquals(74, run.exitCode());
        assertEquals("error: cannot write the site to /proc/amicus-site: cannot create a folder in /proc "
                + "(no such file or folder)\n", run.err());
    }

    @Test
    void debugAfterTheCommandAddsTheStackTrace() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.build(project, "--out", IMPOSSIBLE.toString(), "--debug");
        assertEquals(74, run.exitCode());
        assertTrue(run.err().startsWith("error: cannot write the site to /proc/amicus-site: "), run.err());
        assertTrue(run.err().contains("\tat org.amicus.output.OutputWriter."), run.err());
    }

    @Test
    void debugBeforeTheCommandAddsTheStackTraceToo() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.run("--debug", "build", "--project", project.toString(), "--out",
                IMPOSSIBLE.toString());
        assertEquals(74, run.exitCode());
        assertTrue(run.err().contains("\tat org.amicus.output.OutputWriter."), run.err());
    }

    @Test
    void serveWhoseFirstBuildCannotBeWrittenStopsWithTheSameLine() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.run("serve", "--project", project.toString(), "--port", "0", "--out",
                IMPOSSIBLE.toString());
        assertEquals(74, run.exitCode());
        assertEquals("error: cannot write the site to /proc/amicus-site: cannot create a folder in /proc "
                + "(no such file or folder)\n", run.err());
    }

    @Test
    void anOutputFolderInsideAFileIsAUsageError() {
        Path letter = dir.resolve("letter.txt");
        TestSites.write(letter, "keep me");
        TestSites.Run run = TestSites.build(project, "--out", letter.resolve("site").toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: the output folder " + letter.resolve("site") + " cannot be made: " + letter
                + " is a file, not a folder\n", run.err());
        assertEquals("keep me", TestSites.read(letter));
    }

    @Test
    void newPageWhoseFolderIsAFileIsOneLineAndExit74() {
        TestSites.write(project.resolve("content/en/cases"), "not a folder");
        TestSites.Run run = TestSites.run("new", "cases/apple.md", "--project", project.toString());
        assertEquals(74, run.exitCode());
        assertEquals("error: " + project.resolve("content/en/cases") + ": a file is already there\n", run.err());
    }

    @Test
    void aFileThatCannotBeReadIsOneLineNamingThePathAndTheReason() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new UncheckedIOException(new AccessDeniedException("/srv/project/templates/static/x.png")),
                new PrintWriter(err), false);
        assertEquals(74, code);
        assertEquals("error: /srv/project/templates/static/x.png: permission denied\n", err.toString());
    }

    @Test
    void aFullDiskIsOneLineAndExit74() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new FileFailure("cannot write the site to /srv/site: en/index.html: no space left "
                + "on device", new IOException("No space left on device")), new PrintWriter(err), false);
        assertEquals(74, code);
        assertEquals("error: cannot write the site to /srv/site: en/index.html: no space left on device\n",
                err.toString());
    }

    @Test
    void aBugIsExit70WithAHintAndNoStackTrace() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new IllegalStateException("boom"), new PrintWriter(err), false);
        assertEquals(70, code);
        assertEquals("error: internal error: java.lang.IllegalStateException: boom\n"
                + "  fix: this is a bug in Amicus, not in your site: run the command again with --debug and report "
                + "what it prints\n", err.toString());
    }

    @Test
    void aBugWithDebugShowsTheStackTrace() {
        StringWriter err = new StringWriter();
        Main.failed(new IllegalStateException("boom"), new PrintWriter(err), true);
        assertTrue(err.toString().contains("java.lang.IllegalStateException: boom\n\tat org.amicus.cli.FailureTest."),
                err.toString());
    }

    @Test
    void contentErrorsAreStillExit1WithoutAStackTrace() {
        TestSites.copyTree(TestSites.resource("sites/missing-title"), project);
        TestSites.Run run = TestSites.build(project);
        assertEquals(1, run.exitCode());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
