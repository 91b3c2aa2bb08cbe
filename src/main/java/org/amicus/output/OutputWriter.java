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
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Writes a finished site atomically: into a temporary folder beside the output folder, swapped in only once
 * every file is written. A build that fails before this point has touched nothing; a failure while writing
 * leaves the previous output as it was.
 */
public final class OutputWriter {

    /** Folders that must never be replaced wholesale, because they look like a project, not a build. */
    private static final List<String> PROJECT_MARKERS = List.of(".git", "pom.xml", "content", "templates", "src");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private OutputWriter() {
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
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param files output path (forward slashes, relative) → bytes, sorted so writes are reproducible
     */
    public static void write(Path out, SortedMap<String, byte[]> files) {
        Path target = out.toAbsolutePath().normalize();
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
            try {
                for (var file : files.entrySet()) {
                    Path path = contained(staging, file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.write(path, file.getValue());
                }
                swap(staging, target);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + out + " failed: " + e.getMessage(), e);
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

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target); // put the previous site back
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
