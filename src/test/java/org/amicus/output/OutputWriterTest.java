package org.amicus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.amicus.TestSites;
import org.amicus.diagnostic.FileFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a site: all of it, or, when the disk refuses, nothing changed and one line that says why; never over a
 * file no build wrote; with the usual permissions; and what a killed build left is tidied by the next.
 */
class OutputWriterTest {

    @TempDir
    Path dir;

    private Path out;
    private SortedMap<String, String> previous;

    @BeforeEach
    void previousSite() {
        out = dir.resolve("site");
        OutputWriter.write(out, files("old"));
        previous = TestSites.snapshot(out);
    }

    @Test
    void aNewSiteReplacesThePreviousOneWhole() {
        OutputWriter.write(out, files("new"));
        assertEquals("new en", TestSites.read(out.resolve("en/index.html")));
        assertEquals(0, leftovers());
    }

    @Test
    void aFullDiskLeavesThePreviousSiteAndNoTemporaryFolder() {
        TestDisk full = new TestDisk(2, null, false);
        FileFailure failure = assertThrows(FileFailure.class, () -> OutputWriter.write(out, files("new"), full));
        assertEquals("cannot write the site to " + out + ": fr/index.html: no space left on device",
                failure.getMessage());
        assertEquals("free some space on that disk, or choose another folder with --out; the previous site was left "
                + "as it was", failure.hint());
        assertEquals(previous, TestSites.snapshot(out));
        assertEquals(0, leftovers());
    }

    @Test
    void aReadOnlyPreviousSiteIsRefusedBeforeAnythingIsWritten() {
        TestDisk readOnlyEn = new TestDisk(0, out.resolve("en"), false);
        FileFailure failure = assertThrows(FileFailure.class, () -> OutputWriter.write(out, files("new"), readOnlyEn));
        assertEquals("cannot replace the site in " + out + ": " + out.resolve("en") + " is read-only",
                failure.getMessage());
        assertEquals("make it writable (chmod -R u+w " + out + "), or choose another folder with --out; the previous "
                + "site was left as it was", failure.hint());
        assertEquals(0, readOnlyEn.written);
        assertEquals(previous, TestSites.snapshot(out));
        assertEquals(0, leftovers());
    }

    @Test
    void aMountPointIsRefusedBeforeAnythingIsWritten() {
        TestDisk mounted = new TestDisk(0, null, true);
        FileFailure failure = assertThrows(FileFailure.class, () -> OutputWriter.write(out, files("new"), mounted));
        assertEquals("cannot replace the site in " + out + ": it is a mount point, which cannot be swapped for a new "
                + "folder", failure.getMessage());
        assertEquals("build into a folder beside it with --out and copy that in, or mount the folder above it "
                + "instead", failure.hint());
        assertEquals(0, mounted.written);
        assertEquals(previous, TestSites.snapshot(out));
        assertEquals(0, leftovers());
    }

    @Test
    void theManifestListsEveryFileTheBuildWrote() {
        assertEquals("# The files Amicus wrote in this folder. A build replaces the folder only when it holds no "
                + "other file.\nen/index.html\nfr/index.html\nindex.html\n", TestSites.read(out.resolve(".amicus-manifest")));
    }

