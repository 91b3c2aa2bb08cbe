package org.amicus.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
     * that lie in /static/, or that would replace a page, a file of the site (of {@code taken}, a page's figure, a
     * file of templates/static/ or of search) or another alias, or need one as a folder, are errors at the page's
     * {@code aliases:} line. So they are found before anything is swapped in.
     *
     * @param taken every other output path of the site but its assets: pages, feeds, static and search files
     */
    public static Map<String, Page> collect(Site site, Set<String> taken, Problems problems) {
        Map<String, Page> redirects = new LinkedHashMap<>();
        Set<String> files = new HashSet<>(taken);
        site.assets().forEach(asset -> files.add(asset.outputPath()));
        Set<String> folders = new HashSet<>();
        files.forEach(file -> folders.addAll(folders(file)));
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
                Optional<String> file = folders(path).stream().filter(files::contains).findFirst();
                if (path.startsWith(OutputLayout.STATIC)) {
                    problems.error(page.file(), line, "alias `" + alias + "` is in /" + OutputLayout.STATIC
                            + ", where the files of templates/static/ go", "remove it, or give an address "
                            + "outside /" + OutputLayout.STATIC);
                } else if (path.endsWith(".html") && files.contains(path)) {
                    problems.error(page.file(), line, "alias `" + alias + "` is the address of an existing page",
                            "remove it: a redirect cannot replace a page");
                } else if (file.isPresent() || folders.contains(path)) {
                    problems.error(page.file(), line, "alias `" + alias + "` is the address of the "
                            + (file.isPresent() ? "file /" + file.get() : "folder /" + path)
                            + " of the site", "remove it: a redirect cannot replace a file");
                } else if (other != null && other != page) {
                    problems.error(page.file(), line, "alias `" + alias + "` is also an alias of " + other.file(),
                            "keep it on one page only");
                }
            }
        }
        return redirects;
    }

    /** The folders a file needs: {@code en/figures/a.png} needs {@code en} and {@code en/figures}. */
    private static List<String> folders(String path) {
        List<String> folders = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.substring(0, slash));
        }
        return folders;
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
