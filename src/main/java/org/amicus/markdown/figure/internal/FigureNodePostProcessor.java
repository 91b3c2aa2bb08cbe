package org.amicus.markdown.figure.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import org.amicus.markdown.Nodes;
import org.amicus.markdown.SourceLines;
import org.amicus.markdown.callout.CalloutMarker;
import org.amicus.markdown.figure.Figure;
import org.amicus.markdown.figure.FigureCaption;
import org.amicus.markdown.figure.FigureExtension;
import org.amicus.markdown.figure.FigureImage;

/**
 * Replaces a blockquote that starts with a {@code [!FIGURE]} line by a {@link Figure}: the image on the next line
 * becomes its {@link FigureImage}, and what follows, in the same paragraph or the next ones, its
 * {@link FigureCaption}. What is written wrong is noted on the figure, which is made all the same.
 */
public class FigureNodePostProcessor extends NodePostProcessor {

    static final String MARKER = FigureExtension.MARKER;
    private static final String EXAMPLE = "`> [!FIGURE]`, then `> ![what it shows](figures/chart.svg)`, then `>` "
            + "and `> **Its title.** Its takeaway. Source: …[@key]`";

    @Override
    public void process(NodeTracker state, Node node) {
        CalloutMarker marker = CalloutMarker.of(node).orElse(null);
        if (marker == null || !marker.closed() || !marker.name().equalsIgnoreCase(MARKER)) {
            return; // an unclosed [!FIGURE is reported as a callout marker never closed
        }
        Figure figure = new Figure(node.getChars(), marker.argument());
        int line = SourceLines.of(node);
        String written = "[!" + marker.name() + (marker.argument() == null ? "" : " " + marker.argument()) + "]";
        if (!marker.rest().isEmpty()) {
            figure.report(line, "text follows the figure marker `" + written + "` on its line",
                    marker.argument() == null ? "put the marker alone on its line, and the image alone on the next: "
                            + EXAMPLE : "put the marker alone on its line: `> " + written + "`");
        }
        CalloutMarker.dropLine(state, (Paragraph) node.getFirstChild());
        figure.takeChildren(node);
        node.insertBefore(figure);
        node.unlink();
        state.nodeRemoved(node);
        if (marker.argument() == null) {
            arrange(figure, line);
        } else if (figure.hasChildren()) {
            figure.report(SourceLines.of(figure.getFirstChild()), "the figure `" + written + "` is drawn from data, "
                    + "and this line is in it", "its title, takeaway and sources come from content/data/figures.yaml"
                    + " (or timeline.yaml for the damages): leave the marker alone in its blockquote, and put any "
                    + "text after a blank line");
        }
        state.nodeAddedWithDescendants(figure);
    }

    /** Splits the figure's content into its image and its caption, noting what is missing. */
    private static void arrange(Figure figure, int line) {
        Image image = leadingImage(figure);
        FigureCaption caption = new FigureCaption(figure.getChars());
        Node next = figure.getFirstChild();
        if (image == null) {
            figure.report(line, "the figure has no image on the line after `[!FIGURE]`",
                    "write the image alone on that line, its caption after it: " + EXAMPLE);
        } else {
            Paragraph paragraph = (Paragraph) image.getParent();
            FigureImage holder = new FigureImage(image.getChars());
            image.unlink();
            holder.appendChild(image);
            paragraph.insertBefore(holder);
            if (paragraph.getFirstChild() instanceof SoftLineBreak lineBreak) {
                lineBreak.unlink();
                paragraph.setContent(paragraph, 1, paragraph.getLineCount());
            } else if (paragraph.hasChildren()) {
                figure.report(SourceLines.of(image), "text follows the figure's image on its line",
                        "put the image alone on its line and the caption on the next ones: " + EXAMPLE);
            }
            if (!paragraph.hasChildren()) {
                paragraph.unlink();
            }
            next = holder.getNext();
        }
        while (next != null) {
            Node after = next.getNext();
            next.unlink();
            caption.appendChild(next);
            next = after;
        }
        if (!caption.hasChildren()) {
            figure.report(line, "the figure has no caption", "write its title, takeaway and source after the "
                    + "image: " + EXAMPLE);
            return;
        }
        figure.appendChild(caption);
        for (Node inCaption : Nodes.below(caption)) {
            if (image != null && inCaption instanceof Image second) {
                figure.report(SourceLines.of(second), "a figure holds one image, and this is a second one",
                        "make it a figure of its own, with its own `[!FIGURE]` and caption");
            }
        }
    }

    /** The image the figure's first paragraph starts with, if it does. */
    private static Image leadingImage(Figure figure) {
        return figure.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Image image
                ? image : null;
    }

    public static class Factory extends NodePostProcessorFactory {
        public Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new FigureNodePostProcessor();
        }
    }
}
