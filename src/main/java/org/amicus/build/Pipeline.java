package org.amicus.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.amicus.check.ChangedPages;
import org.amicus.check.LinkChecker;
import org.amicus.check.MarkdownChecks;
import org.amicus.check.PageSources;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.config.SiteConfigLoader;
import org.amicus.content.Asset;
import org.amicus.content.Content;
import org.amicus.content.ContentLoader;
import org.amicus.data.SiteData;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.output.OutputWriter;
import org.amicus.output.StaticFiles;
import org.amicus.publish.AtomFeeds;
import org.amicus.publish.Redirects;
import org.amicus.publish.SecurityHeaders;
import org.amicus.publish.Sitemaps;
import org.amicus.render.I18n;
import org.amicus.render.TemplateEngine;
import org.amicus.render.TemplateEngine.TemplateFailure;
import org.amicus.render.TemplateModels;
import org.amicus.render.view.TemplateRoot;
import org.amicus.search.SearchStage;
import org.amicus.site.OutputLayout;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.site.SiteBuilder;
import org.amicus.site.TranslationStatus;

/**
 * A build, one method per stage, each taking the result of the one before: {@link #load}, {@link #model},
 * {@link #markdown}, {@link #templates}, {@link #publish}, {@link #search}, {@link #checkLinks}, then
 * {@link #write}. Every stage adds its problems to the pipeline's and throws
 * {@link org.amicus.diagnostic.BuildFailedException} when there are errors, so the next stage only sees sound
 * input. Results are records that hold the result they came from. Pages go to the {@link OutputWriter}'s
 * temporary folder as they are rendered, and only what the link check needs of them is kept; {@link #write}
 * adds the other files and swaps the site in.
 */
public final class Pipeline {

    /** Callout titles come from the i18n files when they have these keys. */
    private static final List<String> CALLOUT_KINDS = List.of("note", "tip", "important", "warning", "caution",
            "figures");
    private static final Path SITE_YAML = Path.of("content", "site.yaml");

    /** What the project holds: site.yaml (with {@code --base-url} applied), the pages, data, UI strings, templates. */
    public record Loaded(Path project, SiteConfig config, Content content, SiteData data, I18n i18n,
                         StaticFiles staticFiles, TemplateEngine engine) {
    }

    /** The site model: every page with its URL and translations, and where each translation stands. */
    public record Modelled(Loaded loaded, Site site, TranslationStatus translations) {
    }

    /** Each page's body as HTML. */
    public record Bodies(Modelled model, MarkdownProcessor markdown, Map<Page, RenderedMarkdown> html) {
    }

    /**
     * Each page through its template, and the landing page, written to {@code output} and read by {@code links};
     * {@code failures} holds the template errors, one per mistake, which the publish stage reports with its own.
     */
    public record Pages(Bodies bodies, TemplateModels models, OutputWriter output, LinkChecker links,
                        Map<Problem, TemplateFailure> failures) {
    }

    /** The files of the site beside its pages, but the search documents; not written yet. */
    public record Published(Pages pages, SortedMap<String, byte[]> files) {
    }

    /** Every file of the site, by output path. */
    public record Searched(Modelled model, SortedMap<String, byte[]> files) {
    }

    /**
     * The site, its links checked: the pages in {@code output}, the other {@code files} still to write;
     * {@code warnings} are the problems that did not stop it.
     */
    public record Checked(Modelled model, OutputWriter output, SortedMap<String, byte[]> files,
                          List<Problem> warnings) {
    }

    private final Problems problems = new Problems();
    private final Memos memos;

    /** A one-off build. */
    public Pipeline() {
        this(Memos.none());
    }

    /** A build that reuses what earlier builds with the same {@code memos} made, where its input is the same. */
    public Pipeline(Memos memos) {
        this.memos = memos;
    }

