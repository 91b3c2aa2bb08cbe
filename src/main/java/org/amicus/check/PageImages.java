package org.amicus.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amicus.content.Asset;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.util.FilePaths;

/**
 * A page's {@code image:}, which social cards show, is checked like a link: a file beside the page (a path relative
 * to it, inside its language folder) or a full {@code https://} address, never glued to the language's address
 * ({@code https://…/en/https://evil…/track.png}). Reported at the line that wrote it: a translation that inherits the
 * image has it checked on its source page.
 */
final class PageImages {

    private static final String FIX = "write the file's path relative to the page, like `image: figures/card.png`, "
            + "or a full `https://` address";

    private PageImages() {
    }

    static void check(Site site, Problems problems) {
        for (Page page : site.pages()) {
            if (!page.isFallback() && page.frontMatter().lines().containsKey("image")) {
                check(site, page, problems);
            }
        }
    }

    private static void check(Site site, Page page, Problems problems) {
        String image = page.frontMatter().image();
        int line = page.frontMatter().lineOf("image");
        String written = "`image: " + image + "`";
        if (image.startsWith("//") || image.startsWith("/")) {
            problems.error(page.file(), line, written + " is not relative to the page", FIX);
            return;
        }
        Optional<String> url = site.image(page);
        if (url.isEmpty()) {
            problems.error(page.file(), line, written + " leads out of the folder content/" + page.lang() + "/", FIX);
        } else if (!url.get().startsWith("/")) {
            checkAddress(page, line, written, url.get(), problems);
        } else {
            String file = url.get().substring(1);
            List<String> files = site.assets().stream().map(Asset::outputPath)
                    .filter(path -> path.startsWith(page.lang() + "/")).toList();
            if (!files.contains(file)) {
                String folder = FilePaths.resolve(page.sourcePath(), ".").orElse("");
                problems.error(page.file(), line, written + ": there is no file content/" + file,
                        Suggestions.closest(file, files).map(f -> "did you mean `image: "
                                + relative(folder, f.substring(page.lang().length() + 1)) + "`? ").orElse("")
                                + "put the image beside the page, or fix the path");
            }
        }
    }

    /** An address written in full must be https, with a host: social networks fetch it from there. */
    private static void checkAddress(Page page, int line, String written, String address, Problems problems) {
        try {
            URI uri = new URI(address);
            if ("https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(page.file(), line, written + " is neither a file beside the page nor an https address", FIX);
    }

    /** A path of the language folder as written from a page in {@code folder} (empty for the language's root). */
    private static String relative(String folder, String path) {
        if (folder.isEmpty()) {
            return path;
        }
        return path.startsWith(folder + "/") ? path.substring(folder.length() + 1)
                : "../".repeat(folder.split("/").length) + path;
    }
}
