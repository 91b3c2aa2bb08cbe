package org.amicus.markdown.glossary;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Per-page context of the glossary extension, set on the Document under {@link GlossaryExtension#CONTEXT}.
 *
 * @param lookup   a term key → the term in the page's language, or empty when the glossary lacks it
 * @param problems receives each unknown key with its 0-based body line
 * @param typeset  the words of {@code [[key|words]]} as HTML, with the page language's typography and emphasis
 */
public record GlossaryContext(Function<String, Optional<Entry>> lookup, Problems problems,
                              UnaryOperator<String> typeset) {

    /** Without typography for the author's own words: they are only escaped. */
    public GlossaryContext(Function<String, Optional<Entry>> lookup, Problems problems) {
        this(lookup, problems, words -> Escaping.escapeHtml(words, false));
    }

    /**
     * What a term reference shows: the term and its one-sentence definition, both HTML (escaped text, with their
     * emphasis), and its glossary entry's URL.
     */
    public record Entry(String term, String definition, String url) {
    }

    /** Where unknown terms are reported. */
    @FunctionalInterface
    public interface Problems {
        void report(int bodyLine, String key);
    }
}
