package org.amicus.markdown.text;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.amicus.markdown.text.internal.PlacedTexts;
import org.amicus.markdown.text.internal.TextNodeRenderer;

/**
 * Prose out of flexmark's HTML writer: the writer appends what it is given one character at a time, tracking the
 * state of each line, and a page's text nodes are most of its characters. With this extension, a page rendered by
 * {@link #render} has the escaped text of each text node kept aside and one placeholder character written in its
 * place; the texts are put back into the finished HTML string, which is byte for byte what flexmark alone writes.
 *
 * <p>Anything else rendered with the same renderer (a short text, a node rendered into a separate writer) takes
 * flexmark's own path, as does a page whose source holds U+0000, the placeholder, and every page of a renderer whose
 * writer collapses spaces or converts tabs ({@code HtmlRenderer.FORMAT_FLAGS}).
 */
public final class TextExtension implements HtmlRenderer.HtmlRendererExtension {

    private TextExtension() {
    }

    public static TextExtension create() {
        return new TextExtension();
    }

    /** {@code renderer.render(document)}, the renderer being built with this extension. */
    public static String render(HtmlRenderer renderer, Document document) {
        if (!PlacedTexts.allowed(document)) {
            return renderer.render(document);
        }
        PlacedTexts placed = new PlacedTexts();
        document.set(PlacedTexts.KEY, placed);
        try {
            return placed.putBack(renderer.render(document));
        } finally {
            document.remove(PlacedTexts.KEY);
        }
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new TextNodeRenderer.Factory());
        }
    }
}
