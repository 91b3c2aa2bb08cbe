package org.amicus.markdown.text.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
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
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.Set;
import org.amicus.markdown.SequenceText;

/**
 * Writes a text node as flexmark's core renderer does ({@code text(normalizeEOL(unescape(chars)))}), or, in the
 * page's own writer while {@link PlacedTexts} are collected, the placeholder for its escaped text. The spaces and tabs
 * at either end go through the writer, which drops those that start a line; a text holding a line break always does.
 * Characters are read from arrays: {@code String.charAt} is a call and a bounds check in C1's code.
 */
public final class TextNodeRenderer implements NodeRenderer, PhasedNodeRenderer {

    private static final String PLACEHOLDER = String.valueOf(PlacedTexts.PLACEHOLDER);
    /** Writer options under which a text's inner characters would not be written as they are. */
    private static final int REWRITING = LineAppendable.F_COLLAPSE_WHITESPACE | LineAppendable.F_CONVERT_TABS;

    /** Whether the writer writes a text's inner characters as they are, so a placeholder may stand for them. */
    private final boolean verbatim;
    private PlacedTexts placed;
    private HtmlWriter pageWriter;
    /** The page's source, whose characters a text node's sequence may be a range of. */
    private Object pageSource;

    private TextNodeRenderer(DataHolder options) {
        this.verbatim = (HtmlRenderer.FORMAT_FLAGS.get(options) & REWRITING) == 0;
    }

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
        placed = verbatim ? PlacedTexts.KEY.get(document) : null;
        pageWriter = html;
        pageSource = document.getChars().getBase();
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence source = node.getChars();
        if (placed == null || html != pageWriter) {
            html.text(Escaping.normalizeEOL(source.unescape()));
            return;
        }
        char[] chars;
        int from;
        int to;
        if (source instanceof CharSubSequence range && range.getBase() == pageSource) {
            // Read in place: the page's source holds no U+0000 (PlacedTexts.allowed), which flexmark reads as U+FFFD.
            chars = range.getBase();
            from = range.getStartOffset();
            to = range.getEndOffset();
        } else {
            chars = SequenceText.array(source);
            from = 0;
            to = chars.length;
        }
        if (needsUnescaping(chars, from, to)) {
            chars = Escaping.normalizeEOL(source.unescape()).toCharArray();
            from = 0;
            to = chars.length;
        }
        if (holdsLineBreak(chars, from, to)) {
            html.text(new String(chars, from, to - from));
            return;
        }
        int start = from;
        int end = to;
        while (start < end && isSpaceOrTab(chars[start])) {
            start++;
        }
        while (end > start && isSpaceOrTab(chars[end - 1])) {
            end--;
        }
        if (start > from) {
            html.raw(new String(chars, from, start - from));
        }
        if (end > start) {
            placed.add(HtmlText.escaped(chars, start, end));
            html.raw(PLACEHOLDER);
        }
        if (end < to) {
            html.raw(new String(chars, end, to - end));
        }
    }

    /** Whether flexmark's {@code unescape} and {@code normalizeEOL} would change the text. */
    private static boolean needsUnescaping(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\\' || chars[i] == '&' || chars[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsLineBreak(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TextNodeRenderer(options);
        }
    }
}
