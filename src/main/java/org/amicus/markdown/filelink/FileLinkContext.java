package org.amicus.markdown.filelink;

import java.util.Set;
import org.amicus.diagnostic.Suggestions;

/**
 * Per-page context of the file-link extension, stored on the flexmark Document under
 * {@link FileLinkExtension#CONTEXT} before rendering.
 *
 * @param sourcePath the linking page's path in its language folder, to resolve relative links
 * @param ownIds     the ids of the linking page, for {@code #fragment} links within it
 * @param problems   receives each broken link with its line in the Markdown body (0-based)
 * @param later      receives each link to a {@code #fragment} of a page whose ids {@code targets} does not know
 *                   yet, to be checked with {@link #checkFragment} once they are known; may be null when
 *                   {@code targets} knows every page's ids
 */
public record FileLinkContext(String sourcePath, Set<String> ownIds, LinkTargets targets, BrokenLinks problems,
                              LaterFragments later) {

    /** A context whose targets know every page's ids. */
    public FileLinkContext(String sourcePath, Set<String> ownIds, LinkTargets targets, BrokenLinks problems) {
        this(sourcePath, ownIds, targets, problems, null);
    }

    /** Where broken links are reported. */
    @FunctionalInterface
    public interface BrokenLinks {
        void report(int bodyLine, String message, String hint);
    }

    /** Where links to the fragments of pages whose ids are not known yet go. */
    @FunctionalInterface
    public interface LaterFragments {
        /**
         * @param target the linked page's path in the language folder ({@code the-ruling.md})
         * @param url    the link as written ({@code the-ruling.md#sanctions})
         */
        void link(int bodyLine, String fragment, String target, String url);
    }

    /**
     * Reports a {@code #fragment} that is not one of {@code ids}: a link to a heading that {@code where} does not
     * have ("this page", or the linked page's path).
     */
    public static void checkFragment(BrokenLinks problems, int bodyLine, String fragment, Set<String> ids,
                                     String where, String url) {
        if (fragment == null || fragment.isEmpty() || ids.contains(fragment)) {
            return;
        }
        String suggestion = Suggestions.didYouMean(fragment, ids);
        problems.report(bodyLine, "link `" + url + "`: " + where + " has no heading with id `" + fragment + "`",
                (suggestion.isEmpty() ? "" : suggestion + " ") + "ids there: " + (ids.isEmpty() ? "none"
                        : String.join(", ", ids.stream().sorted().toList())) + "; give the heading an explicit "
                        + "id with `## Heading {#" + fragment + "}`");
    }
}
