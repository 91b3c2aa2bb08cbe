package org.amicus.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.amicus.diagnostic.Suggestions;

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
            throw new TemplateFunctionException("static() takes one text: the path inside templates/static/",
                    "write it like static(\"css/site.css\")");
        }
        String path = scalar.getAsString();
        String published = files.get(path);
        if (published == null) {
            String closest = Suggestions.didYouMean(path, new TreeSet<>(files.keySet()));
            throw new TemplateFunctionException("static(\"" + path + "\"): there is no file templates/static/"
                    + path, (closest.isEmpty() ? "" : closest + " ")
                    + "give the path of a file inside templates/static/, like static(\"css/site.css\")");
        }
        return link.apply("/" + published);
    }
}
