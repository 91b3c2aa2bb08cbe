package org.amicus.markdown.glossary;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code [[key]]} or {@code [[key|words]]}: a glossary term used in the text. */
public final class TermReference extends Node implements DoNotDecorate {

    private final String key;
    private final String words;

    public TermReference(BasedSequence chars, String key, String words) {
        super(chars);
        this.key = key;
        this.words = words;
    }

    public String getKey() {
        return key;
    }

    /** The words the author wrote after {@code |}, or empty to show the term itself. */
    public String getWords() {
        return words;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
