package org.amicus.site;

import java.nio.file.Path;
import org.amicus.content.FrontMatter;

/**
 * A page of the site: its language, its URL, and its front matter completed from its source page.
 *
 * @param sourcePath    path in the language folder, forward slashes ({@code the-case.md})
 * @param pairKey       what pairs it with its translations (translationKey or path)
 * @param url           root-relative clean URL ({@code /fr/l-affaire/})
 * @param layout        the template that renders it, without {@code .ftlh}
 * @param fallbackFrom  for a fallback page, the language whose text it shows; null otherwise
 */
public record Page(String lang, String sourcePath, Path file, FrontMatter frontMatter, String pairKey, String url,
                   String layout, String body, int bodyFirstLine, String fallbackFrom) {

    /** The home of a language: {@code content/<lang>/_index.md}. */
    public boolean isHome() {
        return sourcePath.equals("_index.md");
    }

    public boolean isFallback() {
        return fallbackFrom != null;
    }

    /** Where the page is written inside the output folder: {@code fr/l-affaire/index.html}. */
    public String outputPath() {
        return url.substring(1) + "index.html";
    }

    public String title() {
        return frontMatter.title();
    }

    public int weight() {
        return frontMatter.weight() == null ? 0 : frontMatter.weight();
    }
}
