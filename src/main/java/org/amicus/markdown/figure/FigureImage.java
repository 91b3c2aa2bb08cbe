package org.amicus.markdown.figure;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The image of a {@link Figure}: the Markdown image itself, out of the paragraph it was written in. */
public class FigureImage extends Block {

    public FigureImage(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
