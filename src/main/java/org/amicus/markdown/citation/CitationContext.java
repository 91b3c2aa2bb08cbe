package org.amicus.markdown.citation;

import java.util.function.Predicate;

/**
 * Per-page context of the citation extension, set on the Document under {@link CitationExtension#CONTEXT}.
 *
 * @param isKnown whether a source key exists in sources.yaml
 * @param problems receives each unknown key with its 0-based body line
 */
public record CitationContext(Predicate<String> isKnown, Problems problems) {

    /** Where unknown sources are reported. */
    @FunctionalInterface
    public interface Problems {
        void report(int bodyLine, String key);
    }
}
