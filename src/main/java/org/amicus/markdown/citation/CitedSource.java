package org.amicus.markdown.citation;

import java.util.List;

/**
 * One entry of a page's Sources list: a source cited once or more on the page.
 *
 * @param pinpoints the distinct pinpoints cited ({@code p. 12}), in order; empty when none
 * @param citationIds the ids of the places that cite it, for back-links
 */
public record CitedSource(int number, String key, List<String> pinpoints, List<String> citationIds) {

    /** The id of this entry in the page's Sources list. */
    public String id() {
        return "source-" + number;
    }
}