    /**
     * Reads site.yaml and the pages, then the data files, UI strings and templates. Only errors of site.yaml and
     * the pages stop here; the others are reported with the site model's, so an author sees them all at once.
     *
     * @param baseUrl replaces site.yaml's {@code baseUrl} when not null
     */
    public Loaded load(Path project, String baseUrl) {
        Content content = new ContentLoader(project, problems, memos.pageReads()).load().orElse(null);
        problems.throwIfErrors(); // every later stage needs site.yaml and the pages
        SiteConfig config = baseUrl == null ? content.config()
                : content.config().withBaseUrl(SiteConfigLoader.normalizeBaseUrl(baseUrl)
                        .orElseThrow(() -> new IllegalArgumentException("--base-url must be an absolute http(s) URL")));
        Path templatesDir = project.resolve("templates");
        StaticFiles staticFiles = StaticFiles.of(templatesDir, memos.staticHashes());
        staticFiles.links().forEach(link -> problems.warning(link, 0, "symbolic link skipped",
                "copy the file into templates/static/ instead: links could reach outside the project"));
        // FreeMarker's set-up on another core while the UI strings and the data files are read.
        CompletableFuture<TemplateEngine> engine = CompletableFuture.supplyAsync(
                () -> templateEngine(templatesDir, staticFiles, config));
        I18n i18n = memos.i18n(project, config.languages(), problems);
        SiteData data = memos.data(project, config, problems);
        return new Loaded(project, config, content, data, i18n, staticFiles, joined(engine));
    }

    /** Builds the site model and checks what refers to it: the change log's pages, each page's layout. */
    public Modelled model(Loaded loaded, boolean drafts) {
        Site site = new SiteBuilder(loaded.config(), problems).build(loaded.content(), drafts);
        TranslationStatus translations = TranslationStatus.measure(site, problems);
        ChangedPages.check(loaded.data().changes(), site, problems);
        if (loaded.engine() != null) {
            checkLayouts(site, loaded.engine());
        }
        problems.throwIfErrors();
        return new Modelled(loaded, site, translations);
    }

    /**
     * Parses every page's Markdown, checks it ({@link MarkdownChecks}), and renders it to HTML, page by page (see
     * {@link MarkdownStage}).
     */
    public Bodies markdown(Modelled model) {
        Loaded loaded = model.loaded();
        Map<String, Map<String, String>> callouts = calloutTitles(loaded.config(), loaded.i18n());
        List<String> languages = loaded.config().languages().stream().map(Language::key).toList();
        MarkdownProcessor markdown = memos.processor(languages, callouts);
        MarkdownChecks.checkFrontMatter(model.site(), problems);
        Map<Page, RenderedMarkdown> html = new MarkdownStage(model.site(), loaded.data(), markdown, problems,
                memos.markdown(model.site(), loaded.data(), languages, callouts)).run();
        problems.throwIfErrors();
        return new Bodies(model, markdown, html);
    }

    /**
     * Pages a build renders before the others, and what receives them: {@code serve} shows the page an author
     * saved, and the pages open in a browser, before the rest of the site is made.
     *
     * @param wanted which pages come first
     * @param ready  called with those pages' files, by output path, once they are rendered, unless a template
     *               failed on one of them (the build then fails, and shows nothing early)
     */
    public record FirstPages(Predicate<Page> wanted, Consumer<SortedMap<String, byte[]>> ready) {

        /** No page first: a build's way. */
        public static final FirstPages NONE = new FirstPages(page -> false, files -> {
        });
    }

    /**
     * Renders each page through its layout, on all cores, and the landing page, writing each to {@code output} as
     * soon as it is made; the link check reads it then, and checks its links to the pages and files already
     * known, so pages are never held.
     *
     * @param out the output folder, which link problems name
     */
    public Pages templates(Bodies bodies, OutputWriter output, Path out) {
        return templates(bodies, output, out, FirstPages.NONE);
    }

