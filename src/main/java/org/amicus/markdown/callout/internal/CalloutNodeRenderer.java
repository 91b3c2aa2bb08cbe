package org.amicus.markdown.callout.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.amicus.markdown.callout.Callout;
import org.amicus.markdown.callout.CalloutExtension;
import org.amicus.markdown.callout.CalloutKind;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static java.util.stream.Collectors.joining;

/**
 * Renders a {@link Callout} as {@code <aside class="callout callout-KIND" role="note">}, a title paragraph,
 * then the content (see {@link CalloutExtension} for why the role is "note").
 */
public class CalloutNodeRenderer implements NodeRenderer {

    /** The title paragraph, as a part of the callout that attribute providers can tell apart. */
    public static final AttributablePart TITLE = new AttributablePart("CALLOUT_TITLE");

    private final Map<CalloutKind, String> titles;

    public CalloutNodeRenderer(DataHolder options) {
        this.titles = titles(CalloutExtension.TITLES.get(options));
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Callout.class, this::render));
    }

    private void render(Callout callout, NodeRendererContext context, HtmlWriter html) {
        html.srcPos(callout.getChars())
                .attr("class", "callout callout-" + callout.getKind().key())
                .attr("role", "note")
                .withAttr()
                .tagLineIndent("aside", () -> {
                    html.attr("class", "callout-title").withAttr(TITLE).tag("p")
                            .text(titles.get(callout.getKind())).tag("/p").line();
                    context.renderChildren(callout);
                });
    }

    /** Every kind's title: the configured one, else the English one; unknown keys fail fast. */
    private static Map<CalloutKind, String> titles(Map<String, String> configured) {
        Map<CalloutKind, String> titles = new EnumMap<>(CalloutKind.class);
        for (CalloutKind kind : CalloutKind.values()) {
            titles.put(kind, kind.englishTitle());
        }
        configured.forEach((key, title) -> {
            CalloutKind kind = CalloutKind.fromName(key).orElseThrow(() -> new IllegalArgumentException(
                    "CalloutExtension.TITLES has an unknown kind \"" + key + "\"; the kinds are "
                            + Arrays.stream(CalloutKind.values()).map(CalloutKind::key).collect(joining(", "))));
            titles.put(kind, title);
        });
        return titles;
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CalloutNodeRenderer(options);
        }
    }
}
