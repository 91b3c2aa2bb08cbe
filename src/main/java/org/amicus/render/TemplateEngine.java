package org.amicus.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problem;
import org.amicus.util.FilePaths;
import org.amicus.util.TextWriter;

/**
 * FreeMarker, configured so that a template can only read the model it is given: no {@code ?new} on any class,
 * no {@code ?api}, of Java objects only the components of the records of {@code render.view} (besides texts,
 * numbers, booleans, lists and maps), and templates loaded from {@code templates/} only. One configuration per
 * process and templates folder ({@link #of}), shared by all pages and threads and kept from build to build
 * while the templates stay the same, so {@code serve} parses them again only when one changes.
 */
public final class TemplateEngine {

    /**
     * A template failed: where the mistake is (a template and its line, or the page that asks for a missing
     * template), what it is, how to fix it, and, apart, the page being rendered when it showed.
     */
    public static final class TemplateFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem mistake;
        private final transient Path page;

        TemplateFailure(Problem mistake, Path page) {
            super(mistake.format());
            this.mistake = mistake;
            this.page = page;
        }

        /** The mistake alone: the same for every page it breaks. */
        public Problem mistake() {
            return mistake;
        }

        /** The page being rendered when the mistake showed; null when the mistake is located on that page. */
        public Path page() {
            return page;
        }

