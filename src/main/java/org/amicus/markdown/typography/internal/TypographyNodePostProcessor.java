package org.amicus.markdown.typography.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.amicus.markdown.SequenceText;
import org.amicus.markdown.typography.TypographyExtension;

/**
 * Turns apostrophes into ’, puts no-break spaces where they belong and, in French, narrow no-break spaces and
 * raised ordinals, by splitting each prose text node around the changed characters. A change becomes a flexmark
 * {@link TypographicSmarts} node (source characters plus the text to print), so the source positions stay right
 * and flexmark's renderer prints it; a raised ordinal becomes an {@link org.amicus.markdown.typography.OrdinalSuffix}.
 *
 * <p>Only prose is visited: text inside code spans, fenced code, autolinks and nodes that ask not to be
 * decorated (footnote references, abbreviations…) is excluded by the factory; code blocks, HTML and link
 * destinations hold no text nodes at all.
 */
public class TypographyNodePostProcessor extends NodePostProcessor {

    private final LanguageRules rules;

    private TypographyNodePostProcessor(Document document) {
        this.rules = LanguageRules.forLanguage(TypographyExtension.LANGUAGE.get(document));
    }

    @Override
    public void process(NodeTracker state, Node node) {
        BasedSequence chars = node.getChars();
        int before = InlineNeighbours.charBefore(node);
        int after = InlineNeighbours.charAfter(node);

        List<TextEdit> edits = rules.edits(SequenceText.of(chars), before, after);
        if (!edits.isEmpty()) {
            split(state, node, edits);
        }
    }

    private static void split(NodeTracker state, Node text, List<TextEdit> edits) {
        BasedSequence chars = text.getChars();
        int done = 0;
        for (TextEdit edit : edits) {
            if (edit.start() > done) {
                add(state, text, new Text(chars.subSequence(done, edit.start())));
            }
            add(state, text, edit.node(chars.subSequence(edit.start(), edit.end())));
            done = edit.end();
        }
        if (done < chars.length()) {
            add(state, text, new Text(chars.subSequence(done)));
        }
        text.unlink();
        state.nodeRemoved(text);
    }

    private static void add(NodeTracker state, Node replaced, Node part) {
        replaced.insertBefore(part);
        state.nodeAdded(part);
    }

    public static class Factory extends NodePostProcessorFactory {
        public Factory() {
            super(false);
            addNodeWithExclusions(Text.class, DoNotDecorate.class, Code.class, DelimitedLinkNode.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new TypographyNodePostProcessor(document);
        }
    }
}
