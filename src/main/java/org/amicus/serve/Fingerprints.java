package org.amicus.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.amicus.util.FilePaths;

/**
 * The content hash of each file of a folder. The server compares them before and after a change to know what
 * really changed: a save that changed nothing rebuilds nothing, and a rebuild reloads only the pages whose
 * files differ.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    /** Path relative to {@code folder} (with forward slashes) → hash, for every regular file; empty if none. */
    static SortedMap<String, String> of(Path folder) {
        SortedMap<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return hashes;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String hash = of(file, null);
                if (hash != null) {
                    hashes.put(relative(folder, file), hash);
                }
            }
        } catch (NoSuchFileException e) {
            return of(folder); // the folder was swapped for a new build while we walked it: walk the new one
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    /** The hash of one file, or {@code absent} when it is not a readable regular file (deleted, a folder). */
    static String of(Path file, String absent) {
        if (!Files.isRegularFile(file)) {
            return absent;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return absent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths added, removed or changed between two fingerprints of the same folder. */
    static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        paths.removeIf(path -> Objects.equals(before.get(path), after.get(path)));
        return paths;
    }

    static String relative(Path folder, Path file) {
        return FilePaths.slashed(folder.relativize(file));
    }
}
