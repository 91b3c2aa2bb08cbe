package org.amicus.render;

import freemarker.core.Environment;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Suggestions;

/** The fix for {@code ${page.titel}}: the close name that does exist beside it, and how to allow absence. */
final class MissingVariables {

    /** {@code page.title}, {@code lang}: the expressions whose parent we can look into. */
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private MissingVariables() {
    }

    static String hint(String missing, Environment env) {
        String absent = "if it may be absent, test it with `<#if " + missing + "??>` or give a default with `"
                + missing + "!\"\"`";
        return closest(missing, env).map(name -> "did you mean `" + name + "`? " + absent)
                .orElse("check the name in the README's template reference; " + absent);
    }

    /** {@code page.titel} → {@code page.title}, when the parent is a hash that has a close name. */
    static Optional<String> closest(String missing, Environment env) {
        if (env == null || !DOTTED.matcher(missing).matches()) {
            return Optional.empty();
        }
        int dot = missing.lastIndexOf('.');
        String parent = missing.substring(0, Math.max(dot, 0));
        try {
            Set<String> names = dot < 0 ? new TreeSet<>(env.getKnownVariableNames()) : keys(resolve(parent, env));
            return Suggestions.closest(missing.substring(dot + 1), names)
                    .map(name -> dot < 0 ? name : parent + "." + name);
        } catch (TemplateModelException e) {
            return Optional.empty(); // no suggestion is better than a wrong one
        }
    }

    private static TemplateModel resolve(String path, Environment env) throws TemplateModelException {
        String[] steps = path.split("\\.");
        TemplateModel value = env.getVariable(steps[0]);
        for (int i = 1; i < steps.length && value instanceof TemplateHashModel hash; i++) {
            value = hash.get(steps[i]);
        }
        return value;
    }

    /** Sorted, so the suggestion does not depend on the model's hash order. */
    private static Set<String> keys(TemplateModel value) throws TemplateModelException {
        Set<String> names = new TreeSet<>();
        if (value instanceof TemplateHashModelEx hash) {
            for (TemplateModelIterator keys = hash.keys().iterator(); keys.hasNext(); ) {
                if (keys.next() instanceof TemplateScalarModel key) {
                    names.add(key.getAsString());
                }
            }
        }
        return names;
    }
}
