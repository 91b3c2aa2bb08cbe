package org.amicus.render.view;

import java.util.List;

/** A term of glossary.yaml in the current language; {@code url} is null when the site has no glossary page. */
public record GlossaryEntry(String key, String id, String term, String shortDefinition, String longDefinition,
                            String url, List<RelatedTerm> related) {

    /** A term the entry points to. */
    public record RelatedTerm(String key, String term, String url) {
    }
}
