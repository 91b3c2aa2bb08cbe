package org.amicus.markdown;

import java.util.List;
import java.util.Set;

/**
 * A page body turned into HTML.
 *
 * @param ids   the element ids a link may target with {@code #fragment}
 * @param words the number of words, for reading time
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, Set<String> ids, int words) {
}