        /** The report: the mistake, naming the page it broke. */
        public Problem problem() {
            return page == null ? mistake : Problem.error(mistake.file(), mistake.line(),
                    mistake.message() + " (while rendering " + FilePaths.slashed(page) + ")",
                    mistake.hint());
        }
    }

    static {
        // FreeMarker logs through whatever library it finds; our errors are reported as problems instead.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "NONE");
        }
    }

    /**
     * An engine, and what it was made from: its templates folder's contents ({@link #snapshot}), static files and
     * base path.
     */
    private record Made(byte[] templates, Map<String, String> staticFiles, String root, TemplateEngine engine) {
    }

    /** The last engines made, by templates folder: a few, for a process that builds several sites (tests). */
    private static final Map<Path, Made> ENGINES = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Made> eldest) {
            return size() > 4;
        }
    };

    private final Configuration configuration;
    private final Path templatesDir;

    /**
     * The engine of {@code templatesDir}: the one made before in this process while the folder's files (but
     * {@code static/}, whose files are in {@code staticFiles}), the static files and the base path are the same,
     * with its templates already parsed; else a new one.
     *
     * @param staticFiles path in templates/static/ → path it is published at, for {@code static(path)}
     * @param link        root-relative path → the link a page writes (with the base URL's path)
     */
    public static TemplateEngine of(Path templatesDir, Map<String, String> staticFiles, UnaryOperator<String> link)
            throws IOException {
        Path folder = templatesDir.toAbsolutePath().normalize();
        byte[] templates = snapshot(folder);
        String root = link.apply("/");
        synchronized (ENGINES) {
            Made made = ENGINES.get(folder);
            if (made != null && Arrays.equals(made.templates(), templates) && made.staticFiles().equals(staticFiles)
                    && made.root().equals(root)) {
                return made.engine();
            }
            TemplateEngine engine = new TemplateEngine(templatesDir, staticFiles, link);
            ENGINES.put(folder, new Made(templates, Map.copyOf(staticFiles), root, engine));
            return engine;
        }
    }

    /**
     * Every entry of the folder but those of {@code static/}, by name and contents, one after the other: what
     * templates may read, compared byte for byte with the last engine's (a hash of it cost a save in {@code serve}
     * 1.5 ms; the bytes of a site's templates are a hundred kilobytes or so). Files are read for their contents;
     * what cannot be read that way (a link, a file one may not read) is described by where it leads and when it
     * changed, and rendering then says what is wrong with it.
     */
    private static byte[] snapshot(Path folder) throws IOException {
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        Path skipped = folder.resolve("static");
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path entry : walk.filter(p -> !p.startsWith(skipped)).sorted().toList()) {
                snapshot.write(FilePaths.slashed(folder.relativize(entry)).getBytes(StandardCharsets.UTF_8));
                snapshot.write(0);
                snapshot.write(contents(entry));
                snapshot.write(0);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return snapshot.toByteArray();
    }

    private static byte[] contents(Path entry) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (attributes.isRegularFile() && Files.isReadable(entry)) {
            try {
                return Files.readAllBytes(entry);
            } catch (IOException e) {
                // described by its attributes below
            }
        }
        String target = attributes.isSymbolicLink() ? Files.readSymbolicLink(entry).toString() : "";
        return (target + " " + attributes.size() + " " + attributes.lastModifiedTime() + " " + attributes.fileKey())
                .getBytes(StandardCharsets.UTF_8);
    }

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
        this.templatesDir = templatesDir;
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
        // Never look at the files again: a change of templates makes a new engine (see of()).
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.configuration = cfg;
    }

    public boolean exists(String layout) {
        try {
            configuration.getTemplate(layout + ".ftlh");
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException | SecurityException e) {
            return true; // it exists but does not parse, or links outside templates/: rendering reports it
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
        Path page = pageFile;
        String name = layout + ".ftlh";
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(Problem.error(page, 0, "there is no template templates/" + name,
                    "create templates/" + name + ", or set `layout:` to an existing template"), null);
        } catch (ParseException e) {
            throw new TemplateFailure(Problem.error(template(e.getTemplateName(), name), e.getLineNumber(),
                    "template syntax error: " + firstParagraph(e.getEditorMessage()),
                    "fix the FreeMarker syntax at that line"), page);
        } catch (SecurityException e) {
            throw new TemplateFailure(linkedOutside(name), page);
        } catch (IOException e) {
            if (e.getCause() instanceof SecurityException) { // FreeMarker's cache remembers the refusal of exists()
                throw new TemplateFailure(linkedOutside(name), page);
            }
            throw new TemplateFailure(Problem.error(Path.of("templates", name), 0,
                    "cannot read the template: " + FileFailure.reason(firstReason(e)), "check that you may read the "
                            + "file"), page);
        }
        TextWriter out = new TextWriter(16 * 1024);
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            env.setLocale(locale);
            env.process();
        } catch (TemplateException e) {
            throw new TemplateFailure(mistake(e, name), page);
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(Path.of("templates", name), 0,
                    "writing the page failed: " + FileFailure.reason(e), ""), page);
        }
        return out.toString();
    }

    /** FreeMarker's cache wraps the first attempt's failure ("an error loading the template on an earlier attempt"). */
    private static IOException firstReason(IOException e) {
        IOException first = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                first = io;
            }
        }
        return first;
    }

    /** A template error at its template and line, with a hint that fits it. */
    private Problem mistake(TemplateException e, String name) {
        Path template = template(e.getTemplateSourceName(), name);
        int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            String missing = e.getBlamedExpressionString();
            return Problem.error(template, line, "`" + missing + "` is missing", MissingVariables.hint(missing,
                    e.getEnvironment()));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateFunctionException function) {
                return Problem.error(template, line, function.what(), function.hint());
            }
            if (cause instanceof SecurityException) { // an <#include> of a template that links outside
                return Problem.error(template, line, "this template includes a file that links outside templates/",
                        "copy the file into templates/ instead of linking to it");
            }
        }
        return Problem.error(template, line, firstParagraph(e.getMessageWithoutStackTop()),
                "see the FreeMarker manual for this directive or built-in");
    }

    /** A template that is a symbolic link to a file outside templates/: FreeMarker refuses to read it. */
    private Problem linkedOutside(String name) {
        Path link = templatesDir.resolve(name);
        String target;
        try {
            target = link.toRealPath().toString();
        } catch (IOException e) {
            target = "a file outside templates/";
        }
        return Problem.error(Path.of("templates", name), 0, "the template is a link to " + target
                + ", outside templates/", "copy the template into templates/ instead of linking to it");
    }

    private static Path template(String sourceName, String name) {
        return Path.of("templates", sourceName == null ? name : sourceName);
    }

    /** FreeMarker's messages end with long tips; the first paragraph says what happened. */
    private static String firstParagraph(String message) {
        if (message == null) {
            return "template error";
        }
        String cut = message.split("\n----|\n\n", 2)[0];
        return cut.replaceAll("\\s+", " ").strip();
    }
}
