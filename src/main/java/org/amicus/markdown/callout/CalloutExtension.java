package org.amicus.markdown.callout;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.amicus.markdown.callout.internal.CalloutNodePostProcessor;
import org.amicus.markdown.callout.internal.CalloutNodeRenderer;
import org.amicus.markdown.callout.internal.FigureCells;

import java.util.Map;

/**
 * Callouts written with GitHub's alert syntax: a blockquote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (any case, alone on the line).
 * <pre>
 * &gt; [!WARNING]
 * &gt; The deadline is **20 December**.
 * </pre>
 * becomes
 * <pre>{@code
 * <aside class="callout callout-warning" role="note">
 * <p class="callout-title">Warning</p>
 * <p>The deadline is <strong>20 December</strong>.</p>
 * </aside>
 * }</pre>
 * Any other marker ({@code [!FOO]}, {@code [!NOTE}, {@code [!NOTE] text}) leaves an ordinary blockquote, which the
 * build reports ({@link CalloutMarker} reads it). Text after the marker line stays a paragraph.
 *
 * <p>{@code role="note"} for every kind: an {@code <aside>} is by default a "complementary" landmark, and a page
 * with five callouts would list five landmarks to screen-reader users; "note" (content ancillary to the main
 * text) says what a callout is. Even a warning is not an ARIA "alert", which is for live, time-sensitive messages
 * announced as soon as they appear.
 *
 * <p>Register with {@code Parser.EXTENSIONS} on the options given to both {@code Parser.builder(options)} and
 * {@code HtmlRenderer.builder(options)}; set {@link #TITLES} there for another language.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /**
     * The title printed for each kind, keyed by {@link CalloutKind#key()} ("note", any case). A kind left out
     * keeps its English title; an unknown key is an error, so that a typo does not go unnoticed.
     */
    public static final DataKey<Map<String, String>> TITLES = new DataKey<>("CALLOUT_TITLES", Map.of(
            "note", "Note",
            "tip", "Tip",
            "important", "Important",
            "warning", "Warning",
            "caution", "Caution"));

    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new CalloutNodePostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(new CalloutNodeRenderer.Factory());
            rendererBuilder.attributeProviderFactory(new FigureCells.Factory());
        }
    }
}
