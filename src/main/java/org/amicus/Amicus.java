package org.amicus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.config.SiteConfigLoader;
import org.amicus.content.Asset;
import org.amicus.content.Content;
import org.amicus.content.ContentLoader;
import org.amicus.data.Change;
import org.amicus.data.DataLoader;
import org.amicus.data.SiteData;
import org.amicus.diagnostic.BuildFailedException;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.check.ChangedPages;
import org.amicus.check.LinkChecker;
import org.amicus.output.OutputWriter;
import org.amicus.output.StaticFiles;
import org.amicus.publish.AtomFeeds;
import org.amicus.publish.Redirects;
import org.amicus.publish.SecurityHeaders;
import org.amicus.publish.Sitemaps;
import org.amicus.render.I18n;
import org.amicus.search.SearchIndexer;
import org.amicus.search.SearchStage;
import org.amicus.render.TemplateEngine;
import org.amicus.render.TemplateModels;
import org.amicus.site.Counts;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.site.SiteBuilder;
import org.amicus.site.TranslationStatus;

/**
 * The front door: {@code Amicus.build(options)} runs every stage, config → content → site model → Markdown →
 * templates → output, and either writes the whole site or, on any error, nothing at all.
 */
public final class Amicus {

    /** Callout titles come from the i18n files when they have these keys. */
    private static final List<String> CALLOUT_KINDS = List.of("note", "tip", "important", "warning", "caution",
            "figures");

    private Amicus() {
    }

