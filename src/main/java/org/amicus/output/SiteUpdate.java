package org.amicus.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.amicus.diagnostic.FileFailure;

/**
 * Brings a site that a build wrote up to date in place, for {@code serve}: only the files whose bytes changed are
 * written, each to a temporary file renamed over the old one (so the server never sends half a file), the files
 * gone are removed with the folders they leave empty, and the manifest is rewritten when the list of files
 * changed. The folder then holds exactly what a build of the new site writes. The first site goes in whole,
 * through {@link OutputWriter}, which checks the folder may be replaced.
 */
public final class SiteUpdate {

    private final Path out;
    /** What the folder holds, as this update last wrote it: output path → bytes. */
    private SortedMap<String, byte[]> served = new TreeMap<>();
    /** Whether the manifest on disk may not list the files served. */
    private boolean unlisted;
    /**
     * Where this update writes each file before renaming it into place: a folder beside the site, named like a
     * build's, so that one a killed server left is removed by the next build, never served nor listed.
     */
    private Path staging;
    private int written;

    /** @param out a folder that holds nothing but a built site (see {@link #replace}) */
    public SiteUpdate(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /**
     * Replaces the folder with {@code files} all at once, with every check of a build's output.
     *
     * @return every output path
     * @throws UnsafeOutputException when the folder is not one a build may replace
     * @throws FileFailure           when the disk refuses
     */
    public Set<String> replace(Path project, SortedMap<String, byte[]> files) {
        OutputWriter.checkOutputFolder(out, project);
        OutputWriter.write(out, files);
        served = new TreeMap<>(files);
        unlisted = false;
        return new TreeSet<>(files.keySet());
    }

    /**
     * Writes what differs between the folder and {@code files}, and removes what {@code files} lacks.
     *
     * @return the output paths written or removed, sorted
     * @throws FileFailure when the disk refuses; the folder may then hold part of the new site
     */
    public Set<String> update(SortedMap<String, byte[]> files) {
        return staged(() -> {
            unlisted |= !served.keySet().equals(files.keySet());
            Set<String> changed = writeChanged(files);
            for (String path : Set.copyOf(served.keySet())) {
                if (!files.containsKey(path)) {
                    remove(path);
                    served.remove(path);
                    changed.add(path);
                }
            }
            if (unlisted) {
                write(Manifest.NAME, Manifest.of(files.keySet()));
                unlisted = false;
            }
            return changed;
        });
    }

    /**
     * Writes what differs between the folder and {@code files}, a part of the new site that is shown before the
     * rest is made, and leaves every other file as it is; {@link #update} with the whole site follows. A file new
     * to the folder is listed in the manifest at once, so that it is never left behind unlisted.
     *
     * @return the output paths written, sorted
     * @throws FileFailure when the disk refuses
     */
    public Set<String> updateSome(SortedMap<String, byte[]> files) {
        return staged(() -> {
            boolean added = !served.keySet().containsAll(files.keySet());
            Set<String> changed = writeChanged(files);
            if (added) {
                write(Manifest.NAME, Manifest.of(served.keySet()));
            }
            return changed;
        });
    }

    /** Runs {@code work}, then removes the folder its files were written in before being renamed into place. */
    private Set<String> staged(Supplier<Set<String>> work) {
        try {
            return work.get();
        } finally {
            if (staging != null) {
                try {
                    SwapFolders.deleteTree(staging);
                } catch (IOException e) {
                    // a leftover `.name.building-…` folder beside the site; the next build removes it
                }
                staging = null;
            }
        }
    }

    /** Writes each of {@code files} whose bytes the folder does not hold yet. */
    private Set<String> writeChanged(SortedMap<String, byte[]> files) {
        Set<String> changed = new TreeSet<>();
        // The served map follows the disk file by file, so that after a failure the next update mends the rest.
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!Arrays.equals(served.get(file.getKey()), file.getValue())) {
                served.put(file.getKey(), null); // unknown until written: written again, or removed, next time
                write(file.getKey(), file.getValue());
                served.put(file.getKey(), file.getValue());
                changed.add(file.getKey());
            }
        }
        return changed;
    }

    private void write(String path, byte[] bytes) {
        Path file = path.equals(Manifest.NAME) ? out.resolve(path) : OutputWriter.contained(out, path);
        try {
            if (staging == null) {
                staging = SwapFolders.createBuilding(out);
            }
            Path temporary = staging.resolve(Integer.toString(++written));
            Files.createDirectories(file.getParent());
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    /** Removes a file, and the folders above it that it leaves empty. */
    private void remove(String path) {
        Path file = OutputWriter.contained(out, path);
        try {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); !folder.equals(out); folder = folder.getParent()) {
                Files.delete(folder);
            }
        } catch (DirectoryNotEmptyException e) {
            // the folder holds other files of the site
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    private FileFailure failure(String path, IOException e) {
        return new FileFailure("cannot update the site in " + out + ": " + path + ": " + OutputWriter.reason(e),
                "check that the folder is writable; the next save writes it again", e);
    }
}
