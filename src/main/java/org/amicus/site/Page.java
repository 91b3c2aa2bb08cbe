package org.amicus.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicus.content.FrontMatter;

/**
 * A page of the site: its language, its URL, and its front matter completed from its source page. Two pages are
 * the same page when they have the same {@link #key()}: maps keyed by pages hash that, not the Markdown body.
 *
 * @param sourcePath    path in the language folder, forward slashes ({@code the-case.md})
 * @param pairKey       what pairs it with its translations (translationKey or path)
 * @param url           root-relative clean URL ({@code /fr/l-affaire/})
 * @param layout        the template that renders it, without {@code .ftlh}
 * @param fallbackFrom  for a fallback page, the language whose text it shows; null otherwise
 */
public record Page(String lang, String sourcePath, Path file, FrontMatter frontMatter, String pairKey, String url,
                   String layout, String body, int bodyFirstLine, String fallbackFrom) {

    /**
     * What identifies a page: its language and its source file. (The source path alone is not enough: a fallback
     * page borrows its source's path, and a real page of that language may have the same path and another slug.)
     */
    public record Key(String lang, Path file) {
    }

    public Key key() {
        return new Key(lang, file);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Page page && lang.equals(page.lang) && file.equals(page.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lang, file);
    }

    /** The language its words are in: a fallback page shows its source's text, in the source's language. */
    public String textLang() {
        return isFallback() ? fallbackFrom : lang;
    }

    /** When the page last changed: {@code updated}, else {@code date}; empty when it has neither. */
    public Optional<LocalDate> lastModified() {
        return Optional.ofNullable(frontMatter.updated() != null ? frontMatter.updated() : frontMatter.date());
    }

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
