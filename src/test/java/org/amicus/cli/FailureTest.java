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
 * What a command could not do, in a line and a fix, and an exit code that says whose move it is: 2 the command
 * line, 1 the content or the file system, 70 a bug of ours. The stack trace only with {@code --debug}.
 */
class FailureTest {

    /** A folder no one can create a folder in, even root: Linux's /proc. */
    private static final Path IMPOSSIBLE = Path.of("/proc/amicus-site");
    private static final String CANNOT_MAKE = "error: cannot write the site to /proc/amicus-site: cannot create a "
            + "folder in /proc (no such file or folder)\n  fix: make /proc writable, or choose another folder with "
            + "--out\n";

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void project() {
        project = TestSites.project(dir.resolve("project"), "bilingual");
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLineNamingItAndExit1() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.build(project, "--out", IMPOSSIBLE.toString());
        assertEquals(1, run.exitCode());
        assertEquals(CANNOT_MAKE, run.err());
    }

    @Test
    void debugAfterTheCommandAddsTheStackTrace() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.build(project, "--out", IMPOSSIBLE.toString(), "--debug");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("error: cannot write the site to /proc/amicus-site: "), run.err());
        assertTrue(run.err().contains("\tat org.amicus.output.OutputWriter."), run.err());
    }

    @Test
    void debugBeforeTheCommandAddsTheStackTraceToo() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.run("--debug", "build", "--project", project.toString(), "--out",
                IMPOSSIBLE.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("\tat org.amicus.output.OutputWriter."), run.err());
    }

    @Test
    void serveWhoseFirstBuildCannotBeWrittenStopsWithTheSameLine() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        TestSites.Run run = TestSites.run("serve", "--project", project.toString(), "--port", "0", "--out",
                IMPOSSIBLE.toString());
        assertEquals(1, run.exitCode());
        assertEquals(CANNOT_MAKE, run.err());
    }

    @Test
    void anOutputFolderInsideAFileIsAUsageError() {
        Path letter = dir.resolve("letter.txt");
        TestSites.write(letter, "keep me");
        TestSites.Run run = TestSites.build(project, "--out", letter.resolve("site").toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: the output folder " + letter.resolve("site") + " cannot be made: " + letter
                + " is a file, not a folder\n  fix: choose an empty or new folder with --out\n", run.err());
        assertEquals("keep me", TestSites.read(letter));
    }

    @Test
    void newPageWhoseFolderIsAFileIsOneLineAndExit1() {
        TestSites.write(project.resolve("content/en/cases"), "not a folder");
        TestSites.Run run = TestSites.run("new", "cases/apple.md", "--project", project.toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: " + project.resolve("content/en/cases") + ": a file is already there\n", run.err());
    }

    @Test
    void aFileThatCannotBeReadIsOneLineNamingThePathAndTheReason() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new UncheckedIOException(new AccessDeniedException("/srv/project/templates/static/x.png")),
                new PrintWriter(err), false, false);
        assertEquals(1, code);
        assertEquals("error: /srv/project/templates/static/x.png: permission denied\n  fix: check its permissions "
                + "(ls -l): you must be able to read it, and to write the output folder\n", err.toString());
    }

    @Test
    void aFullDiskIsALineAFixAndExit1() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new FileFailure("cannot write the site to /srv/site: en/index.html: no space left "
                + "on device", "free some space on that disk", new IOException("No space left on device")),
                new PrintWriter(err), false, false);
        assertEquals(1, code);
        assertEquals("error: cannot write the site to /srv/site: en/index.html: no space left on device\n"
                + "  fix: free some space on that disk\n", err.toString());
    }

    @Test
    void aBugIsExit70WithAHintAndNoStackTrace() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new IllegalStateException("boom"), new PrintWriter(err), false, false);
        assertEquals(70, code);
        assertEquals("error: internal error: java.lang.IllegalStateException: boom\n"
                + "  fix: this is a bug in Amicus, not in your site: run the command again with --debug and report "
                + "what it prints\n", err.toString());
    }

    @Test
    void aBugWithDebugShowsTheStackTrace() {
        StringWriter err = new StringWriter();
        Main.failed(new IllegalStateException("boom"), new PrintWriter(err), true, false);
        assertTrue(err.toString().contains("java.lang.IllegalStateException: boom\n\tat org.amicus.cli.FailureTest."),
                err.toString());
    }

    @Test
    void anOutFolderHoldingFilesNoBuildWroteIsRefusedAsAMistypedCommand() {
        Path www = dir.resolve("www");
        TestSites.write(www.resolve("index.html"), "my home page");
        TestSites.write(www.resolve("notes.txt"), "my notes");
        TestSites.Run run = TestSites.build(project, "--out", www.toString());
        assertEquals(2, run.exitCode());
        assertEquals("error: the output folder " + www + " holds 2 files but no .amicus-manifest (the list of the "
                + "files Amicus wrote), so a build cannot tell whether replacing it would lose any: index.html, "
                + "notes.txt\n  fix: choose an empty or new folder with --out; if it is a site that an Amicus older "
                + "than its manifest built, delete the folder and build again\n", run.err());
        assertEquals("my notes", TestSites.read(www.resolve("notes.txt")));
    }

    @Test
    void aSiteFolderGivenAFileByHandIsRefusedWithExit1() {
        assertEquals(0, TestSites.build(project).exitCode());
        TestSites.write(project.resolve("site/en/notes.txt"), "my notes");
        TestSites.Run run = TestSites.build(project);
        assertEquals(1, run.exitCode());
        assertEquals("error: the output folder " + project.resolve("site") + " holds 1 file Amicus did not write, "
                + "which a build would delete: en/notes.txt\n  fix: move it out of the folder (a build replaces all "
                + "of it), or choose another folder with --out\n", run.err());
        assertEquals("my notes", TestSites.read(project.resolve("site/en/notes.txt")));
    }

    @Test
    void aStaticFileWhoseNameCannotBeAnAddressIsALineAFixAndExit1() {
        TestSites.write(project.resolve("templates/static/images/My Logo.png"), "png");
        TestSites.Run run = TestSites.build(project);
        assertEquals(1, run.exitCode());
        assertEquals("error: refusing to write `static/images/My Logo.png`: `My Logo.png` cannot be part of an "
                + "address\n  fix: rename it with letters, digits, dots, dashes and underscores only (no spaces, no "
                + "accents, not starting with a dot), in templates/static/ or content/\n", run.err());
    }

    @Test
    void runningOutOfMemoryIsALineAFixAndExit1() {
        StringWriter err = new StringWriter();
        int code = Main.exhausted(new OutOfMemoryError("Java heap space"), new PrintWriter(err), false);
        assertEquals(1, code);
        assertEquals("error: Amicus ran out of memory (Java heap space)\n  fix: give Java more memory, like "
                + "`AMICUS_JAVA_OPTS=-Xmx4g java -jar target/amicus.jar build`, or look for a very large page or data "
                + "file\n", err.toString());
    }

    @Test
    void contentErrorsAreStillExit1WithoutAStackTrace() {
        TestSites.copyTree(TestSites.resource("sites/missing-title"), project);
        TestSites.Run run = TestSites.build(project);
        assertEquals(1, run.exitCode());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
