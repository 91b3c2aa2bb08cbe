package org.amicus.data;

import java.util.List;
import java.util.Map;

/**
 * A term of {@code content/data/glossary.yaml}, defined in every language of the site.
 *
 * @param byLanguage language key → the term, its one-sentence definition and its longer explanation
 * @param related    keys of related terms
 */
public record GlossaryTerm(String key, Map<String, Definition> byLanguage, List<String> related) {

    /** A term in one language. */
    public record Definition(String term, String shortDefinition, String longDefinition) {
    }

    public Definition in(String lang) {
        return byLanguage.get(lang);
    }
}
