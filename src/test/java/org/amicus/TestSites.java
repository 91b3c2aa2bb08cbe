package org.amicus;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.amicus.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fixture sites for end-to-end tests. {@code sites/<scenario>/} holds only what differs from the
 * {@code bilingual} site; {@code sites/_templates/} holds small templates that print every model variable.
 */
public final class TestSites {

    /** The outcome of one CLI run. */
    public record Run(int exitCode, String out, String err) {
    }

    private TestSites() {
    }

    /** Copies the bilingual site, then the scenario's files over it, into {@code dir}. */
    public static Path project(Path dir, String scenario) {
        copyTree(resource("sites/_templates"), dir.resolve("templates"));
        copyTree(resource("sites/bilingual"), dir);
        if (!scenario.equals("bilingual")) {
            copyTree(resource("sites/" + scenario), dir);
        }
        return dir;
    }

    /** Copies a scenario's site alone, with the repository's real templates, into {@code dir}. */
    public static Path withRealTemplates(Path dir, String scenario) {
        copyTree(resource("sites/" + scenario), dir);
        copyTree(Path.of("templates").toAbsolutePath(), dir.resolve("templates"));
        return dir;
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    public static Run build(Path project, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "build";
        args[1] = "--project";
        args[2] = project.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return run(args);
    }

    public static Document html(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a folder with its bytes, for byte-for-byte comparisons. */
    public static SortedMap<String, String> snapshot(Path dir) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(dir.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Deletes a folder and all it holds; nothing when it is missing. */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestSites.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** When every copied file was saved, so that which page was edited last never depends on copying speed. */
    public static final FileTime SAVED = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setLastModifiedTime(target, SAVED); // copies made in one instant read as made at once
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