    /** As {@link #templates(Bodies, OutputWriter, Path)}, {@code first}'s pages before the others. */
    public Pages templates(Bodies bodies, OutputWriter output, Path out, FirstPages first) {
        Modelled model = bodies.model();
        Loaded loaded = model.loaded();
        Site site = model.site();
        TemplateEngine engine = loaded.engine();
        TemplateModels models = new TemplateModels(site, loaded.data(), model.translations(), loaded.i18n(),
                bodies.html(), loaded.staticFiles().published(), bodies.markdown()::typeset,
                bodies.markdown()::typesetHtml, memos.views());
        Set<String> known = new HashSet<>(loaded.staticFiles().published().values());
        site.pages().forEach(page -> known.add(page.outputPath()));
        site.assets().forEach(asset -> known.add(asset.outputPath()));
        known.add(OutputLayout.LANDING);
        LinkChecker links = LinkChecker.of(out, site.config().link("/"), known, new PageSources(site),
                memos.linkReads());
        Map<Problem, TemplateFailure> failures = new ConcurrentHashMap<>();
        Map<Boolean, List<Page>> firstOrNot = site.pages().stream()
                .collect(Collectors.partitioningBy(first.wanted()));
        if (!firstOrNot.get(true).isEmpty()) {
            SortedMap<String, byte[]> shown = new ConcurrentSkipListMap<>();
            firstOrNot.get(true).parallelStream().forEach(page -> render(page, loaded, models, links, failures)
                    .ifPresent(bytes -> {
                        output.write(page.outputPath(), bytes);
                        shown.put(page.outputPath(), bytes);
                    }));
            if (failures.isEmpty()) {
                first.ready().accept(shown);
            }
        }
        firstOrNot.get(false).parallelStream().forEach(page -> render(page, loaded, models, links, failures)
                .ifPresent(bytes -> output.write(page.outputPath(), bytes)));
        try {
            String landing = engine.render("landing", models.forLanding(),
                    loaded.config().defaultLanguageConfig().javaLocale(), SITE_YAML);
            output.write(OutputLayout.LANDING, bytes(landing));
            links.read(OutputLayout.LANDING, landing);
        } catch (TemplateFailure failure) {
            reportOnce(failures, failure);
        }
        return new Pages(bodies, models, output, links, failures);
    }

    /** A page through its layout, read by the link check; empty, with the failure reported, when a template failed. */
    private Optional<byte[]> render(Page page, Loaded loaded, TemplateModels models, LinkChecker links,
                                    Map<Problem, TemplateFailure> failures) {
        TemplateEngine engine = loaded.engine();
        try {
            Locale locale = loaded.config().language(page.lang()).orElseThrow().javaLocale();
            TemplateRoot root = models.forPage(page);
            Memos.PageFile file = memos.page(page, engine, root, locale,
                    () -> engine.render(page.layout(), root, locale, page.file()));
            links.read(page.outputPath(), file.links());
            return Optional.of(file.bytes());
        } catch (TemplateFailure failure) {
            reportOnce(failures, failure);
            return Optional.empty();
        }
    }

    /**
     * What a published site needs beside its pages: sitemaps, robots.txt, the headers file, feeds, a 404 page,
     * redirects for old addresses, the files of templates/static/ and the files beside the pages.
     */
    public Published publish(Pages pages) {
        Modelled model = pages.bodies().model();
        Loaded loaded = model.loaded();
        Site site = model.site();
        SiteConfig config = site.config();
        TemplateEngine engine = loaded.engine();
        Map<Problem, TemplateFailure> failures = new ConcurrentHashMap<>(pages.failures());
        SortedMap<String, byte[]> files = new TreeMap<>();
        Sitemaps.write(site).forEach((path, xml) -> files.put(path, bytes(xml)));
        files.put(OutputLayout.ROBOTS, bytes(Sitemaps.robots(config)));
        files.put(OutputLayout.HEADERS, bytes(SecurityHeaders.file()));
        AtomFeeds.write(site, loaded.data().changes(), loaded.i18n()::of, pages.bodies().markdown()::typeset)
                .forEach((path, xml) -> files.put(path, bytes(xml)));
        if (engine.exists("404")) {
            try {
                files.put(OutputLayout.NOT_FOUND, bytes(engine.render("404", pages.models().forLanding(),
                        config.defaultLanguageConfig().javaLocale(), SITE_YAML)));
            } catch (TemplateFailure failure) {
                reportOnce(failures, failure);
            }
        }
        Set<String> taken = new HashSet<>(pages.output().paths());
        taken.addAll(files.keySet());
        taken.addAll(loaded.staticFiles().published().values());
        taken.addAll(SearchStage.paths(site));
        Redirects.collect(site, taken, problems).forEach((path, target) -> {
            try {
                files.put(path, bytes(engine.render("redirect", pages.models().forRedirect(target),
                        config.language(target.lang()).orElseThrow().javaLocale(), target.file())));
            } catch (TemplateFailure failure) {
                reportOnce(failures, failure);
            }
        });
        failures.values().forEach(failure -> problems.add(failure.problem()));
        problems.throwIfErrors(); // before the static files and assets are read
        files.putAll(loaded.staticFiles().contents());
        for (Asset asset : site.assets()) {
            files.put(asset.outputPath(), read(loaded.project(), asset.source()));
        }
        return new Published(pages, files);
    }

