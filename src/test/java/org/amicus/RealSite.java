package org.amicus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real site of this repository ({@code content/} and {@code templates/}), built once per test run with
 * {@code --strict}, as CI publishes it: every test that reads the real site reads this one build. Deleted
 * when the JVM exits.
 */
public final class RealSite {

    /** The CLI run of the build and the folder it wrote. */
    public record Build(TestSites.Run run, Path out) {
    }

    private static Build strict;

    private RealSite() {
    }

    /** The build, made by the first test that asks for it, whether or not it succeeded. */
    public static synchronized Build strict() {
        if (strict == null) {
            try {
                Path dir = Files.createTempDirectory("amicus-real-site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path out = dir.resolve("site");
                strict = new Build(TestSites.run("build", "--strict", "--project", root().toString(),
                        "--out", out.toString()), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return strict;
    }

    /** The folder of the built site; fails the test, with the build's errors, when it did not build. */
    public static Path out() {
        Build build = strict();
        assertEquals(0, build.run().exitCode(), "the real site does not build with --strict:\n" + build.run().err());
        return build.out();
    }

    /** The repository, whose {@code content/} and {@code templates/} the real site is made of. */
    public static Path root() {
        return Path.of("").toAbsolutePath();
    }

    /** Every {@code .html} file of a built site, sorted by path. */
    public static List<Path> pages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
