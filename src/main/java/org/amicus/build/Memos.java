package org.amicus.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.amicus.check.LinkChecker;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.content.Asset;
import org.amicus.content.ContentLoader;
import org.amicus.content.FrontMatter;
import org.amicus.data.DataLoader;
import org.amicus.data.SiteData;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.output.StaticFiles;
import org.amicus.render.I18n;
import org.amicus.render.TemplateEngine;
import org.amicus.render.TemplateEngine.TemplateFailure;
import org.amicus.render.ViewMemos;
import org.amicus.render.view.TemplateRoot;
import org.amicus.search.SearchStage;
import org.amicus.site.Page;
import org.amicus.site.Site;

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

    /**
     * Everything but the pages' bodies that the Markdown stage reads: of the files of {@code content/} but the
     * pages, the data files (as read) and the paths of the files beside the pages, never their bytes.
     */
    private record MarkdownStamp(Object config, List<String> languages, Map<String, Map<String, String>> callouts,
                                 List<PagePlace> pages, List<String> assets, SiteData data) {
    }

    /**
     * What was read of a folder of YAML files (the data files, the UI strings): the site's languages and each file's
     * bytes, what they made, and what reading them reported.
     */
    private record FolderRead<T>(List<Language> languages, Map<String, ByteBuffer> files, T result,
                                 List<Problem> problems) {
    }

    /** What a {@link MarkdownProcessor} is made of. */
    private record ProcessorInput(List<String> languages, Map<String, Map<String, String>> callouts) {
    }

    /**
     * A page as a build writes it, and the model and engine it was rendered with; {@code failure} instead when it
     * failed.
     */
    private record Rendered(TemplateEngine engine, String layout, Locale locale, TemplateRoot model, PageFile file,
                            TemplateFailure failure) {
    }

    /** A page as a build writes it: its HTML as UTF-8, and what the link check reads of it. */
    record PageFile(byte[] bytes, LinkChecker.Scanned links) {
        static PageFile of(String html) {
            return new PageFile(html.getBytes(StandardCharsets.UTF_8), LinkChecker.scan(html));
        }
    }

    /** How a page is rendered when its memo does not fit. */
    @FunctionalInterface
    interface Render {
        String render() throws TemplateFailure;
    }

    private static final Path DATA = Path.of("content", "data");
    private static final Path I18N = Path.of("templates", "i18n");

    /** Whether results are kept for the next build; a one-off build keeps nothing. */
    private final boolean keep;
    private final Map<Path, ContentLoader.PageRead> pageReads = new ConcurrentHashMap<>();
    private final Map<Path, StaticFiles.Hashed> staticHashes = new ConcurrentHashMap<>();
    private FolderRead<SiteData> dataRead;
    private FolderRead<I18n> i18nRead;
    private MarkdownStamp markdownStamp;
    private ProcessorInput processorInput;
    private MarkdownProcessor processor;
    private final Map<PageText, MarkdownStage.PageResult> markdown = new ConcurrentHashMap<>();
    private final Map<Page.Key, Rendered> pages = new ConcurrentHashMap<>();
    private ViewMemos views = new ViewMemos();
    private final LinkChecker.Reads linkReads = new LinkChecker.Reads();
    private final SearchStage.Documents searchDocuments = new SearchStage.Documents();
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
     * The data files of {@code content/data/} as {@link DataLoader} reads them, with its problems added to
     * {@code problems}: the last build's while the files' bytes and the languages are the same, so that a page save
     * does not read and check them again.
     */
    synchronized SiteData data(Path project, SiteConfig config, Problems problems) {
        if (!keep) {
            return new DataLoader(project, config, problems).load();
        }
        dataRead = reread(dataRead, project.resolve(DATA), config.languages(),
                own -> new DataLoader(project, config, own).load());
        dataRead.problems().forEach(problems::add);
        return dataRead.result();
    }

    /** The UI strings of {@code templates/i18n/}, as {@link #data} keeps the data files. */
    synchronized I18n i18n(Path project, List<Language> languages, Problems problems) {
        if (!keep) {
            return I18n.load(project, languages, problems);
        }
        i18nRead = reread(i18nRead, project.resolve(I18N), languages, own -> I18n.load(project, languages, own));
        i18nRead.problems().forEach(problems::add);
        return i18nRead.result();
    }

    /** What {@code read} makes of a folder: {@code last}'s while the files' bytes and the languages are the same. */
    private static <T> FolderRead<T> reread(FolderRead<T> last, Path folder, List<Language> languages,
                                            Function<Problems, T> read) {
        // Read before the loader reads them: a file changed in between differs from these bytes next time.
        Map<String, ByteBuffer> files = bytes(folder);
        if (last != null && last.languages().equals(languages) && last.files().equals(files)) {
            return last;
        }
        Problems own = new Problems();
        T result = read.apply(own);
        return new FolderRead<>(languages, files, result, own.sorted());
    }

    /**
     * What earlier loads read of each page file, reused while its bytes are the same (see {@link ContentLoader});
     * none for a one-off build.
     */
    Map<Path, ContentLoader.PageRead> pageReads() {
        return keep ? pageReads : null;
    }

    /**
     * The stylesheets and scripts of {@code templates/static/} as earlier loads hashed them (see {@link StaticFiles});
     * a new map, kept by nobody, for a one-off build.
     */
    Map<Path, StaticFiles.Hashed> staticHashes() {
        return keep ? staticHashes : new HashMap<>();
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
            views = new ViewMemos(); // they hold the last processor's texts
        }
        return processor;
    }

    /**
     * Each page's Markdown result by its text, for a site whose other input is as {@code site} and {@code data}
     * say; emptied when that input changed since the last call.
     */
    synchronized Map<PageText, MarkdownStage.PageResult> markdown(Site site, SiteData data, List<String> languages,
                                                                Map<String, Map<String, String>> callouts) {
        if (!keep) {
            return new ConcurrentHashMap<>();
        }
        models = new ModelEquality(); // a new build: its models are new
        rendered.clear();
        MarkdownStamp stamp = new MarkdownStamp(site.config(), languages, callouts,
                site.pages().stream().map(PagePlace::of).toList(),
                site.assets().stream().map(Asset::outputPath).toList(), data);
        if (!stamp.equals(markdownStamp)) {
            markdown.clear();
            markdownStamp = stamp;
        }
        return markdown;
    }

    /**
     * The page as {@code render} makes it, or as it made it last time, when the engine is the same one and the
     * model equal ({@link ModelEquality}); a failure is thrown again the same way.
     */
    PageFile page(Page page, TemplateEngine engine, TemplateRoot model, Locale locale, Render render)
            throws TemplateFailure {
        if (!keep) {
            return PageFile.of(render.render());
        }
        Rendered last = pages.get(page.key());
        if (last == null || last.engine() != engine || !last.layout().equals(page.layout())
                || !last.locale().equals(locale) || !models.same(last.model(), model)) {
            rendered.add(page.outputPath());
            try {
                last = new Rendered(engine, page.layout(), locale, model, PageFile.of(render.render()), null);
            } catch (TemplateFailure failure) {
                last = new Rendered(engine, page.layout(), locale, model, null, failure);
            }
            pages.put(page.key(), last);
        }
        if (last.failure() != null) {
            throw last.failure();
        }
        return last.file();
    }

    /** The views the last build made with the same processor; a one-off build's own. */
    synchronized ViewMemos views() {
        return views;
    }

    /** What the link check found reading each page in the last build; a one-off build's own. */
    LinkChecker.Reads linkReads() {
        return linkReads;
    }

    /** Each page's search document as the last build made it; a one-off build's own. */
    SearchStage.Documents searchDocuments() {
        return searchDocuments;
    }

    /** Each file of a folder and its subfolders, by path; a file that cannot be read differs from every other. */
    private static Map<String, ByteBuffer> bytes(Path folder) {
        Map<String, ByteBuffer> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                // A file that became a link is an error, which reading it again reports.
                walk.filter(Files::isRegularFile).forEach(file -> files.put((Files.isSymbolicLink(file) ? "link "
                        : "") + folder.relativize(file), ByteBuffer.wrap(contents(file))));
            } catch (IOException | UncheckedIOException e) {
                files.put("", ByteBuffer.wrap(unreadable()));
            }
        }
        return files;
    }

    private static byte[] contents(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return unreadable();
        }
    }

    /** Bytes unlike any read before, so that what could not be read is read again next time. */
    private static byte[] unreadable() {
        return UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The pages the last build rendered through their templates rather than kept, by output path
     * ({@code en/the-case/index.html}), sorted: what a save cost, for tests and benchmarks.
     */
    public Set<String> rendered() {
        return new TreeSet<>(rendered);
    }
}