    /** Adds what search needs: each language's list of pages to search, and lunr (see {@link SearchStage}). */
    public Searched search(Published published) {
        Bodies bodies = published.pages().bodies();
        SortedMap<String, byte[]> files = new TreeMap<>(published.files());
        files.putAll(SearchStage.run(bodies.model().site(), published.pages().models()::bodyAsRead,
                bodies.markdown()::typeset, memos.searchDocuments()));
        return new Searched(bodies.model(), files);
    }

    /**
     * Checks every link and #anchor of the pages as they are written, templates' links and raw HTML included,
     * and of the other HTML files; with {@code strict}, warnings are errors.
     */
    public Checked checkLinks(Pages pages, Searched searched, boolean strict) {
        searched.files().forEach((path, bytes) -> {
            if (LinkChecker.isHtml(path)) {
                pages.links().read(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        Set<String> files = new HashSet<>(pages.output().paths());
        files.addAll(searched.files().keySet());
        pages.links().check(files).forEach(problems::add);
        if (strict) {
            problems.promoteWarnings(" (an error with --strict)");
        }
        problems.throwIfErrors();
        return new Checked(searched.model(), pages.output(), searched.files(), problems.warnings());
    }

    /** Writes the files beside the pages, then replaces the output folder with the site, all at once. */
    public static void write(Checked checked) {
        checked.files().forEach(checked.output()::write);
        checked.output().commit();
    }

    /**
     * A layout with no template, said once: at a page that names it in its front matter if one does (that line is
     * the likely mistake), else at the first page by path, with how many more pages use it.
     */
    private void checkLayouts(Site site, TemplateEngine engine) {
        Map<String, List<Page>> missing = new TreeMap<>();
        for (Page page : site.pages()) {
            if (!engine.exists(page.layout())) {
                missing.computeIfAbsent(page.layout(), layout -> new ArrayList<>()).add(page);
            }
        }
        missing.forEach((layout, pages) -> {
            Page shown = pages.stream().min(Comparator.comparing((Page page) -> !page.frontMatter().lines()
                    .containsKey("layout")).thenComparing(page -> page.file().toString())).orElseThrow();
            int others = pages.size() - 1;
            problems.error(shown.file(), shown.frontMatter().lineOf("layout"), "there is no template templates/"
                    + layout + ".ftlh" + (others == 0 ? "" : " (" + others + (others == 1 ? " other page uses"
                    : " other pages use") + " this layout too)"), "create it, or set `layout:` to an existing "
                    + "template");
        });
    }

    /** The same template mistake breaks every page; say it once, naming the first page it broke by path. */
    private static void reportOnce(Map<Problem, TemplateFailure> failures, TemplateFailure failure) {
        failures.merge(failure.mistake(), failure, (one, other) -> Problem.ORDER.compare(one.problem(),
                other.problem()) <= 0 ? one : other);
    }

    /** The result of work done on another thread, or what it threw, as it threw it. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private TemplateEngine templateEngine(Path templatesDir, StaticFiles staticFiles, SiteConfig config) {
        if (!Files.isDirectory(templatesDir)) {
            problems.error(Path.of("templates"), 0, "the templates/ folder is missing",
                    "create templates/ with base.ftlh, page.ftlh, home.ftlh and landing.ftlh");
            return null;
        }
        try {
            return TemplateEngine.of(templatesDir, staticFiles.published(), config::link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, String>> calloutTitles(SiteConfig config, I18n i18n) {
        Map<String, Map<String, String>> titles = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Map<String, String> strings = i18n.of(language.key());
            Map<String, String> kinds = new LinkedHashMap<>();
            for (String kind : CALLOUT_KINDS) {
                String title = strings.get("callout_" + kind);
                if (title != null) {
                    kinds.put(kind, title);
                }
            }
            if (kinds.size() == CALLOUT_KINDS.size()) {
                titles.put(language.key(), kinds);
            }
        }
        return titles;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path project, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            Path shown = file.startsWith(project) ? project.relativize(file) : file;
            throw new FileFailure("cannot read " + shown + ": " + FileFailure.reason(e), FileFailure.hint(e), e);
        }
    }
}
