package org.amicus.publish;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Problems;
import org.amicus.site.OutputLayout;
import org.amicus.site.Page;
import org.amicus.site.Site;

/**
 * Old URLs that must keep working: each {@code aliases:} entry of a page becomes a small page at that address
 * that sends the reader on (meta refresh, canonical link, and a visible link for when refresh is off).
 */
public final class Redirects {

    /** A root-relative path of plain segments, ending with {@code /} or a file name such as {@code old.html}. */
    private static final Pattern ALIAS = Pattern.compile("/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*([A-Za-z0-9_-][A-Za-z0-9._-]*)?");

    private Redirects() {
    }

    /**
     * Output path of each redirect page → the page it leads to. Aliases that are not plain root-relative paths,
     * or that would replace a page, a file (of {@code taken} or a page's figure) or another alias, are errors
     * at the page's {@code aliases:} line.
     */
    public static Map<String, Page> collect(Site site, Set<String> taken, Problems problems) {
        Map<String, Page> redirects = new LinkedHashMap<>();
        Set<String> files = new HashSet<>(taken);
        site.assets().forEach(asset -> files.add(asset.outputPath()));
        for (Page page : site.pages()) {
            if (page.isFallback() || page.frontMatter().aliases() == null) {
                continue;
            }
            int line = page.frontMatter().lineOf("aliases");
            for (String alias : page.frontMatter().aliases()) {
                if (!ALIAS.matcher(alias).matches() || alias.contains("..")) {
                    problems.error(page.file(), line, "alias `" + alias + "` is not a root-relative path",
                            "write the old address as it was, starting with /, like `/en/old-name/`");
                    continue;
                }
                String path = outputPath(alias);
                Page other = redirects.putIfAbsent(path, page);
                Optional<String> file = fileInTheWay(path, files);
                if (taken.contains(path) || path.equals(OutputLayout.LANDING)) {
                    problems.error(page.file(), line, "alias `" + alias + "` is the address of an existing page",
                            "remove it: a redirect cannot replace a page");
                } else if (file.isPresent()) {
                    problems.error(page.file(), line, "alias `" + alias + "` is the address of the file /"
                            + file.get() + " of the site", "remove it: a redirect cannot replace a file");
                } else if (other != null && other != page) {
                    problems.error(page.file(), line, "alias `" + alias + "` is also an alias of " + other.file(),
                            "keep it on one page only");
                }
            }
        }
        return redirects;
    }

    /**
     * The file the redirect page would need as a folder: {@code /robots.txt} becomes {@code robots.txt/index.html},
     * which cannot be written beside the file {@code robots.txt}.
     */
    private static Optional<String> fileInTheWay(String path, Set<String> files) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            if (files.contains(folder)) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /** {@code /en/old/} → {@code en/old/index.html}; {@code /old.html} stays {@code old.html}. */
    static String outputPath(String alias) {
        String path = alias.substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        return path.endsWith(".html") ? path : path + "/index.html";
    }
}
