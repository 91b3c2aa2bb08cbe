package org.amicus.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What a request path names in the output folder, the way a static host answers: {@code index.html} for a
 * folder, a redirect from {@code /en} to {@code /en/}. Nothing outside the folder is ever found: the path is
 * decoded once, {@code ..}, {@code .}, empty segments, backslashes and NUL are refused, hidden names are not
 * served, and a file whose real path (symbolic links followed) leaves the folder does not exist.
 */
final class SiteFiles {

    /** The answer to a request path. */
    sealed interface Lookup permits Found, Redirect, Missing, Refused {
    }

    /** @param url the page's URL as change events name it ({@code /en/the-case/}, {@code /404.html}) */
    record Found(Path file, String url) implements Lookup {
    }

    record Redirect(String location) implements Lookup {
    }

    record Missing() implements Lookup {
    }

    /** A path no honest link produces, such as {@code /../pom.xml}. */
    record Refused() implements Lookup {
    }

    private final Path root;
    private final String mount;

    /**
     * @param root  the output folder
     * @param mount the path the site is published under: {@code /}, or {@code /nso/} for a base URL with a path
     */
    SiteFiles(Path root, String mount) {
        this.root = root.toAbsolutePath().normalize();
        this.mount = mount;
    }

    String mount() {
        return mount;
    }

    Lookup find(URI request) {
        String path = request.getPath(); // decoded: %2e%2e and ..%2f become .. and ../, then refused below
        if (path == null || !path.startsWith("/")) {
            return new Refused();
        }
        if (!path.startsWith(mount)) {
            return path.equals("/") || (path + "/").equals(mount) ? new Redirect(mount) : new Missing();
        }
        String relative = path.substring(mount.length());
        String[] segments = relative.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..")
                    || segment.contains("\\") || segment.indexOf('\0') >= 0) {
                return new Refused();
            }
            if (segment.startsWith(".")) {
                return new Missing(); // a build writes no hidden files; a stray one is not for the browser
            }
        }
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return new Refused();
        }
        if (!file.startsWith(root)) {
            return new Refused();
        }
        Path real = realPathInside(file);
        if (real == null) {
            return new Missing();
        }
        if (Files.isDirectory(real)) {
            if (!relative.isEmpty() && !relative.endsWith("/")) {
                String query = request.getRawQuery();
                return new Redirect(request.getRawPath() + "/" + (query == null ? "" : "?" + query));
            }
            file = file.resolve("index.html");
            real = realPathInside(file);
        }
        return real != null && Files.isRegularFile(real) ? new Found(real, url(Fingerprints.relative(root, file))) : new Missing();
    }

    /** The site's own 404 page, when the build wrote one. */
    Found notFoundPage() {
        Path file = root.resolve("404.html");
        Path real = realPathInside(file);
        return real != null && Files.isRegularFile(real) ? new Found(real, url("404.html")) : null;
    }

    /** The URL of an output file: {@code en/the-case/index.html} → {@code /en/the-case/}. */
    String url(String outputPath) {
        boolean index = outputPath.equals("index.html") || outputPath.endsWith("/index.html");
        return mount + (index ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath);
    }

    /** The file's real path when it exists and stays inside the output folder, symbolic links followed. */
    private Path realPathInside(Path file) {
        try {
            Path real = file.toRealPath();
            // The folder is replaced by each build, so its own real path is looked up each time too.
            return real.startsWith(root.toRealPath()) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }
}
