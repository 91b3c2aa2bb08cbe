package org.amicus.markdown;

import org.amicus.markdown.citation.CitationContext;
import org.amicus.markdown.filelink.FileLinkContext;
import org.amicus.markdown.glossary.GlossaryContext;

/**
 * What the legal-explainer extensions need to know about the page being rendered; a null part leaves that
 * extension's syntax as written.
 */
public record PageContext(FileLinkContext links, CitationContext citations, GlossaryContext glossary) {

    public static PageContext linksOnly(FileLinkContext links) {
        return new PageContext(links, null, null);
    }
}
