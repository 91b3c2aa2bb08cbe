package org.amicus.markdown.citation.internal;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicus.markdown.citation.Citation;

/** Recognises {@code [@key]} and {@code [@key, pinpoint]} where a link reference could stand. */
public final class CitationLinkRefProcessor implements LinkRefProcessor {

    /** A key of sources.yaml, then optionally a comma and a pinpoint. */
    private static final Pattern CITATION = Pattern.compile("\\[@([a-z0-9][a-z0-9-]*)(?:\\s*,\\s*([^\\]]*\\S))?\\s*]");

    /** Registered by CitationExtension. */
    public static final class Factory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new CitationLinkRefProcessor();
        }
    }

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return CITATION.matcher(nodeChars).matches();
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        Matcher matcher = CITATION.matcher(nodeChars);
        if (!matcher.matches()) {
            throw new IllegalStateException("createNode called without isMatch: " + nodeChars);
        }
        return new Citation(nodeChars, matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return node.getChars();
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return false;
    }

    @Override
    public void updateNodeElements(Document document, Node node) {
        // The node carries what it needs; its text children stay (flexmark tracks them) but are never rendered.
    }
}
