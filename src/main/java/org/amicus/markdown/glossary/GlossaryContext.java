package org.amicus.markdown.glossary;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Per-page context of the glossary extension, set on the Document under {@link GlossaryExtension#CONTEXT}.
 *
 * @param lookup   a term key → the term in the page's language, or empty when the glossary lacks it
 * @param problems receives each unknown key with its 0-based body line
 * @param typeset  the page language's typography, for the words of {@code [[key|words]]}
 */
public record GlossaryContext(Function<String, Optional<Entry>> lookup, Problems problems,
                              UnaryOperator<String> typeset) {

    /** Without typography for the author's own words. */
    public GlossaryContext(Function<String, Optional<Entry>> lookup, Problems problems) {
        this(lookup, problems, UnaryOperator.identity());
    }

    /** What a term reference shows: the term, its one-sentence definition, and its glossary entry's URL. */
    public record Entry(String term, String definition, String url) {
    }

    /** Where unknown terms are reported. */
    @FunctionalInterface
    public interface Problems {
        void report(int bodyLine, String key);
    }
}
