package org.amicus.markdown.figure;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The caption of a {@link Figure}: the paragraphs written after its image, with all their inline Markdown. */
public class FigureCaption extends Block {

    public FigureCaption(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
