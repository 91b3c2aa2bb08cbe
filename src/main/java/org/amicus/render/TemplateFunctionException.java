package org.amicus.render;

import freemarker.template.TemplateModelException;

/** A template called one of our functions wrongly; carries the fix, which FreeMarker's exceptions cannot. */
final class TemplateFunctionException extends TemplateModelException {

    private static final long serialVersionUID = 1L;
    private final String what;
    private final String hint;

    TemplateFunctionException(String what, String hint) {
        super(what);
        this.what = what;
        this.hint = hint;
    }

    /** What is wrong, without the FTL stack trace FreeMarker adds to {@link #getMessage()}. */
    String what() {
        return what;
    }

    String hint() {
        return hint;
    }
}
