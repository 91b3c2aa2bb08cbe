package org.amicus.markdown.typography.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.amicus.markdown.typography.OrdinalSuffix;

/** Prints the letters of an ordinal raised: {@code <sup>er</sup>}. */
public final class TypographyNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(OrdinalSuffix.class, TypographyNodeRenderer::render));
    }

    private static void render(OrdinalSuffix suffix, NodeRendererContext context, HtmlWriter html) {
        html.tag("sup").text(suffix.getChars()).tag("/sup");
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TypographyNodeRenderer();
        }
    }
}
