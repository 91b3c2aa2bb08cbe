package org.amicus.markdown.glossary;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.amicus.markdown.glossary.internal.TermLinkRefProcessor;
import org.amicus.markdown.glossary.internal.TermNodeRenderer;

/**
 * Glossary terms: {@code [[summary-judgment]]} shows the term in the page's language and links to its glossary
 * entry; {@code [[punitive-damages|punitive]]} shows other words. The reader gets the one-sentence definition
 * on hover and on keyboard focus, and screen readers read it as the link's description. Unknown keys are
 * reported with their line.
 */
public final class GlossaryExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Set on each Document before rendering; without it a term is printed as plain text. */
    public static final NullableDataKey<GlossaryContext> CONTEXT = new NullableDataKey<>("AMICUS_GLOSSARY_CONTEXT");

    private GlossaryExtension() {
    }

    public static GlossaryExtension create() {
        return new GlossaryExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(TermLinkRefProcessor.FACTORY);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new TermNodeRenderer.Factory());
    }
}