    /**
     * Builds the site into {@code options.out()}.
     *
     * @throws BuildFailedException with every problem found, when the input has errors; the output is untouched
     */
    public static BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Rendered rendered = render(options);
        OutputWriter.checkOutputFolder(options.out(), options.project());
        OutputWriter.write(options.out(), rendered.files());
        return new BuildResult(rendered.pagesPerLanguage(), rendered.missing(), rendered.stale(), rendered.untracked(),
                rendered.files().size(),
                rendered.warnings(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Every output file in memory, or the build's problems. Nothing is written. */
    record Rendered(SortedMap<String, byte[]> files, Map<String, Integer> pagesPerLanguage,
                    Map<String, Integer> missing, Map<String, Integer> stale, Map<String, Integer> untracked,
                    List<Problem> warnings) {
    }

    /**
     * Every check of a build, the link check of the pages it would write included, without writing anything:
     * what {@code amicus check} reports. Errors and warnings, sorted by file and line.
     */
    public static List<Problem> check(BuildOptions options) {
        try {
            return render(options, false).warnings();
        } catch (BuildFailedException failure) {
            return failure.problems();
        }
    }

    static Rendered render(BuildOptions options) {
        return render(options, true);
    }

    /**
     * Each translation with its state and the version of its source it should record: what a translator
     * copies into {@code translatedFrom:}. Loads the content only; throws when it has errors.
     */
    public static List<String> translationReport(BuildOptions options) {
        Problems problems = new Problems();
        Content content = new ContentLoader(options.project(), problems).load().orElse(null);
        problems.throwIfErrors();
        Site site = new SiteBuilder(content.config(), problems).build(content, options.drafts());
        problems.throwIfErrors();
        List<String> lines = new ArrayList<>();
        TranslationStatus.measure(site, new Problems()).all().entrySet().stream()
                .sorted(java.util.Comparator.comparing(e -> e.getKey().file().toString()))
                .forEach(e -> lines.add(e.getKey().file().toString().replace('\\', '/') + ": "
                        + e.getValue().state().name().toLowerCase(java.util.Locale.ROOT) + "; "
                        + e.getValue().source().file().toString().replace('\\', '/') + " is at version "
                        + e.getValue().sourceVersion()));
        return lines;
    }

    /** @param withSearch whether to build the search indexes (seconds of JavaScript a check can skip) */
    static Rendered render(BuildOptions options, boolean withSearch) {
        Path project = options.project();
        Problems problems = new Problems();
        Content content = new ContentLoader(project, problems).load().orElse(null);
        problems.throwIfErrors();
        SiteConfig config = options.baseUrl() == null ? content.config()
                : content.config().withBaseUrl(SiteConfigLoader.normalizeBaseUrl(options.baseUrl())
                        .orElseThrow(() -> new IllegalArgumentException("--base-url must be an absolute http(s) URL")));
        Site site = new SiteBuilder(config, problems).build(content, options.drafts());
        TranslationStatus translations = TranslationStatus.measure(site, problems);

        Path templatesDir = project.resolve("templates");
        StaticFiles staticFiles = StaticFiles.of(templatesDir);
        TemplateEngine engine = templateEngine(templatesDir, staticFiles, config, problems);
        I18n i18n = I18n.load(project, config.languages(), problems);
        SiteData data = new DataLoader(project, config, problems).load();
        ChangedPages.check(data.changes(), site, problems);
        for (Page page : site.pages()) {
            if (engine != null && !engine.exists(page.layout())) {
                problems.error(page.file(), page.frontMatter().lineOf("layout"), "there is no template templates/"
                        + page.layout() + ".ftlh", "create it, or set `layout:` to an existing template");
            }
        }
        problems.throwIfErrors();

        MarkdownProcessor markdown = new MarkdownProcessor(
                config.languages().stream().map(Language::key).toList(), calloutTitles(config, i18n));
        Map<Page, RenderedMarkdown> bodies = new MarkdownStage(site, data, markdown, problems).run();
        problems.throwIfErrors();

        SortedMap<String, byte[]> files = new TreeMap<>();
        TemplateModels models = new TemplateModels(site, data, translations, i18n, bodies, staticFiles.published(),
                markdown::typeset);
        Map<String, byte[]> pages = new ConcurrentHashMap<>();
        Map<Problem, TemplateEngine.TemplateFailure> reported = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> {
            try {
                String html = engine.render(page.layout(), models.forPage(page),
                        config.language(page.lang()).orElseThrow().javaLocale(), page.file());
                pages.put(page.outputPath(), html.getBytes(StandardCharsets.UTF_8));
            } catch (TemplateEngine.TemplateFailure failure) {
                reportOnce(reported, failure);
            }
        });
        files.putAll(pages);
        try {
            files.put("index.html", engine.render("landing", models.forLanding(),
                    config.defaultLanguageConfig().javaLocale(), Path.of("content", "site.yaml"))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (TemplateEngine.TemplateFailure failure) {
            reportOnce(reported, failure);
        }
        publish(site, engine, models, markdown, files, problems, reported, data.changes(), i18n);
        reported.values().forEach(failure -> problems.add(failure.problem()));
        problems.throwIfErrors(); // before the search index, which takes seconds to build
        files.putAll(staticFiles.contents());
        if (withSearch) {
            files.putAll(SearchStage.run(site, bodies, templatesDir.resolve("static/js"), markdown::typeset,
                    options.out()));
        } else if (SearchStage.hasSearchPage(site)) {
            files.put(SearchStage.LUNR_PATH, SearchIndexer.lunrFile()); // pages link to it
        }
        for (Asset asset : site.assets()) {
            files.put(asset.outputPath(), read(asset.source()));
        }
        // Last, every link and #anchor of the pages as written, templates' links and raw HTML included.
        problems.throwIfErrors();
        LinkChecker.check(files, options.out(), config.link("/")).forEach(problems::add);
        if (options.strict()) {
            problems.promoteWarnings(" (an error with --strict)");
        }
        problems.throwIfErrors();
        return new Rendered(files, Counts.pages(site), Counts.missingTranslations(site),
                Counts.translations(site, translations, TranslationStatus.State.STALE),
                Counts.translations(site, translations, TranslationStatus.State.UNTRACKED), problems.warnings());
    }

    /** What a published site needs beside its pages: sitemaps, robots.txt, feeds, redirects, a 404 page. */
    private static void publish(Site site, TemplateEngine engine, TemplateModels models, MarkdownProcessor markdown,
                                SortedMap<String, byte[]> files, Problems problems,
                                Map<Problem, TemplateEngine.TemplateFailure> reported,
                                List<Change> changes, I18n i18n) {
        SiteConfig config = site.config();
        Sitemaps.write(site).forEach((path, xml) -> files.put(path, xml.getBytes(StandardCharsets.UTF_8)));
        files.put("robots.txt", Sitemaps.robots(config).getBytes(StandardCharsets.UTF_8));
        files.put("_headers", SecurityHeaders.file().getBytes(StandardCharsets.UTF_8));
        AtomFeeds.write(site, changes, i18n::of, markdown::typeset).forEach((path, xml) -> files.put(path,
                xml.getBytes(StandardCharsets.UTF_8)));
        if (engine.exists("404")) {
            try {
                files.put("404.html", engine.render("404", models.forLanding(),
                        config.defaultLanguageConfig().javaLocale(), Path.of("content", "site.yaml"))
                        .getBytes(StandardCharsets.UTF_8));
            } catch (TemplateEngine.TemplateFailure failure) {
                reportOnce(reported, failure);
            }
        }
        Redirects.collect(site, files.keySet(), problems).forEach((path, target) -> {
            try {
                files.put(path, engine.render("redirect", models.forRedirect(target),
                        config.language(target.lang()).orElseThrow().javaLocale(), target.file())
                        .getBytes(StandardCharsets.UTF_8));
            } catch (TemplateEngine.TemplateFailure failure) {
                reportOnce(reported, failure);
            }
        });
    }

    /** The same template mistake breaks every page; say it once, naming the first page it broke by path. */
    private static void reportOnce(Map<Problem, TemplateEngine.TemplateFailure> reported,
                                   TemplateEngine.TemplateFailure failure) {
        reported.merge(failure.mistake(), failure, (one, other) -> Problem.ORDER.compare(one.problem(),
                other.problem()) <= 0 ? one : other);
    }

    private static TemplateEngine templateEngine(Path templatesDir, StaticFiles staticFiles, SiteConfig config,
                                                 Problems problems) {
        if (!Files.isDirectory(templatesDir)) {
            problems.error(Path.of("templates"), 0, "the templates/ folder is missing",
                    "create templates/ with base.ftlh, page.ftlh, home.ftlh and landing.ftlh");
            return null;
        }
        try {
            return new TemplateEngine(templatesDir, staticFiles.published(), config::link);
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

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileFailure("cannot read " + file + ": " + FileFailure.reason(e), e);
        }
    }
}
