package org.amicus.content;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A Markdown file as the author wrote it, front matter validated, not yet paired or rendered.
 *
 * @param file          path relative to the project, for messages ({@code content/en/the-case.md})
 * @param lang          the language key of its folder
 * @param sourcePath    path inside the language folder, with forward slashes ({@code the-case.md},
 *                      {@code cases/_index.md}); pages are paired across languages by this path by default
 * @param bodyFirstLine the file line where the body starts, so Markdown errors count front matter lines
 * @param modified      when the file was last saved, so a conflict is reported at the page edited last
 */
public record SourcePage(Path file, String lang, String sourcePath, FrontMatter frontMatter, String body,
                         int bodyFirstLine, Instant modified) {

    /** A page whose saving time does not matter (a test's, or a page moved to another language). */
    public SourcePage(Path file, String lang, String sourcePath, FrontMatter frontMatter, String body,
                      int bodyFirstLine) {
        this(file, lang, sourcePath, frontMatter, body, bodyFirstLine, Instant.EPOCH);
    }

    /** {@code _index.md}: the home of a language or of a section. */
    public boolean isIndex() {
        return sourcePath.equals("_index.md") || sourcePath.endsWith("/_index.md");
    }

    /** The same page, saved at another time. */
    public SourcePage withModified(Instant time) {
        return new SourcePage(file, lang, sourcePath, frontMatter, body, bodyFirstLine, time);
    }

    /** The key that pairs translations: {@code translationKey:} if set, else the path in the language folder. */
    public String translationKey() {
        return frontMatter.translationKey() != null ? "key:" + frontMatter.translationKey() : "path:" + sourcePath;
    }
}
