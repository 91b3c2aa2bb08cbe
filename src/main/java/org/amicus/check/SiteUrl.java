package org.amicus.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A link found in a built page, resolved the way a browser on a static web server resolves it: against the
 * page's URL, with root-relative links starting at the site's root.
 *
 * @param path     the target's path in the output folder, decoded, {@code /}-separated, without a leading
 *                 {@code /}; ends with {@code /} (or is empty) when the link names a folder
 * @param fragment the decoded {@code #fragment}, or {@code null} when there is none
 */
record SiteUrl(String path, String fragment) {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Thrown for a link that cannot lead anywhere in the site, whatever files it holds. */
    static final class UnresolvableException extends Exception {
        private final String hint;

        UnresolvableException(String reason, String hint) {
            super(reason);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /** True for links that leave the site: a scheme ({@code https:}, {@code mailto:}, {@code data:}…) or {@code //host}. */
    static boolean isExternal(String link) {
        return SCHEME.matcher(link).find() || link.startsWith("//");
    }

    /**
     * Resolves an internal link found on the page at {@code pagePath} (a file of the output folder, such as
     * {@code en/the-case/index.html}) of a site published under {@code basePath} ({@code /} at a domain's root,
     * {@code /nso/} for {@code https://user.github.io/nso/}).
     */
    static SiteUrl resolve(String link, String pagePath, String basePath) throws UnresolvableException {
        int hash = link.indexOf('#');
        String beforeHash = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? null : decode(link.substring(hash + 1));
        int query = beforeHash.indexOf('?');
        String path = query < 0 ? beforeHash : beforeHash.substring(0, query);
        if (path.isEmpty()) {
            return new SiteUrl(pagePath, fragment);
        }
        if (path.startsWith("/")) {
            path = withinBasePath(path, basePath);
        }
        Deque<String> segments = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            // Relative links start from the page's folder: "x" on en/the-case/index.html is en/the-case/x.
            segments.addAll(List.of(pagePath.split("/")));
            segments.removeLast();
        }
        String[] parts = path.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (segments.pollLast() == null) {
                    throw new UnresolvableException("it leads above the site's root folder",
                            "remove a `../`, or write the URL from the site's root, like `/en/`");
                }
                continue;
            }
            segments.addLast(decode(part));
        }
        String last = parts[parts.length - 1];
        boolean folder = last.isEmpty() || last.equals(".") || last.equals("..");
        String joined = String.join("/", segments);
        return new SiteUrl(folder && !joined.isEmpty() ? joined + "/" : joined, fragment);
    }

    /** A root-relative path with the base path taken off: {@code /nso/en/} → {@code /en/}. */
    private static String withinBasePath(String path, String basePath) throws UnresolvableException {
        if (path.startsWith(basePath)) {
            return path.substring(basePath.length() - 1);
        }
        if ((path + "/").equals(basePath)) {
            return "/";
        }
        throw new UnresolvableException("it is outside the site, which is published under " + basePath,
                "start root-relative links with " + basePath + ", as `page.url` and `static(…)` do");
    }

    /** The files of the output folder this URL may be served from, most likely first. */
    List<String> candidateFiles() {
        if (path.isEmpty() || path.endsWith("/")) {
            return List.of(path + "index.html");
        }
        if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return List.of(path);
        }
        // Static servers answer /en/x with the file en/x, or redirect it to /en/x/ when en/x is a folder.
        return List.of(path, path + "/index.html");
    }

    /** The URL a reader would see for a file of the output folder: folders end with {@code /}. */
    static String urlOf(String file) {
        if (file.equals("index.html")) {
            return "/";
        }
        return "/" + (file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
    }

    private static String decode(String text) throws UnresolvableException {
        try {
            // URLDecoder is for forms, where + is a space; in a URL's path and fragment it is a plus.
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UnresolvableException("it is not a valid URL: a % must be followed by two hex digits",
                    "write a literal % as %25");
        }
    }
}
