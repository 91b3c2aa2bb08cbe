package org.amicus.markdown.figure.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.amicus.markdown.figure.Figure;
import org.amicus.markdown.figure.FigureCaption;
import org.amicus.markdown.figure.FigureExtension;
import org.amicus.markdown.figure.FigureImage;

import java.util.Set;

/**
 * Renders a {@link Figure} as {@code <figure>}, its image as the {@code <img>} alone (no paragraph around it), and
 * its caption as {@code <figcaption>} around the caption's paragraphs. A figure's accessible name is its caption.
 * A figure drawn from data leaves its {@link FigureExtension#slot}, where the templates' stage puts it.
 */
public class FigureNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Figure.class, this::renderFigure),
                new NodeRenderingHandler<>(FigureImage.class, this::renderImage),
                new NodeRenderingHandler<>(FigureCaption.class, this::renderCaption));
    }

    private void renderFigure(Figure figure, NodeRendererContext context, HtmlWriter html) {
        if (figure.name() != null) {
            html.line().raw(FigureExtension.slot(figure.name())).line();
            return;
        }
        html.srcPos(figure.getChars()).withAttr().tagLineIndent("figure", () -> context.renderChildren(figure));
    }

    private void renderImage(FigureImage image, NodeRendererContext context, HtmlWriter html) {
        context.renderChildren(image);
        html.line();
    }

    private void renderCaption(FigureCaption caption, NodeRendererContext context, HtmlWriter html) {
        html.withAttr().tagLineIndent("figcaption", () -> context.renderChildren(caption));
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new FigureNodeRenderer();
        }
    }
}
