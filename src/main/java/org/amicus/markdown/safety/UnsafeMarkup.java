package org.amicus.markdown.safety;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicus.markdown.Nodes;
import org.amicus.markdown.SourceLines;

/**
 * Finds, in a parsed page, what its HTML could not keep under the {@link ContentPolicy}, each at the Markdown line
 * that wrote it: raw HTML ({@link RawHtml}: elements, attributes, link schemes, elements left open, end tags that
 * close nothing, tags and comments never ended), {@code {…}} attributes other than ids and classes, and links and
 * images whose address the policy refuses.
 */
public final class UnsafeMarkup {

    private UnsafeMarkup() {
    }

    /**
     * What {@link #find} found, and whether the page holds raw HTML (then its rendered HTML must go through
     * {@link Sanitizer#sanitize}; without it, {@link Sanitizer#sanitizeGenerated} is enough).
     */
    public record Scan(List<Finding> findings, boolean rawHtml) {
    }

    public static List<Finding> find(Document document) {
        return scan(document).findings();
    }

    public static Scan scan(Document document) {
        List<Finding> findings = new ArrayList<>();
        RawHtml raw = new RawHtml(findings);
        boolean rawHtml = false;
        for (Node node : Nodes.below(document)) {
            if (node instanceof HtmlBlockBase block) {
                raw.check(block.getContentChars(), SourceLines.of(block));
                rawHtml = true;
            } else if (node instanceof HtmlInlineBase inline) {
                raw.check(inline.getChars(), SourceLines.of(inline));
                rawHtml = true;
            } else if (node instanceof AttributeNode attribute) {
                checkAttribute(attribute, findings);
            } else if (node instanceof Image image) {
                report(findings, image, ContentPolicy.image(url(image.getUrl())));
            } else if (node instanceof ImageRef ref) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    report(findings, ref, ContentPolicy.image(url(reference.getUrl())));
                }
            } else if (node instanceof LinkNodeBase link) {
                report(findings, link, ContentPolicy.link(url(link.getUrl())));
            }
        }
        raw.finish();
        return new Scan(List.copyOf(findings), rawHtml);
    }

    /** {@code {#id}} and {@code {.class}} only: any other attribute would be the author's HTML, unchecked. */
    private static void checkAttribute(AttributeNode attribute, List<Finding> findings) {
        if (attribute.isId() || attribute.isClass()) {
            return;
        }
        findings.add(new Finding(SourceLines.of(attribute), "`{" + attribute.getChars() + "}`: only ids and classes "
                + "can be given in braces", "write `{#an-id}` or `{.a-class}`; to show braces as text, write `\\{`"));
    }

    /** The address as the page will have it: backslash escapes and entities decoded. */
    private static String url(BasedSequence url) {
        return url.unescape();
    }

    private static void report(List<Finding> findings, Node node, Optional<ContentPolicy.Refusal> refusal) {
        refusal.ifPresent(r -> findings.add(new Finding(SourceLines.of(node), r.message(), r.fix())));
    }
}
