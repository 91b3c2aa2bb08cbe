package org.amicus.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problem;

/**
 * The folders a build keeps beside the output folder {@code site/}: {@code .site.building-…}, the new site being
 * written, and {@code .site.previous-…}, the old one, for the moment between the two renames of the swap. Each
 * name carries the process that made it (its id and start time), so that the next build can tell what a build
 * killed midway left behind, which it removes, from the folders of a build still running, which it leaves alone.
 */
final class SwapFolders {

    private static final String BUILDING = ".building-";
    private static final String PREVIOUS = ".previous-";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ProcessHandle SELF = ProcessHandle.current();
    /** {@code <pid>-<start in ms>-}: this process, in the names of the folders it makes. */
    private static final String OWNER = SELF.pid() + "-" + startMillis(SELF).orElse(0L) + "-";

    private SwapFolders() {
    }

    /**
     * A new, empty folder beside {@code target} for the new site, made with the usual permissions (755 or what
     * the umask gives), which the site keeps once swapped in.
     */
    static Path createBuilding(Path target) throws IOException {
        for (;;) {
            try {
                return Files.createDirectory(name(target, BUILDING));
            } catch (FileAlreadyExistsException taken) {
                // another random name
            }
        }
    }

    /** The name the previous site takes during the swap; nothing is made. */
    static Path previous(Path target) {
        return name(target, PREVIOUS);
    }

    /**
     * Tidies what builds killed midway (by {@code kill -9}, a power cut) left beside {@code target}: their
     * unfinished new sites are deleted, and so are the previous sites they replaced, unless {@code target} is
     * missing, when the previous site is put back first (the build died between the two renames of its swap).
     *
     * @return what could not be tidied, as warnings; the build goes on
     */
    static List<Problem> clean(Path target) {
        List<Problem> left = new ArrayList<>();
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return left;
        }
        List<Path> dead;
        try (Stream<Path> siblings = Files.list(parent)) {
            dead = siblings.filter(sibling -> isSwapFolderOf(target, sibling) && !ownerAlive(sibling))
                    // the newest previous site first: the one to put back when the site is missing
                    .sorted(Comparator.comparing(SwapFolders::modified).reversed()).toList();
        } catch (IOException e) {
            left.add(leftover(parent, e));
            return left;
        }
        for (Path folder : dead) {
            try {
                if (isPrevious(target, folder) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(folder, target);
                } else {
                    deleteTree(folder);
                }
            } catch (IOException e) {
                left.add(leftover(folder, e));
            }
        }
        return left;
    }

    /** A warning about a folder left beside the site, which the next build tries to remove again. */
    static Problem leftover(Path folder, IOException e) {
        return Problem.warning(folder, 0, "a folder that an earlier build left could not be removed: "
                + FileFailure.reason(e), "delete it by hand; the next build tries again");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path name(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + kind + OWNER
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
    }

    private static boolean isSwapFolderOf(Path target, Path sibling) {
        String prefix = "." + target.getFileName();
        String name = sibling.getFileName().toString();
        return name.startsWith(prefix + BUILDING) || isPrevious(target, sibling);
    }

    private static boolean isPrevious(Path target, Path sibling) {
        return sibling.getFileName().toString().startsWith("." + target.getFileName() + PREVIOUS);
    }

    /**
     * Whether the process named in the folder's name still runs: same id, same start time (ids are reused). A
     * name without an owner comes from an Amicus that did not write one, and counts as left behind.
     */
    private static boolean ownerAlive(Path folder) {
        String name = folder.getFileName().toString();
        String kind = name.contains(BUILDING) ? BUILDING : PREVIOUS;
        String[] parts = name.substring(name.lastIndexOf(kind) + kind.length()).split("-");
        if (parts.length != 3) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[0]);
            long start = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(process -> startMillis(process).map(started -> started == start).orElse(true))
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    private static long modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0; // gone meanwhile: any order will do
        }
    }
}
