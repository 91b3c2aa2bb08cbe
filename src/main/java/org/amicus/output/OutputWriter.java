package org.amicus.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problem;

/**
 * Writes a site atomically: into a temporary folder beside the output folder, file by file as the build makes
 * them, swapped in only once every file is written and the build has succeeded. A build that fails, or a
 * failure while writing, leaves the previous output as it was and no temporary folder behind.
 *
 * <p>Everything that could stop the swap is checked before the first file is written: that the folder holds
 * only files a build wrote (its {@link Manifest}), that every folder in it can be emptied, that it can be
 * renamed (not a mount point, not another user's in a sticky folder). So once the new site is in place nothing
 * can fail but the removal of the old one, which the next build finishes (see {@link SwapFolders}).
 */
public final class OutputWriter implements AutoCloseable {

    /** Folders that must never be replaced wholesale, because they look like a project, not a build. */
    private static final List<String> PROJECT_MARKERS = List.of(".git", "pom.xml", "content", "templates", "src");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    /** How many files a refusal names before it counts the rest. */
    private static final int NAMED = 5;

    private final Path out;
    private final Path target;
    /** The temporary folder the site is written to; null when discarding. */
    private final Path staging;
    private final Disk disk;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    /** What was written, when kept in memory ({@link #inMemory}); null otherwise. */
    private final Map<String, byte[]> kept;
    private final List<Problem> leftovers = new ArrayList<>();

    private OutputWriter(Path out, Disk disk) {
        this.out = out;
        this.target = out.toAbsolutePath().normalize();
        this.disk = disk;
        this.kept = null;
        leftovers.addAll(SwapFolders.clean(target));
        refuseUnlisted(out, target);
        refuseReadOnly(out, target, disk);
        this.staging = staging(out, target);
        try {
            refuseUnrenamable(out, target, staging, disk);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    private OutputWriter(boolean keep) {
        this.out = null;
        this.target = null;
        this.staging = null;
        this.disk = null;
        this.kept = keep ? new ConcurrentHashMap<>() : null;
    }

    /** Refuses an output folder whose replacement would destroy something that is not a previous build. */
    public static void checkOutputFolder(Path out, Path project) {
        Path target = out.toAbsolutePath().normalize();
        Path root = project.toAbsolutePath().normalize();
        String elsewhere = "choose an empty or new folder with --out";
        if (root.startsWith(target)) {
            throw new UnsafeOutputException("the output folder " + out + " contains the project itself", elsewhere);
        }
        for (String source : List.of("content", "templates", "src")) {
            if (target.startsWith(root.resolve(source))) {
                throw new UnsafeOutputException("the output folder " + out + " is inside the project's " + source
                        + "/ folder", elsewhere);
            }
        }
        if (Files.isSymbolicLink(target)) {
            throw new UnsafeOutputException("the output folder " + out + " is a symbolic link: a build would "
                    + "replace the link, not the folder it points to", "give the folder itself with --out "
                    + realPath(target));
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UnsafeOutputException("the output path " + out + " is a file, not a folder", elsewhere);
        }
        for (Path above = target.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above) && !Files.isDirectory(above)) {
                throw new UnsafeOutputException("the output folder " + out + " cannot be made: " + above
                        + " is a file, not a folder", elsewhere);
            }
        }
        for (String marker : PROJECT_MARKERS) {
            if (Files.exists(target.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                throw new UnsafeOutputException("the output folder " + out + " contains " + marker
                        + ", so it looks like a project, not a built site", elsewhere);
            }
        }
    }

    private static String realPath(Path link) {
        try {
            return link.toRealPath().toString();
        } catch (IOException e) {
            return "DIR";
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

            @Override
            public boolean isMountPoint(Path folder) throws IOException {
                return !Files.getFileStore(folder).equals(Files.getFileStore(folder.getParent()))
                        || MountPoints.isListed(folder.toRealPath());
            }
        };

        void write(Path file, byte[] bytes) throws IOException;

        /** Whether files can be added to and removed from this folder. */
        boolean canChange(Path folder);

        /** Whether a file system is mounted at this folder (bind mounts too), which no rename can move. */
        boolean isMountPoint(Path folder) throws IOException;
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
     * removes it, leaving the previous site as it was. What builds killed midway left beside {@code out} is
     * removed first.
     *
     * @throws UnsafeOutputException when {@code out} is not a folder a build may replace: it holds files no build
     *                               wrote, or it looks like a project
     * @throws FileFailure           when the previous site cannot be replaced, or no folder can be made beside it
     */
    public static OutputWriter open(Path out, Path project) {
        checkOutputFolder(out, project);
        return new OutputWriter(out, Disk.REAL);
    }

    /** A writer that keeps nothing but the paths of the files, for a build that writes nothing (a check). */
    public static OutputWriter discarding() {
        return new OutputWriter(false);
    }

    /**
     * A writer that keeps every file in memory ({@link #kept}), for {@code serve}, which writes to its folder
     * only the files that differ from what it serves.
     */
    public static OutputWriter inMemory() {
        return new OutputWriter(true);
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
                throw writeFailure(path, e);
            }
        }
        if (kept != null) {
            kept.put(path, bytes);
        }
        paths.add(path);
    }

