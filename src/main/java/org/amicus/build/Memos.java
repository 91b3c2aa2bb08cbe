package org.amicus.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.amicus.content.FrontMatter;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.render.TemplateEngine;
import org.amicus.render.TemplateEngine.TemplateFailure;
import org.amicus.render.view.TemplateRoot;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.util.FilePaths;

/**
 * What a {@link Pipeline} made of each page, kept by a long-lived build ({@code serve}) so that the next run
 * makes again only what its input changed: a page's Markdown while its text and everything else Markdown reads
 * stay the same, a page's HTML while its template engine and its model stay the same. A one-off build uses a
 * fresh one, which then only holds what that build made. Results are only reused when what made them is equal,
 * so a run with memos writes the same bytes as a run without.
 */
public final class Memos {

    /**
     * All a page's Markdown depends on of the page itself. The rest, the same for every page, is in the
     * {@link #markdown} stamp.
     */
    record PageText(String lang, Path file, String body) {
        static PageText of(Page page) {
            return new PageText(page.lang(), page.file(), page.body());
        }
    }

    /** A page as the site model places it, without its body: what other pages' Markdown may read of it. */
    private record PagePlace(String lang, String sourcePath, Path file, FrontMatter frontMatter, String pairKey,
                             String url, String layout, int bodyFirstLine, String fallbackFrom) {
        static PagePlace of(Page page) {
            return new PagePlace(page.lang(), page.sourcePath(), page.file(), page.frontMatter(), page.pairKey(),
                    page.url(), page.layout(), page.bodyFirstLine(), page.fallbackFrom());
        }
    }

    /** Everything but the pages' bodies that the Markdown stage reads. */
    private record MarkdownStamp(Object config, List<String> languages, Map<String, Map<String, String>> callouts,
                                 List<PagePlace> pages, String otherContent) {
    }

    /** What a {@link MarkdownProcessor} is made of. */
    private record ProcessorInput(List<String> languages, Map<String, Map<String, String>> callouts) {
    }

    /** A page's HTML and the model and engine it was rendered with; {@code failure} instead when it failed. */
    private record Rendered(TemplateEngine engine, String layout, Locale locale, TemplateRoot model, String html,
                            TemplateFailure failure) {
    }

    /** How a page is rendered when its memo does not fit. */
    @FunctionalInterface
    interface Render {
        String render() throws TemplateFailure;
    }

    /** Whether results are kept for the next build; a one-off build keeps nothing. */
    private final boolean keep;
    private MarkdownStamp markdownStamp;
    private ProcessorInput processorInput;
    private MarkdownProcessor processor;
    private final Map<PageText, MarkdownStage.PageResult> markdown = new ConcurrentHashMap<>();
    private final Map<Page.Key, Rendered> pages = new ConcurrentHashMap<>();
    /** Compares this build's models with the last build's; a new one for each build. */
    private volatile ModelEquality models = new ModelEquality();
    /** The output paths of the pages this build rendered rather than kept. */
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    /** Memos for builds of one project, one after the other. */
    public Memos() {
        this(true);
    }

    private Memos(boolean keep) {
        this.keep = keep;
    }

    /** For a one-off build: nothing is kept, so nothing is compared. */
    static Memos none() {
        return new Memos(false);
    }

    /**
     * The Markdown processor of these languages and callout titles: the last build's while they are the same, with
     * the parsers it made and the short texts it typeset (titles, descriptions, the data files' texts), which every
     * build typesets again; it keeps every text it typeset, a few thousand in a long session.
     */
    synchronized MarkdownProcessor processor(List<String> languages, Map<String, Map<String, String>> callouts) {
        ProcessorInput input = new ProcessorInput(languages, callouts);
        if (!keep) {
            return new MarkdownProcessor(languages, callouts);
        }
        if (!input.equals(processorInput)) {
            processor = new MarkdownProcessor(languages, callouts);
            processorInput = input;
        }
        return processor;
    }

    /**
     * Each page's Markdown result by its text, for a site whose other input is as {@code site} and the files of
     * {@code content/} but the pages say; emptied when that input changed since the last call.
     */
    synchronized Map<PageText, MarkdownStage.PageResult> markdown(Site site, Path project, List<String> languages,
                                                                Map<String, Map<String, String>> callouts) {
        if (!keep) {
            return new ConcurrentHashMap<>();
        }
        models = new ModelEquality(); // a new build: its models are new
        rendered.clear();
        MarkdownStamp stamp = new MarkdownStamp(site.config(), languages, callouts,
                site.pages().stream().map(PagePlace::of).toList(), otherContent(project.resolve("content")));
        if (!stamp.equals(markdownStamp)) {
            markdown.clear();
            markdownStamp = stamp;
        }
        return markdown;
    }

    /**
     * The page's HTML as {@code render} makes it, or as it made it last time, when the engine is the same one and
     * the model equal ({@link ModelEquality}); a failure is thrown again the same way.
     */
    String page(Page page, TemplateEngine engine, TemplateRoot model, Locale locale, Render render)
            throws TemplateFailure {
        if (!keep) {
            return render.render();
        }
        Rendered last = pages.get(page.key());
        if (last == null || last.engine() != engine || !last.layout().equals(page.layout())
                || !last.locale().equals(locale) || !models.same(last.model(), model)) {
            rendered.add(page.outputPath());
            try {
                last = new Rendered(engine, page.layout(), locale, model, render.render(), null);
            } catch (TemplateFailure failure) {
                last = new Rendered(engine, page.layout(), locale, model, "", failure);
            }
            pages.put(page.key(), last);
        }
        if (last.failure() != null) {
            throw last.failure();
        }
        return last.html();
    }

    /**
     * The pages the last build rendered through their templates rather than kept, by output path
     * ({@code en/the-case/index.html}), sorted: what a save cost, for tests and benchmarks.
     */
    public Set<String> rendered() {
        return new TreeSet<>(rendered);
    }

    /** A digest of every file of {@code content/} but the pages' Markdown: data files, site.yaml, assets. */
    private static String otherContent(Path content) {
        MessageDigest digest = sha256();
        if (Files.isDirectory(content)) {
            try (Stream<Path> walk = Files.walk(content)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md"))
                        .sorted().toList()) {
                    digest.update(FilePaths.slashed(content.relativize(file)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(contents(file));
                    digest.update((byte) 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A file's bytes; one that cannot be read now (deleted meanwhile) differs from every other state. */
    private static byte[] contents(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
