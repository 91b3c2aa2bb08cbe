package org.amicus.markdown.typography;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/**
 * The letters of a French abbreviated ordinal, "er" of « 1er », printed raised: {@code 1<sup>er</sup>}. Its text
 * counts as text (heading ids, plain-text renderings) like the digits before it.
 */
public final class OrdinalSuffix extends Node implements DoNotDecorate, TextContainer {

    public OrdinalSuffix(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                               int flags, NodeVisitor nodeVisitor) {
        out.append(getChars());
        return false;
    }
}
