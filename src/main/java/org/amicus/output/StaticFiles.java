package org.amicus.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.amicus.diagnostic.FileFailure;
import org.amicus.site.OutputLayout;
import org.amicus.util.FilePaths;
import org.amicus.util.IgnoredFiles;

/**
 * The files of {@code templates/static/}, each with the path it is published at. Stylesheets and scripts get
 * their content's hash in their name ({@code css/site.3f9a1c2b7e.css}), so hosts may cache them forever and a
 * change is seen at once; other files (images, icons, which stylesheets refer to by name) keep theirs. Symbolic
 * links are left out, as in {@code content/} (they could publish a file from anywhere on the machine), and listed
 * in {@code links} so that the build says so.
 *
 * @param links the symbolic links left out, relative to the project ({@code templates/static/passwd.txt})
 */
public record StaticFiles(Path folder, Map<String, String> published, List<Path> links) {

    /** A stylesheet's or script's bytes and the name their hash gives it: what {@code serve} keeps between builds. */
    public record Hashed(byte[] bytes, String name) {
    }

    /**
     * The files of {@code templatesDir/static/}, hashing again only the stylesheets and scripts whose bytes are not
     * those of {@code hashed}, which it updates (an empty map, for a one-off build): a save in {@code serve} spent 3
     * of its 5 ms of loading on hashing the same 100 KB of CSS and JavaScript again.
     */
    public static StaticFiles of(Path templatesDir, Map<Path, Hashed> hashed) {
        Path folder = templatesDir.resolve("static");
        Map<String, String> published = new TreeMap<>();
        List<Path> links = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.sorted().toList()) {
                    Path relative = folder.relativize(file);
                    if (IgnoredFiles.isIgnored(relative)) {
                        continue;
                    }
                    if (Files.isSymbolicLink(file)) {
                        links.add(templatesDir.getFileName().resolve("static").resolve(relative));
                    } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        String name = FilePaths.slashed(relative);
                        published.put(name, OutputLayout.STATIC + fingerprinted(name, file, hashed));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException wrapped ? wrapped.getCause() : (IOException) e;
                throw new FileFailure("cannot read templates/static/: " + FileFailure.describe(cause),
                        FileFailure.hint(cause), cause);
            }
        }
        return new StaticFiles(folder, Map.copyOf(published), List.copyOf(links));
    }

    /** The bytes to publish, by output path. */
    public Map<String, byte[]> contents() {
        Map<String, byte[]> files = new TreeMap<>();
        published.forEach((name, path) -> {
            try {
                files.put(path, Files.readAllBytes(folder.resolve(name)));
            } catch (IOException e) {
                throw new FileFailure("cannot read templates/static/" + name + ": " + FileFailure.reason(e),
                        FileFailure.hint(e), e);
            }
        });
        return files;
    }

    private static String fingerprinted(String name, Path file, Map<Path, Hashed> hashed) throws IOException {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        if (!extension.equals(".css") && !extension.equals(".js")) {
            return name;
        }
        byte[] bytes = Files.readAllBytes(file);
        Hashed last = hashed.get(file);
        if (last != null && Arrays.equals(last.bytes(), bytes)) {
            return last.name();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String fingerprinted = name.substring(0, dot) + "." + HexFormat.of().formatHex(digest, 0, 5) + extension;
            hashed.put(file, new Hashed(bytes, fingerprinted));
            return fingerprinted;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
