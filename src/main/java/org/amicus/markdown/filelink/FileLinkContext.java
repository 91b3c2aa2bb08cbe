package org.amicus.markdown.filelink;

import java.util.Set;

/**
 * Per-page context of the file-link extension, stored on the flexmark Document under
 * {@link FileLinkExtension#CONTEXT} before rendering.
 *
 * @param sourcePath the linking page's path in its language folder, to resolve relative links
 * @param ownIds     the ids of the linking page, for {@code #fragment} links within it
 * @param problems   receives each broken link with its line in the Markdown body (0-based)
 */
public record FileLinkContext(String sourcePath, Set<String> ownIds, LinkTargets targets, BrokenLinks problems) {

    /** Where broken links are reported. */
    @FunctionalInterface
    public interface BrokenLinks {
        void report(int bodyLine, String message, String hint);
    }
}
