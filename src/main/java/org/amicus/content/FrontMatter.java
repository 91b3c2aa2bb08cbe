package org.amicus.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The validated front matter of one page. Fields a translation may inherit from its source page are nullable:
 * null means "not set here".
 *
 * @param translatedFrom for a translation: the version of its source page it was translated from (see
 *                       {@code site.TranslationStatus}); null when not recorded
 * @param minorEdits     on a source page: edits that need no retranslation, each {@code OLD..NEW} (see
 *                       {@code site.TranslationStatus}); null when none
 * @param lines the line of each key the author wrote, so later stages can point at it
 */
public record FrontMatter(String title, String description, LocalDate date, LocalDate updated, LocalDate reviewed,
                          String slug, String translationKey, boolean draft, Integer weight, String layout,
                          List<String> tags, List<String> sources, List<String> aliases, Boolean toc,
                          String summary, String image, String translatedFrom, List<String> minorEdits,
                          Map<String, Integer> lines) {

    /** The line of {@code key} in the file, or 1 (the opening fence) when the key was not written. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }

    /**
     * This page's fields, completed with the non-word fields of its source page (date, tags, sources, image,
     * weight…): what a translator should not have to copy (Hugo #11603).
     */
    public FrontMatter inheritFrom(FrontMatter source) {
        return new FrontMatter(title, description,
                date != null ? date : source.date,
                updated != null ? updated : source.updated,
                reviewed != null ? reviewed : source.reviewed,
                slug, translationKey, draft,
                weight != null ? weight : source.weight,
                layout != null ? layout : source.layout,
                tags != null ? tags : source.tags,
                sources != null ? sources : source.sources,
                aliases, toc != null ? toc : source.toc, summary,
                image != null ? image : source.image,
                translatedFrom, minorEdits, lines);
    }
}
