package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * A term of glossary.yaml in the current language, its words as HTML with their emphasis; {@code url} is null
 * when the site has no glossary page.
 */
public record GlossaryEntry(String key, String id, TemplateHTMLOutputModel term,
                            TemplateHTMLOutputModel shortDefinition, TemplateHTMLOutputModel longDefinition, String url,
                            List<RelatedTerm> related) {

    /** A term the entry points to. */
    public record RelatedTerm(String key, TemplateHTMLOutputModel term, String url) {
    }
}
