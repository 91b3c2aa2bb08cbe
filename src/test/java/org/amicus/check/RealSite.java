package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.amicus.TestSites;

/** The real site of this repository ({@code content/} and {@code templates/}), built as an author builds it. */
final class RealSite {

    private static Path shared;

    private RealSite() {
    }

    /**
     * The site built once for every test class that only reads it (the link check and the HTML check), so the
     * test run pays for one build, not one per class. Deleted when the JVM exits.
     */
    static synchronized Path shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("amicus-real-site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                shared = build(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * Builds the site into {@code dir/site} and returns that folder; fails the test if the build fails. Not
     * {@code --strict}: a missing translation is StarterSiteTest's concern, and its page is checked here too.
     */
    static Path build(Path dir, String... options) {
        Path out = dir.resolve("site");
        List<String> args = new ArrayList<>(List.of("build", "--project", Path.of("").toAbsolutePath().toString(),
                "--out", out.toString()));
        args.addAll(List.of(options));
        TestSites.Run run = TestSites.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return out;
    }

    /** Every {@code .html} file of a built site, sorted by path. */
    static List<Path> pages(Path site) {
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
