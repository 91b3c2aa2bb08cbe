package org.amicus.markdown.citation.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.amicus.markdown.citation.Citation;

/**
 * {@code &#x2060;<sup class="citation" id="cite-1"><a href="#source-1">[1, p. 12]</a></sup>}; a citation of an
 * unknown source (already reported) is printed as written. The word joiner (U+2060) before the marker forbids a
 * line break between it and the word or the marker before it ("pay." then "[1]" alone on the next line).
 */
public final class CitationNodeRenderer implements NodeRenderer {

    private static final String WORD_JOINER = "&#x2060;";

    /** Registered by CitationExtension. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CitationNodeRenderer();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Citation.class, this::render));
    }

    private void render(Citation citation, NodeRendererContext context, HtmlWriter html) {
        if (citation.getNumber() == 0) {
            html.text(citation.getChars().toString());
            return;
        }
        String label = "[" + citation.getNumber()
                + (citation.getPinpoint().isEmpty() ? "" : ", " + citation.getPinpoint()) + "]";
        html.raw(WORD_JOINER);
        html.attr("class", "citation").attr("id", citation.getId()).withAttr().tag("sup");
        html.attr("href", "#source-" + citation.getNumber()).withAttr().tag("a");
        html.text(label);
        html.tag("/a").tag("/sup");
    }
}
