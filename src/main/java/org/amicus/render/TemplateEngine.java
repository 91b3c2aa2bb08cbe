package org.amicus.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.amicus.diagnostic.Problem;

/**
 * FreeMarker, configured so that a template can only read the model it is given: no {@code ?new} on any class,
 * no {@code ?api}, of Java objects only the components of the records of {@code render.view} (besides texts,
 * numbers, booleans, lists and maps), and templates loaded from {@code templates/} only. One configuration per
 * build, shared by all pages and threads.
 */
public final class TemplateEngine {

    /** A template failed; the problem names template:line and the page being rendered. */
    public static final class TemplateFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        TemplateFailure(Problem problem) {
            super(problem.format());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    static {
        // FreeMarker logs through whatever library it finds; our errors are reported as problems instead.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "NONE");
        }
    }

    private final Configuration configuration;

    /** An engine whose templates have no static files: {@code static(path)} refuses every path. */
    public TemplateEngine(Path templatesDir) throws IOException {
        this(templatesDir, Map.of(), UnaryOperator.identity());
    }

    /**
     * @param staticFiles path in templates/static/ → path it is published at, for {@code static(path)}
     * @param link        root-relative path → the link a page writes (with the base URL's path)
     */
    public TemplateEngine(Path templatesDir, Map<String, String> staticFiles, UnaryOperator<String> link)
            throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        // FileTemplateLoader refuses paths that resolve outside its folder, symbolic links included.
        cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile(), false));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAttemptExceptionReporter((te, env) -> { });
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(ViewWrapper.create(Configuration.VERSION_2_3_34));
        cfg.setSharedVariable("static", new StaticUrl(staticFiles, link));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateUpdateDelayMilliseconds(0);
        this.configuration = cfg;
    }

    public boolean exists(String layout) {
        try {
            configuration.getTemplate(layout + ".ftlh");
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true; // it exists but does not parse: rendering reports where
        }
    }

    /**
     * Renders {@code templates/<layout>.ftlh}.
     *
     * @param model a {@link org.amicus.render.view.TemplateRoot}, or a map of texts, lists and views
     * @param pageFile the page being rendered, named in any error
     */
    public String render(String layout, Object model, Locale locale, Path pageFile)
            throws TemplateFailure {
        String name = layout + ".ftlh";
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(Problem.error(pageFile, 0, "there is no template templates/" + name,
                    "create templates/" + name + ", or set `layout:` to an existing template"));
        } catch (ParseException e) {
            throw new TemplateFailure(Problem.error(Path.of("templates", e.getTemplateName() == null ? name : e.getTemplateName()),
                    e.getLineNumber(), "template syntax error: " + firstParagraph(e.getEditorMessage())
                            + " (while rendering " + shown(pageFile) + ")",
                    "fix the FreeMarker syntax at that line"));
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(Path.of("templates", name), 0,
                    "cannot read the template: " + e.getMessage(), "check the file"));
        }
        StringWriter out = new StringWriter(16 * 1024);
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            env.setLocale(locale);
            env.process();
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            throw new TemplateFailure(Problem.error(Path.of("templates", source), line,
                    firstParagraph(e.getMessageWithoutStackTop()) + " (while rendering " + shown(pageFile) + ")",
                    hint(e)));
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(Path.of("templates", name), 0,
                    "writing the page failed: " + e.getMessage(), ""));
        }
        return out.toString();
    }

    private static String hint(TemplateException e) {
        String message = String.valueOf(e.getMessageWithoutStackTop());
        if (message.contains("null or missing")) {
            return "check the variable's name in the README's template reference; if it may be absent, test it "
                    + "with `<#if x??>` or give a default with `x!\"\"`";
        }
        return "see the FreeMarker manual for this directive or built-in";
    }

    /** FreeMarker's messages end with long tips; the first paragraph says what happened. */
    private static String firstParagraph(String message) {
        if (message == null) {
            return "template error";
        }
        String cut = message.split("\n----|\n\n", 2)[0];
        return cut.replaceAll("\\s+", " ").strip();
    }

    private static String shown(Path pageFile) {
        return pageFile == null ? "the site" : pageFile.toString().replace('\\', '/');
    }
}