    /** Output path → bytes of every file written, for a writer {@link #inMemory}; empty otherwise. */
    public SortedMap<String, byte[]> kept() {
        return kept == null ? new TreeMap<>() : new TreeMap<>(kept);
    }

    private FileFailure writeFailure(String path, IOException e) {
        String hint = FileFailure.hint(e);
        return new FileFailure("cannot write the site to " + out + ": " + path + ": " + reason(e),
                (hint.isEmpty() ? "" : hint + ", or ") + "choose another folder with --out; the previous site was "
                        + "left as it was", e);
    }

    /** The paths written so far. */
    public Set<String> paths() {
        return Set.copyOf(paths);
    }

    /**
     * Warnings about what this build could not tidy beside the output folder (a previous site that could not be
     * removed, say); the site was written all the same.
     */
    public List<Problem> leftovers() {
        return List.copyOf(leftovers);
    }

    /** Writes the manifest, then replaces the output folder with the files written, all at once. */
    public void commit() {
        if (staging != null) {
            try {
                disk.write(staging.resolve(Manifest.NAME), Manifest.of(paths));
            } catch (IOException e) {
                throw writeFailure(Manifest.NAME, e);
            }
            swap();
        }
    }

    /** Removes what was written unless it was committed. */
    @Override
    public void close() {
        if (staging != null) {
            deleteQuietly(staging);
        }
    }

    /**
     * A folder holding files that no build wrote is refused: replacing it would delete them. Empty and absent
     * folders are fine, and so is a previous build, whose manifest names every file it holds.
     */
    private static void refuseUnlisted(Path out, Path target) {
        Manifest.Contents contents;
        try {
            contents = Manifest.read(target);
        } catch (IOException e) {
            throw new FileFailure("cannot read the output folder " + out + ": " + describe(e), e);
        }
        List<String> unlisted = contents.unlisted();
        if (unlisted.isEmpty()) {
            return;
        }
        String named = String.join(", ", unlisted.subList(0, Math.min(NAMED, unlisted.size())))
                + (unlisted.size() > NAMED ? " and " + (unlisted.size() - NAMED) + " more" : "");
        String files = unlisted.size() == 1 ? "1 file" : unlisted.size() + " files";
        if (contents.listed()) {
            throw new UnsafeOutputException("the output folder " + out + " holds " + files + " Amicus did not "
                    + "write, which a build would delete: " + named, "move " + (unlisted.size() == 1 ? "it" : "them")
                    + " out of the folder (a build replaces all of it), or choose another folder with --out");
        }
        throw new UnsafeOutputException("the output folder " + out + " holds " + files + " but no " + Manifest.NAME
                + " (the list of the files Amicus wrote), so a build cannot tell whether replacing it would lose "
                + "any: " + named, "choose an empty or new folder with --out; if it is a site that an Amicus "
                + "older than its manifest built, delete the folder and build again");
    }

    /** A previous site that cannot be removed is refused before anything is written, not after the swap. */
    private static void refuseReadOnly(Path out, Path target, Disk disk) {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            Optional<Path> locked = walk.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(folder -> !disk.canChange(folder)).findFirst();
            if (locked.isPresent()) {
                throw new FileFailure("cannot replace the site in " + out + ": " + locked.get() + " is read-only",
                        "make it writable (chmod -R u+w " + target + "), or choose another folder with --out; "
                                + "the previous site was left as it was", null);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException wrapped ? wrapped.getCause() : (IOException) e;
            throw new FileFailure("cannot replace the site in " + out + ": " + describe(cause), cause);
        }
    }

