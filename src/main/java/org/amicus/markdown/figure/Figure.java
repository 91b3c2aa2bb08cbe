package org.amicus.markdown.figure;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.amicus.markdown.safety.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * A blockquote that opened with {@code [!FIGURE]}: its image ({@link FigureImage}) then its caption
 * ({@link FigureCaption}); or with {@code [!FIGURE name]}: a figure drawn from data at build time, which holds
 * nothing, since its words come from the data. One written wrong (no image first, no caption, a second image,
 * lines after a name) is still a figure, so that it is reported once, as a figure, and not also as an unknown
 * callout; its {@link #problems()} say how.
 */
public class Figure extends Block {

    private final List<Finding> problems = new ArrayList<>();
    private final String name;

    /** @param name the name of a figure drawn from data, as written; null for a figure with an image */
    public Figure(BasedSequence chars, String name) {
        super(chars);
        this.name = name;
    }

    /** The name of the figure drawn from data that stands here ({@code attack}); null for one with an image. */
    public String name() {
        return name;
    }

    /** What is wrong with how this figure is written, at its lines; empty when it is right. */
    public List<Finding> problems() {
        return List.copyOf(problems);
    }

    public void report(int bodyLine, String message, String fix) {
        problems.add(new Finding(bodyLine, message, fix));
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
