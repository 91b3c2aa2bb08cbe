package org.amicus.markdown.citation.internal;

import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicus.markdown.PatternLinkRefProcessor;
import org.amicus.markdown.citation.Citation;

/** Recognises {@code [@key]} and {@code [@key, pinpoint]} where a link reference could stand. */
public final class CitationLinkRefProcessor extends PatternLinkRefProcessor {

    /** A key of sources.yaml, then optionally a comma and a pinpoint. */
    private static final Pattern CITATION = Pattern.compile("\\[@([a-z0-9][a-z0-9-]*)(?:\\s*,\\s*([^\\]]*\\S))?\\s*]");

    /** Registered by CitationExtension. */
    public static final LinkRefProcessorFactory FACTORY = factory(0, CitationLinkRefProcessor::new);

    private CitationLinkRefProcessor() {
        super(CITATION, 0);
    }

    @Override
    protected Node createNode(BasedSequence chars, Matcher match) {
        return new Citation(chars, match.group(1), match.group(2) == null ? "" : match.group(2));
    }
}
