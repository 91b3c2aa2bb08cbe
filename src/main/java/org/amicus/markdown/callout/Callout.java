package org.amicus.markdown.callout;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A blockquote that opened with a GitHub alert marker such as {@code [!NOTE]}; its children are the
 * blockquote's content without the marker line.
 */
public class Callout extends Block {

    private final CalloutKind kind;

    public Callout(BasedSequence chars, CalloutKind kind) {
        super(chars);
        this.kind = kind;
    }

    public CalloutKind getKind() {
        return kind;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" kind=").append(kind.key());
    }
}
