package org.amicus.markdown.filelink.internal;

import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Suggestions;
import org.amicus.markdown.SourceLines;
import org.amicus.markdown.filelink.FileLinkContext;
import org.amicus.markdown.filelink.FileLinkExtension;
import org.amicus.markdown.filelink.LinkTargets;
import org.amicus.util.FilePaths;

/** Resolves relative links against the linking page's folder, in its language. */
public final class FileLinkResolver implements LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final FileLinkContext context;

    FileLinkResolver(FileLinkContext context) {
        this.context = context;
    }

    /** Registered by {@link FileLinkExtension}; a resolver per document, reading its context. */
    public static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext basicContext) {
            FileLinkContext context = FileLinkExtension.CONTEXT.get(basicContext.getDocument());
            return context == null ? LinkResolver.NULL : new FileLinkResolver(context);
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext basicContext, ResolvedLink link) {
        // `[sic]` or `[1]` with no reference definition is text, not a link: flexmark still asks resolvers.
        if (node instanceof RefNode ref && !ref.isDefined()) {
            return link;
        }
        String url = link.getUrl();
        if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("/")) {
            return link;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        int line = SourceLines.of(node);
        if (path.isEmpty()) {
            FileLinkContext.checkFragment(context.problems(), line, fragment, context.ownIds(), "this page", url);
            return link.withStatus(LinkStatus.VALID);
        }
        int query = path.indexOf('?');
        String file = decode(query < 0 ? path : path.substring(0, query));
        Optional<String> inLanguage = FilePaths.resolve(context.sourcePath(), file);
        if (inLanguage.isEmpty()) {
            context.problems().report(line, "link `" + url + "` points outside the language folder",
                    "link to a page of the same language by its file name, like `the-case.md`");
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        String target = inLanguage.get();
        LinkTargets targets = context.targets();
        if (target.endsWith(".md")) {
            Optional<LinkTargets.Target> page = targets.page(target);
            if (page.isEmpty()) {
                String suggestion = Suggestions.didYouMean(target, targets.pagePaths());
                context.problems().report(line, "link `" + url + "`: there is no page " + target
                                + " in this language",
                        (suggestion.isEmpty() ? "" : suggestion + " ")
                                + "link to an existing .md file of the same language folder");
                return link.withStatus(LinkStatus.NOT_FOUND);
            }
            if (page.get().ids() != null) {
                FileLinkContext.checkFragment(context.problems(), line, fragment, page.get().ids(), target, url);
            } else if (fragment != null && !fragment.isEmpty()) {
                context.later().link(line, fragment, target, url);
            }
            return link.withStatus(LinkStatus.VALID)
                    .withUrl(page.get().url() + (fragment == null ? "" : "#" + fragment));
        }
        if (!targets.hasFile(target)) {
            context.problems().report(line, "link `" + url + "`: there is no file " + target
                    + " in this language folder", "put the file beside the page, or fix the path");
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        return link.withStatus(LinkStatus.VALID).withUrl(targets.languageRoot() + target
                + (fragment == null ? "" : "#" + fragment));
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
