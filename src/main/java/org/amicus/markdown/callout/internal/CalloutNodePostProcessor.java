package org.amicus.markdown.callout.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import org.amicus.markdown.callout.Callout;
import org.amicus.markdown.callout.CalloutKind;
import org.amicus.markdown.callout.CalloutMarker;

import java.util.Optional;

/**
 * Replaces a blockquote that starts with an alert marker line by a {@link Callout} holding the same content,
 * minus that line.
 *
 * <p>The marker is read from the paragraph's source line rather than from its inline nodes, so it is recognised
 * whatever other extensions made of "[!NOTE]" (a link reference, quotes…).
 */
public class CalloutNodePostProcessor extends NodePostProcessor {

    @Override
    public void process(NodeTracker state, Node node) {
        Optional<CalloutKind> kind = CalloutMarker.of(node).flatMap(CalloutMarker::kind);
        if (kind.isEmpty()) {
            return;
        }
        CalloutMarker.dropLine(state, (Paragraph) node.getFirstChild());
        Callout callout = new Callout(node.getChars(), kind.get());
        callout.takeChildren(node);
        node.insertBefore(callout);
        node.unlink();
        state.nodeRemoved(node);
        state.nodeAddedWithDescendants(callout);
    }

    public static class Factory extends NodePostProcessorFactory {
        public Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new CalloutNodePostProcessor();
        }
    }
}
