package org.amicus.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.amicus.RealSite;
import org.amicus.TestSites;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real site of this repository, as the shared strict build ({@link RealSite}) wrote it, served on
 * 127.0.0.1 for the whole test run. JUnit stops the server when the run ends.
 */
final class BuiltSite implements AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BuiltSite.class);

    final Path folder;
    final SiteServer server;
    /** Root-relative URLs of every page ({@code /}, {@code /en/}, {@code /fr/la-decision/}, …), sorted. */
    final List<String> pages;

    private BuiltSite(Path folder) {
        this.folder = folder;
        this.pages = pagesIn(folder);
        this.server = SiteServer.serve(folder);
    }

    /** The site of this test run, served from the first test class that asks for it. */
    static BuiltSite shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(BuiltSite.class,
                key -> new BuiltSite(RealSite.out()), BuiltSite.class);
    }

    String url(String path) {
        return server.url(path);
    }

    /**
     * Every HTML page of the site as its URL ({@code en/index.html} → {@code /en/}, {@code 404.html} →
     * {@code /404.html}), except redirect pages: they only lead elsewhere.
     */
    private static List<String> pagesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .filter(f -> !isRedirect(f))
                    .map(f -> "/" + folder.relativize(f).toString().replace('\\', '/'))
                    .map(url -> url.endsWith("/index.html") ? url.substring(0, url.lastIndexOf('/') + 1) : url)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRedirect(Path page) {
        return TestSites.read(page).contains("http-equiv=\"refresh\"");
    }

    @Override
    public void close() {
        server.close();
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
