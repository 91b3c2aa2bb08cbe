package org.amicus.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bracketed syntax recognised by a regular expression where flexmark would see a link reference:
 * {@code [@source]} (brackets nested 0 deep) or {@code [[term]]} (1 deep). Subclasses make the node.
 */
public abstract class PatternLinkRefProcessor implements LinkRefProcessor {

    private final Pattern pattern;
    private final int nesting;

    protected PatternLinkRefProcessor(Pattern pattern, int nesting) {
        this.pattern = pattern;
        this.nesting = nesting;
    }

    /** The node for text that matched; {@code match} has matched the whole bracketed text. */
    protected abstract Node createNode(BasedSequence chars, Matcher match);

    /** The factory flexmark's parser builder takes. */
    public static LinkRefProcessorFactory factory(int nesting, Supplier<PatternLinkRefProcessor> processor) {
        return new LinkRefProcessorFactory() {
            @Override
            public boolean getWantExclamationPrefix(DataHolder options) {
                return false;
            }

            @Override
            public int getBracketNestingLevel(DataHolder options) {
                return nesting;
            }

            @Override
            public LinkRefProcessor apply(Document document) {
                return processor.get();
            }
        };
    }

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return nesting;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return pattern.matcher(nodeChars).matches();
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        Matcher matcher = pattern.matcher(nodeChars);
        if (!matcher.matches()) {
            throw new IllegalStateException("createNode called without isMatch: " + nodeChars);
        }
        return createNode(nodeChars, matcher);
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
