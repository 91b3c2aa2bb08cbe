package org.amicus.markdown.glossary.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Optional;
import java.util.Set;
import org.amicus.markdown.SourceLines;
import org.amicus.markdown.glossary.GlossaryContext;
import org.amicus.markdown.glossary.GlossaryExtension;
import org.amicus.markdown.glossary.TermReference;

/**
 * {@code <span class="term"><a class="term-link" href="…/glossary/#key" aria-describedby="term-1">words</a>
 * <span class="term-definition" role="tooltip" id="term-1">One sentence.</span></span>}: the definition is the
 * link's accessible description and shows on hover and focus (CSS); without CSS it reads in parentheses.
 * Reports unknown keys to the page's context while rendering.
 */
public final class TermNodeRenderer implements NodeRenderer {

    private int count;

    /** Registered by GlossaryExtension; one renderer per rendering, so ids restart on each page. */
    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TermNodeRenderer();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TermReference.class, this::render));
    }

    private void render(TermReference term, NodeRendererContext context, HtmlWriter html) {
        GlossaryContext glossary = GlossaryExtension.CONTEXT.get(context.getDocument());
        Optional<GlossaryContext.Entry> entry = glossary == null ? Optional.empty()
                : glossary.lookup().apply(term.getKey());
        if (entry.isEmpty()) {
            if (glossary != null) {
                glossary.problems().report(SourceLines.of(term), term.getKey());
            }
            html.text(term.getWords().isEmpty() ? term.getKey() : term.getWords());
            return;
        }
        String id = "term-" + (++count);
        html.attr("class", "term").withAttr().tag("span");
        html.attr("class", "term-link").attr("href", entry.get().url()).attr("aria-describedby", id).withAttr()
                .tag("a");
        html.raw(term.getWords().isEmpty() ? entry.get().term() : glossary.typeset().apply(term.getWords()));
        html.tag("/a");
        html.attr("class", "term-definition").attr("role", "tooltip").attr("id", id).withAttr().tag("span");
        hidden(html, " (");
        html.raw(entry.get().definition());
        hidden(html, ")");
        html.tag("/span").tag("/span");
    }

    /** Text for readers without CSS only, so the definition reads as an aside. */
    private static void hidden(HtmlWriter html, String text) {
        html.attr("class", "visually-hidden").withAttr().tag("span");
        html.text(text);
        html.tag("/span");
    }
}
