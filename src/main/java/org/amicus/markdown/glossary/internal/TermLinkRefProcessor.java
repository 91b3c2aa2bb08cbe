package org.amicus.markdown.glossary.internal;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicus.markdown.glossary.TermReference;

/** Recognises {@code [[key]]} and {@code [[key|words]]}. */
public final class TermLinkRefProcessor implements LinkRefProcessor {

    /** {@code [[key]]}, {@code [[key|words]]}, and {@code [[key\|words]]} as written inside a table cell. */
    private static final Pattern TERM = Pattern.compile("\\[\\[\\s*([a-z0-9][a-z0-9-]*)\\s*(?:\\\\?\\|([^\\]|]+))?]]");

    /** Registered by GlossaryExtension; the double brackets are flexmark's nesting level 1. */
    public static final class Factory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 1;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new TermLinkRefProcessor();
        }
    }

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 1;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return TERM.matcher(nodeChars).matches();
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        Matcher matcher = TERM.matcher(nodeChars);
        if (!matcher.matches()) {
            throw new IllegalStateException("createNode called without isMatch: " + nodeChars);
        }
        return new TermReference(nodeChars, matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2).strip());
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
