package org.amicus.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amicus.util.FilePaths;

/**
 * The list of the files a build wrote, kept in the output folder as {@code .amicus-manifest}: what lets the next
 * build replace the whole folder knowing that it loses nothing. It moves with the folder, so it always describes
 * the site beside it, even after an interrupted build.
 */
final class Manifest {

    /** A dot-name, which no file of a site can have (see {@link OutputWriter#contained}). */
    static final String NAME = ".amicus-manifest";
    private static final String HEADER = "# The files Amicus wrote in this folder. A build replaces the folder "
            + "only when it holds no other file.\n";

    private Manifest() {
    }

    /** What the folder holds that a build would delete without having written it. */
    record Contents(boolean listed, List<String> unlisted) {
    }

    /** The manifest of these output paths: a header line, then one path a line, sorted. */
    static byte[] of(Collection<String> paths) {
        return (HEADER + paths.stream().sorted().map(path -> path + "\n").collect(Collectors.joining()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The files of {@code folder} (links and other non-folders included) that its manifest does not name, sorted;
     * every file when there is no manifest. An absent or empty folder has none.
     */
    static Contents read(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Contents(false, List.of());
        }
        Path manifest = folder.resolve(NAME);
        boolean listed = Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS);
        Set<String> written = listed ? Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet()) : Set.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return new Contents(listed, walk.filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !file.equals(manifest))
                    .map(file -> FilePaths.slashed(folder.relativize(file)))
                    .filter(path -> !written.contains(path))
                    .sorted().toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
