package org.amicus.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/** HTML that templates print as it is ({@code ${page.content}}), made once in Java where it is known to be HTML. */
final class Markup {

    private Markup() {
    }

    /** HTML already escaped where it holds text: rendered Markdown, typeset data texts, JSON-LD. */
    static TemplateHTMLOutputModel of(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // never thrown for HTML markup
        }
    }

    /** Plain text, escaped. */
    static TemplateHTMLOutputModel escaping(String text) {
        try {
            return HTMLOutputFormat.INSTANCE.fromPlainTextByEscaping(text);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // never thrown for HTML
        }
    }
}
