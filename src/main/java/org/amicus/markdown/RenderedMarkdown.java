package org.amicus.markdown;

import java.util.List;
import java.util.Set;
import org.amicus.markdown.citation.CitedSource;
import org.amicus.markdown.figure.FigureExtension;
import org.amicus.markdown.safety.Finding;

/**
 * A page body turned into HTML.
 *
 * @param ids       the element ids a link may target with {@code #fragment}
 * @param words     the number of words, for reading time
 * @param citations the sources the page cites, in order of first citation
 * @param unsafe    what the sanitizer found after rendering that the checks of the Markdown did not (none, unless
 *                  those checks miss a case)
 * @param figureSlots whether the HTML holds {@code figure-slot}, as the slot of a figure drawn from data has it:
 *                  looked for once, here, not by each use of the body in the templates' stage
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, Set<String> ids, int words,
                               List<CitedSource> citations, List<Finding> unsafe, boolean figureSlots) {

    public RenderedMarkdown(String html, List<TocEntry> toc, Set<String> ids, int words, List<CitedSource> citations,
                            List<Finding> unsafe) {
        this(html, toc, ids, words, citations, unsafe, html.contains(FigureExtension.SLOT_CLASS));
    }
}
