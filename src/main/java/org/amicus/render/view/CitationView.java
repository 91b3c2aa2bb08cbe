package org.amicus.render.view;

import java.util.List;

/**
 * A source cited by the page, numbered in citation order; {@code id} is its entry's id in the page's Sources list,
 * {@code citationIds} the ids of the places that cite it.
 */
public record CitationView(int number, String id, SourceView source, List<String> pinpoints,
                           List<String> citationIds) {
}
