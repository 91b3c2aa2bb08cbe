package org.amicus.markdown.text.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;
import org.amicus.markdown.SequenceText;

/**
 * Writes a text node as flexmark's core renderer does ({@code text(normalizeEOL(unescape(chars)))}), or, in the
 * page's own writer while {@link PlacedTexts} are collected, the placeholder for its escaped text. The spaces and tabs
 * at either end go through the writer, which drops those that start a line; a text holding a line break always does.
 */
public final class TextNodeRenderer implements NodeRenderer, PhasedNodeRenderer {

    private PlacedTexts placed;
    private HtmlWriter pageWriter;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_TOP);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        placed = PlacedTexts.KEY.get(document);
        pageWriter = html;
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = unescaped(node.getChars());
        if (placed == null || html != pageWriter || text.indexOf('\n') >= 0) {
            html.text(text);
            return;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpaceOrTab(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpaceOrTab(text.charAt(end - 1))) {
            end--;
        }
        if (start > 0) {
            html.raw(text.substring(0, start));
        }
        if (end > start) {
            placed.add(HtmlText.escaped(text, start, end));
            html.raw(PLACEHOLDER_STRING);
        }
        if (end < text.length()) {
            html.raw(text.substring(end));
        }
    }

    private static final String PLACEHOLDER_STRING = String.valueOf(PlacedTexts.PLACEHOLDER);

    /** What flexmark's core renderer prints: backslash escapes and entities resolved, line ends made {@code \n}. */
    private static String unescaped(BasedSequence chars) {
        String text = SequenceText.of(chars);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' || c == '\r') {
                return Escaping.normalizeEOL(chars.unescape());
            }
        }
        return text;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TextNodeRenderer();
        }
    }
}