    @Test
    void aFileNoBuildWroteIsNeverDeleted() {
        TestSites.write(out.resolve("en/notes.txt"), "my notes");
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class,
                () -> OutputWriter.write(out, files("new")));
        assertEquals("the output folder " + out + " holds 1 file Amicus did not write, which a build would delete: "
                + "en/notes.txt", refused.getMessage());
        assertEquals("move it out of the folder (a build replaces all of it), or choose another folder with --out",
                refused.hint());
        assertEquals("my notes", TestSites.read(out.resolve("en/notes.txt")));
        assertEquals(0, leftovers());
    }

    @Test
    void aFolderWithoutAManifestIsRefusedEvenWithAnIndexPage() {
        Path other = dir.resolve("www");
        TestSites.write(other.resolve("index.html"), "my home page");
        for (int i = 1; i <= 6; i++) {
            TestSites.write(other.resolve("notes-" + i + ".txt"), "note");
        }
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class,
                () -> OutputWriter.write(other, files("new")));
        assertEquals("the output folder " + other + " holds 7 files but no .amicus-manifest (the list of the files "
                + "Amicus wrote), so a build cannot tell whether replacing it would lose any: index.html, notes-1.txt, "
                + "notes-2.txt, notes-3.txt, notes-4.txt and 2 more", refused.getMessage());
        assertEquals("my home page", TestSites.read(other.resolve("index.html")));
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        OutputWriter.write(empty, files("new"));
        assertEquals("new en", TestSites.read(empty.resolve("en/index.html")));
    }

    /**
     * A web server that copies the site with its permissions (rsync -a) must be able to read it: the site's
     * folders and files get what any new one gets (755 and 644 with the usual umask 022), not a temporary
     * folder's 700.
     */
    @Test
    void theSiteGetsTheUsualPermissionsNotThoseOfATemporaryFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Set<PosixFilePermission> usualFolder = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("f")));
        Set<PosixFilePermission> usualFile = Files.getPosixFilePermissions(Files.createFile(dir.resolve("f.txt")));
        assertEquals(usualFolder, Files.getPosixFilePermissions(out));
        assertEquals(usualFolder, Files.getPosixFilePermissions(out.resolve("en")));
        assertEquals(usualFile, Files.getPosixFilePermissions(out.resolve("en/index.html")));
    }

    @Test
    void whatAKilledBuildLeftIsRemovedByTheNextBuild() throws IOException {
        Path building = dir.resolve(".site.building-999999999-1-abc");
        TestSites.write(building.resolve("en/index.html"), "half a site");
        Path previousOfAnOlderAmicus = dir.resolve(".site.previous-1234567890");
        TestSites.write(previousOfAnOlderAmicus.resolve("en/index.html"), "an old site");
        OutputWriter.write(out, files("new"));
        assertEquals(0, leftovers());
        assertEquals("new en", TestSites.read(out.resolve("en/index.html")));
    }

    @Test
    void theFoldersOfABuildStillRunningAreLeftAlone() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Path building = dir.resolve(".site.building-" + self.pid() + "-"
                + self.info().startInstant().orElseThrow().toEpochMilli() + "-abc");
        TestSites.write(building.resolve("en/index.html"), "a site being written");
        OutputWriter.write(out, files("new"));
        assertEquals("a site being written", TestSites.read(building.resolve("en/index.html")));
    }

    /** Killed between the two renames of its swap, a build leaves no site/, and the previous one beside it. */
    @Test
    void aPreviousSiteLeftAloneIsPutBackEvenWhenTheNextBuildFails() throws IOException {
        Path previousSite = dir.resolve(".site.previous-999999999-1-abc");
        Files.move(out, previousSite);
        assertThrows(FileFailure.class, () -> OutputWriter.write(out, files("new"), new TestDisk(1, null, false)));
        assertEquals(previous, TestSites.snapshot(out));
        assertEquals(0, leftovers());
    }

    @Test
    void aSymbolicLinkAsTheOutputFolderIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("www"), out);
        UnsafeOutputException refused = assertThrows(UnsafeOutputException.class,
                () -> OutputWriter.open(link, dir.resolve("project")));
        assertEquals("the output folder " + link + " is a symbolic link: a build would replace the link, not the "
                + "folder it points to", refused.getMessage());
        assertEquals("give the folder itself with --out " + out.toRealPath(), refused.hint());
    }

    @Test
    void aFolderThatCannotBeCreatedNamesWhere() {
        Path file = dir.resolve("letter.txt");
        TestSites.write(file, "keep me");
        Path inside = file.resolve("site");
        FileFailure failure = assertThrows(FileFailure.class, () -> OutputWriter.write(inside, files("new")));
        assertEquals("cannot write the site to " + inside + ": cannot create a folder in " + file
                + " (a file is already there)", failure.getMessage());
    }

    /**
     * The real disk, except that it fills up at the {@code fullAt}-th file, one folder is read-only, and the
     * output folder may be a mount point.
     */
    private static final class TestDisk implements OutputWriter.Disk {
        private final int fullAt;
        private final Path readOnly;
        private final boolean mounted;
        int written;

        TestDisk(int fullAt, Path readOnly, boolean mounted) {
            this.fullAt = fullAt;
            this.readOnly = readOnly;
            this.mounted = mounted;
        }

        @Override
        public boolean isMountPoint(Path folder) {
            return mounted;
        }

        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            if (++written == fullAt) {
                throw new IOException("No space left on device"); // what the JDK says on ENOSPC
            }
            Files.write(file, bytes);
        }

        @Override
        public boolean canChange(Path folder) {
            return !folder.equals(readOnly);
        }
    }

    private static SortedMap<String, byte[]> files(String version) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("en/index.html", (version + " en").getBytes());
        files.put("fr/index.html", (version + " fr").getBytes());
        files.put("index.html", (version + " landing").getBytes());
        return files;
    }

    /** Temporary folders left beside the site. */
    private long leftovers() {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".site.")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
