package org.amicus.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The template function {@code static("css/site.css")} → {@code /static/css/site.3f9a1c2b7e.css}. It refuses a file that
 * {@code templates/static/} does not have, so a typo fails the build instead of shipping a broken stylesheet.
 */
final class StaticUrl implements TemplateMethodModelEx {

    /** Path in templates/static/ → path it is published at (fingerprinted for CSS and JS). */
    private final Map<String, String> files;

    private final UnaryOperator<String> link;

    StaticUrl(Map<String, String> files, UnaryOperator<String> link) {
        this.files = files;
        this.link = link;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("static() takes one text: the path inside templates/static/, "
                    + "like static(\"css/site.css\")");
        }
        String path = scalar.getAsString();
        String published = files.get(path);
        if (published == null) {
            throw new TemplateModelException("static(\"" + path + "\"): there is no file templates/static/" + path);
        }
        return link.apply("/" + published);
    }
}