    /**
     * A folder no rename can move is refused before anything is written: a mount point, or, in a folder with
     * the sticky bit (like /tmp), a folder another user owns.
     */
    private static void refuseUnrenamable(Path out, Path target, Path staging, Disk disk) {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (disk.isMountPoint(target)) {
                throw new FileFailure("cannot replace the site in " + out + ": it is a mount point, which cannot "
                        + "be swapped for a new folder", "build into a folder beside it with --out and copy that "
                        + "in, or mount the folder above it instead", null);
            }
            Path parent = target.getParent();
            int mode = (Integer) Files.getAttribute(parent, "unix:mode");
            int me = (Integer) Files.getAttribute(staging, "unix:uid");
            boolean sticky = (mode & 01000) != 0;
            if (sticky && me != 0 && me != (Integer) Files.getAttribute(target, "unix:uid", LinkOption.NOFOLLOW_LINKS)
                    && me != (Integer) Files.getAttribute(parent, "unix:uid")) {
                throw new FileFailure("cannot replace the site in " + out + ": it belongs to another user, and "
                        + parent + " lets only a folder's owner move it (sticky bit)", "build as its owner, or "
                        + "choose another folder with --out", null);
            }
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: no sticky bits to mind
        } catch (IOException e) {
            throw new FileFailure("cannot replace the site in " + out + ": " + describe(e), e);
        }
    }

    /** A new temporary folder beside the output folder, so that the final move is a rename. */
    private static Path staging(Path out, Path target) {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            return SwapFolders.createBuilding(target);
        } catch (IOException e) {
            throw new FileFailure("cannot write the site to " + out + ": cannot create a folder in " + parent
                    + " (" + reason(e) + ")", "make " + parent + " writable, or choose another folder with --out",
                    e);
        }
    }

    /**
     * The path of an output file inside the folder; anything that would land elsewhere, or whose name cannot be an
     * address, is refused (the content's names are checked before, so this is what templates/static/ holds).
     */
    static Path contained(Path folder, String relative) {
        String plainNames = "rename it with letters, digits, dots, dashes and underscores only (no spaces, no "
                + "accents, not starting with a dot), in templates/static/ or content/";
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
            throw new FileFailure("refusing to write `" + relative + "`: not a relative path", plainNames, null);
        }
        for (String segment : relative.split("/", -1)) {
            if (!SAFE_SEGMENT.matcher(segment).matches()) {
                throw new FileFailure("refusing to write `" + relative + "`: `" + segment + "` cannot be part of "
                        + "an address", plainNames, null);
            }
        }
        Path path = folder.resolve(relative).normalize();
        if (!path.startsWith(folder)) {
            throw new FileFailure("refusing to write `" + relative + "` outside the output folder", plainNames,
                    null);
        }
        return path;
    }

    /**
     * The previous site is renamed away, the new one renamed in, the previous one removed. Another build of the
     * same folder may swap its site in between our two renames: then that site is replaced in turn.
     */
    private void swap() {
        List<Path> replaced = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Path old = SwapFolders.previous(target);
            boolean hadSite;
            try {
                move(target, old);
                hadSite = true;
                replaced.add(old);
            } catch (NoSuchFileException none) {
                hadSite = false; // the first build, or another build is between its two renames
            } catch (IOException e) {
                throw new FileFailure("cannot replace the site in " + out + ": " + reason(e),
                        "the previous site was left as it was", e);
            }
            try {
                move(staging, target);
                break;
            } catch (IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && attempt < 3) {
                    continue; // another build's site came in meanwhile
                }
                if (hadSite) {
                    putBack(old, e);
                    replaced.remove(old);
                }
                throw new FileFailure("cannot replace the site in " + out + ": " + reason(e),
                        "the previous site was left as it was", e);
            }
        }
        for (Path old : replaced) {
            try {
                SwapFolders.deleteTree(old);
            } catch (IOException e) {
                leftovers.add(SwapFolders.leftover(old, e));
            }
        }
    }

    private void putBack(Path old, IOException failure) {
        try {
            move(old, target);
        } catch (IOException notBack) {
            failure.addSuppressed(notBack);
            throw new FileFailure("cannot replace the site in " + out + ": " + reason(failure)
                    + "; the previous site is in " + old, "rename " + old + " to " + target, failure);
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
            SwapFolders.deleteTree(root);
        } catch (IOException e) {
            // A leftover `.site.building-*` folder is harmless, and the next build removes it; the failure that
            // brought us here matters more.
        }
    }

    static String reason(IOException e) {
        return FileFailure.reason(e);
    }

    private static String describe(IOException e) {
        return FileFailure.describe(e);
    }
}
