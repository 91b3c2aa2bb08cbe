package org.amicus.markdown.filelink;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.amicus.markdown.filelink.internal.FileLinkResolver;

/**
 * Links by file: {@code [the ruling](the-ruling.md#sanctions)} becomes the URL of that page in the same
 * language, {@code chart.png} the URL of the copied file. A link to a missing page, file or anchor is reported
 * with its line. Links with a scheme ({@code https:}, {@code mailto:}) and root-relative links are left alone.
 */
public final class FileLinkExtension implements HtmlRenderer.HtmlRendererExtension {

    /** Set on each Document before rendering; without it links are left as written. */
    public static final NullableDataKey<FileLinkContext> CONTEXT = new NullableDataKey<>("AMICUS_FILE_LINK_CONTEXT");

    private FileLinkExtension() {
    }

    public static FileLinkExtension create() {
        return new FileLinkExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options: all context is per document
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new FileLinkResolver.Factory());
    }
}
