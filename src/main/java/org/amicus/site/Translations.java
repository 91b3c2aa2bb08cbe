package org.amicus.site;

import java.util.List;
import java.util.Optional;
import org.amicus.config.Language;

/**
 * A page's relations to its other language versions, resolved once by {@link Site}; templates, sitemaps, feeds,
 * JSON-LD and translation status all read these instead of pairing pages again.
 *
 * @param versions         every version of the page, this one included, in the order of site.yaml's languages
 * @param others           the versions in the other languages (fallback pages included), same order
 * @param alternates       the real versions, this one included if it is real: what {@code hreflang} lists
 * @param original         the real version in the default language: what translations are made from and what
 *                         {@code hreflang="x-default"} points to; empty when the default language has none
 * @param fallbackSource   for a fallback page, the page whose text it shows
 * @param missingLanguages the languages in which the page has no version at all, not even a fallback
 */
public record Translations(List<Page> versions, List<Page> others, List<Page> alternates, Optional<Page> original,
                           Optional<Page> fallbackSource, List<Language> missingLanguages) {

    /** The version in a language, a fallback one included. */
    public Optional<Page> in(String lang) {
        return versions.stream().filter(p -> p.lang().equals(lang)).findFirst();
    }
}
