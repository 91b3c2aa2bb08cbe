package org.amicus.markdown.glossary;

import java.util.Optional;
import java.util.function.Function;

/**
 * Per-page context of the glossary extension, set on the Document under {@link GlossaryExtension#CONTEXT}.
 *
 * @param lookup   a term key → the term in the page's language, or empty when the glossary lacks it
 * @param problems receives each unknown key with its 0-based body line
 */
public record GlossaryContext(Function<String, Optional<Entry>> lookup, Problems problems) {

    /** What a term reference shows: the term, its one-sentence definition, and its glossary entry's URL. */
    public record Entry(String term, String definition, String url) {
    }

    /** Where unknown terms are reported. */
    @FunctionalInterface
    public interface Problems {
        void report(int bodyLine, String key);
    }
}
