package org.amicus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.amicus.TestSites;
import org.amicus.diagnostic.FileFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a site: all of it, or, when the disk refuses, nothing changed and one line that says why. */
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
        TestDisk full = new TestDisk(2, null);
        FileFailure failure = assertThrows(FileFailure.class, () -> OutputWriter.write(out, files("new"), full));
        assertEquals("cannot write the site to " + out + ": fr/index.html: no space left on device",
                failure.getMessage());
        assertEquals(previous, TestSites.snapshot(out));
        assertEquals(0, leftovers());
    }

    @Test
    void aReadOnlyPreviousSiteIsRefusedBeforeAnythingIsWritten() {
        TestDisk readOnlyEn = new TestDisk(0, out.resolve("en"));
        FileFailure failure = assertThrows(FileFailure.class, () -> OutputWriter.write(out, files("new"), readOnlyEn));
        assertEquals("cannot replace the site in " + out + ": " + out.resolve("en") + " is read-only (make it "
                + "writable, or choose another --out)", failure.getMessage());
        assertEquals(0, readOnlyEn.written);
        assertEquals(previous, TestSites.snapshot(out));
        assertEquals(0, leftovers());
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

    /** The real disk, except that it fills up at the {@code fullAt}-th file, and one folder is read-only. */
    private static final class TestDisk implements OutputWriter.Disk {
        private final int fullAt;
        private final Path readOnly;
        int written;

        TestDisk(int fullAt, Path readOnly) {
            this.fullAt = fullAt;
            this.readOnly = readOnly;
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
