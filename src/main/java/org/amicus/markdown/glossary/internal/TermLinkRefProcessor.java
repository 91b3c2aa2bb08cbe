package org.amicus.markdown.glossary.internal;

import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicus.markdown.PatternLinkRefProcessor;
import org.amicus.markdown.glossary.TermReference;

/** Recognises {@code [[key]]} and {@code [[key|words]]}; the double brackets are flexmark's nesting level 1. */
public final class TermLinkRefProcessor extends PatternLinkRefProcessor {

    /** {@code [[key]]}, {@code [[key|words]]}, and {@code [[key\|words]]} as written inside a table cell. */
    private static final Pattern TERM = Pattern.compile("\\[\\[\\s*([a-z0-9][a-z0-9-]*)\\s*(?:\\\\?\\|([^\\]|]+))?]]");

    /** Registered by GlossaryExtension. */
    public static final LinkRefProcessorFactory FACTORY = factory(1, TermLinkRefProcessor::new);

    private TermLinkRefProcessor() {
        super(TERM, 1);
    }

    @Override
    protected Node createNode(BasedSequence chars, Matcher match) {
        return new TermReference(chars, match.group(1), match.group(2) == null ? "" : match.group(2).strip());
    }
}
