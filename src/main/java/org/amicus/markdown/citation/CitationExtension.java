package org.amicus.markdown.citation;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.amicus.markdown.citation.internal.CitationLinkRefProcessor;
import org.amicus.markdown.citation.internal.CitationNodeRenderer;

/**
 * Citations: {@code [@key]} and {@code [@key, p. 12]} become numbered references {@code [1]} that link to the
 * page's Sources list (which the page template prints from the page's cited sources). Number them with
 * {@link Citations#number} after parsing; unknown keys are reported there.
 */
public final class CitationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Set on each Document before numbering. */
    public static final NullableDataKey<CitationContext> CONTEXT = new NullableDataKey<>("AMICUS_CITATION_CONTEXT");

    private CitationExtension() {
    }

    public static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(CitationLinkRefProcessor.FACTORY);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new CitationNodeRenderer.Factory());
    }
}
