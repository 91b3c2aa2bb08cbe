package org.amicus.check;

import java.util.List;
import java.util.Set;

/**
 * What the link check needs of one HTML file of the site, read once when the file is made: the ids a
 * {@code #fragment} may name, the links that stay in the site, and the ids given twice. The page's DOM is not
 * kept, so checking a site of any size holds only these.
 *
 * @param path       the file's path in the output folder ({@code en/the-case/index.html})
 * @param anchors    every element id and {@code <a name>}
 * @param links      every internal {@code href}, {@code src} and {@code srcset} URL, in the order the check reports
 * @param duplicates every id given again after its first element
 */
public record PageLinks(String path, Set<String> anchors, List<Link> links, List<DuplicateId> duplicates) {

    /** One URL of an attribute ({@code <img srcset>} may hold several), with the line of its value. */
    public record Link(String element, String attribute, String url, int line) {
    }

    /** An id used again at {@code line}, first used at {@code firstLine}. */
    public record DuplicateId(String id, int line, int firstLine) {
    }
}
