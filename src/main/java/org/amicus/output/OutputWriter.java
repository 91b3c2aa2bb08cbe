package org.amicus.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amicus.diagnostic.FileFailure;

/**
 * Writes a site atomically: into a temporary folder beside the output folder, file by file as the build makes
 * them, swapped in only once every file is written and the build has succeeded. A build that fails, or a
 * failure while writing, leaves the previous output as it was and no temporary folder behind.
 */
public final class OutputWriter implements AutoCloseable {

    /** Folders that must never be replaced wholesale, because they look like a project, not a build. */
    private static final List<String> PROJECT_MARKERS = List.of(".git", "pom.xml", "content", "templates", "src");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private final Path out;
    private final Path target;
    /** The temporary folder the site is written to; null when discarding. */
    private final Path staging;
    private final Disk disk;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    private OutputWriter(Path out, Disk disk) {
        this.out = out;
        this.target = out.toAbsolutePath().normalize();
        this.disk = disk;
        refuseReadOnly(out, target, disk);
        this.staging = staging(out, target);
    }

    private OutputWriter() {
        this.out = null;
        this.target = null;
        this.staging = null;
        this.disk = null;
    }

    /** Refuses an output folder whose replacement would destroy something that is not a previous build. */
    public static void checkOutputFolder(Path out, Path project) {
        Path target = out.toAbsolutePath().normalize();
        Path root = project.toAbsolutePath().normalize();
        if (root.startsWith(target)) {
            throw new UnsafeOutputException("the output folder " + out + " contains the project itself");
        }
        for (String source : List.of("content", "templates", "src")) {
            if (target.startsWith(root.resolve(source))) {
                throw new UnsafeOutputException("the output folder " + out + " is inside the project's " + source
                        + "/ folder");
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UnsafeOutputException("the output path " + out + " is a file, not a folder");
        }
        for (Path above = target.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above) && !Files.isDirectory(above)) {
                throw new UnsafeOutputException("the output folder " + out + " cannot be made: " + above
                        + " is a file, not a folder");
            }
        }
        for (String marker : PROJECT_MARKERS) {
            if (Files.exists(target.resolve(marker))) {
                throw new UnsafeOutputException("the output folder " + out + " contains " + marker
                        + ", so it looks like a project, not a built site; choose an empty or new folder");
            }
        }
        // A build replaces the folder whole, so it must be empty or hold a previous build (which has index.html).
        if (Files.isDirectory(target) && !Files.exists(target.resolve("index.html")) && !isEmpty(target)) {
            throw new UnsafeOutputException("the output folder " + out + " is not empty and holds no built site "
                    + "(no index.html); a build replaces the whole folder, so choose an empty or new folder");
        }
    }

    private static boolean isEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new FileFailure("cannot read the output folder " + folder + ": " + FileFailure.reason(e), e);
        }
    }

    /** What writing a site needs from the disk: the real one, or in tests one that is full or read-only. */
    interface Disk {
        Disk REAL = new Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                Files.write(file, bytes);
            }

            @Override
            public boolean canChange(Path folder) {
                return Files.isWritable(folder);
            }
        };

        void write(Path file, byte[] bytes) throws IOException;

        /** Whether files can be added to and removed from this folder. */
        boolean canChange(Path folder);
    }

    /**
     * Writes a whole site at once.
     *
     * @param files output path (forward slashes, relative) → bytes
     * @throws FileFailure when the disk refuses; the previous site is then as it was
     */
    public static void write(Path out, SortedMap<String, byte[]> files) {
        write(out, files, Disk.REAL);
    }

    static void write(Path out, SortedMap<String, byte[]> files, Disk disk) {
        try (OutputWriter writer = new OutputWriter(out, disk)) {
            files.forEach(writer::write);
            writer.commit();
        }
    }

    /**
     * Starts writing a site to {@code out}: each file goes to a temporary folder beside it as soon as it is made,
     * so a site is never held in memory whole; {@link #commit} swaps it in, and {@link #close} without a commit
     * removes it, leaving the previous site as it was.
     *
     * @throws UnsafeOutputException when {@code out} is not a folder a build may replace
     * @throws FileFailure           when the previous site cannot be replaced, or no folder can be made beside it
     */
    public static OutputWriter open(Path out, Path project) {
        checkOutputFolder(out, project);
        return new OutputWriter(out, Disk.REAL);
    }

    /** A writer that keeps nothing but the paths of the files, for a build that writes nothing (a check). */
    public static OutputWriter discarding() {
        return new OutputWriter();
    }

    /**
     * Writes one file of the site; safe to call from several threads at once.
     *
     * @param path output path, forward slashes, relative to the output folder
     * @throws FileFailure when the disk refuses
     */
    public void write(String path, byte[] bytes) {
        if (staging != null) {
            Path file = contained(staging, path);
            try {
                Files.createDirectories(file.getParent());
                disk.write(file, bytes);
            } catch (IOException e) {
                throw new FileFailure("cannot write the site to " + out + ": " + path + ": " + FileFailure.reason(e),
                        e);
            }
        }
        paths.add(path);
    }

    /** The paths written so far. */
    public Set<String> paths() {
        return Set.copyOf(paths);
    }

    /** Replaces the output folder with the files written, all at once. */
    public void commit() {
        if (staging != null) {
            swap(out, staging, target);
        }
    }

    /** Removes what was written unless it was committed. */
    @Override
    public void close() {
        if (staging != null) {
            deleteQuietly(staging);
        }
    }

    /** A previous site that cannot be removed is refused before anything is written, not after the swap. */
    private static void refuseReadOnly(Path out, Path target, Disk disk) {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            Optional<Path> locked = walk.filter(Files::isDirectory).filter(folder -> !disk.canChange(folder))
                    .findFirst();
            if (locked.isPresent()) {
                throw new FileFailure("cannot replace the site in " + out + ": " + locked.get() + " is read-only "
                        + "(make it writable, or choose another --out)", null);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException wrapped ? wrapped.getCause() : (IOException) e;
            throw new FileFailure("cannot replace the site in " + out + ": " + FileFailure.describe(cause), cause);
        }
    }

    /** A new temporary folder beside the output folder, so that the final move is a rename. */
    private static Path staging(Path out, Path target) {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        } catch (IOException e) {
            throw new FileFailure("cannot write the site to " + out + ": cannot create a folder in " + parent
                    + " (" + FileFailure.reason(e) + ")", e);
        }
    }

    /** The path of an output file inside the folder; anything that would land elsewhere is refused. */
    static Path contained(Path folder, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
            throw new UnsafeOutputException("refusing to write `" + relative + "`: not a relative path");
        }
        for (String segment : relative.split("/", -1)) {
            if (!SAFE_SEGMENT.matcher(segment).matches()) {
                throw new UnsafeOutputException("refusing to write `" + relative + "`: segment `" + segment
                        + "` is not a plain file or folder name");
            }
        }
        Path path = folder.resolve(relative).normalize();
        if (!path.startsWith(folder)) {
            throw new UnsafeOutputException("refusing to write `" + relative + "` outside the output folder");
        }
        return path;
    }

    private static void swap(Path out, Path staging, Path target) {
        try {
            if (!Files.exists(target)) {
                move(staging, target);
                return;
            }
        } catch (IOException e) {
            throw new FileFailure("cannot write the site to " + out + ": " + FileFailure.reason(e), e);
        }
        Path old;
        try {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
            Files.delete(old);
            move(target, old);
        } catch (IOException e) {
            throw new FileFailure("cannot replace the site in " + out + ": " + FileFailure.reason(e), e);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            try {
                move(old, target); // put the previous site back
            } catch (IOException notBack) {
                e.addSuppressed(notBack);
                throw new FileFailure("cannot replace the site in " + out + ": " + FileFailure.reason(e)
                        + "; the previous site is in " + old, e);
            }
            throw new FileFailure("cannot replace the site in " + out + ": " + FileFailure.reason(e), e);
        }
        try {
            deleteTree(old);
        } catch (IOException e) {
            throw new FileFailure("the new site is in " + out + ", but the previous one could not be removed: "
                    + FileFailure.describe(e) + "; delete " + old + " by hand", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Cleaning up after a failure must not hide the failure. */
    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            // A leftover `.site.building-*` folder is harmless; the failure that brought us here matters more.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
