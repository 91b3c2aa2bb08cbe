package org.amicus.markdown.filelink;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What a page's links may point to, in the page's language. The site model implements it, so this extension
 * does not depend on how URLs are made.
 */
public interface LinkTargets {

    /**
     * A page that can be linked to: its URL and the ids of its elements, or null ids when they are not known yet
     * (its links' fragments then go to {@link FileLinkContext#later()}).
     */
    record Target(String url, Set<String> ids) {
    }

    /** The page at this path of the language folder ({@code cases/the-ruling.md}). */
    Optional<Target> page(String sourcePath);

    /** Whether a non-Markdown file exists at this path of the language folder ({@code figures/chart.png}). */
    boolean hasFile(String path);

    /** Every page path of the language, for "did you mean". */
    Collection<String> pagePaths();

    /** The URL prefix of files of the language folder: {@code /en/}. */
    String languageRoot();
}
