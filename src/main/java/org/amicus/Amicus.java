package org.amicus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.amicus.build.Memos;
import org.amicus.build.Pipeline;
import org.amicus.content.Content;
import org.amicus.content.ContentLoader;
import org.amicus.diagnostic.BuildFailedException;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.amicus.output.OutputWriter;
import org.amicus.site.Counts;
import org.amicus.site.Site;
import org.amicus.site.SiteBuilder;
import org.amicus.site.TranslationStatus;
import org.amicus.util.FilePaths;

/**
 * The front door: {@code Amicus.build(options)} runs the stages of {@link Pipeline}, config and content → site
 * model → Markdown → templates → published files → search → link check, and either writes the whole site or, on
 * any error, nothing at all.
 */
public final class Amicus {

    private Amicus() {
    }

    /**
     * Builds the site into {@code options.out()}.
     *
     * @throws BuildFailedException with every problem found, when the input has errors; the output is untouched
     */
    public static BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Pipeline pipeline = new Pipeline();
        // The output folder first: one that may not be replaced is said at once, not after the whole build.
        try (OutputWriter output = OutputWriter.open(options.out(), options.project())) {
            Pipeline.Checked site = render(pipeline, parse(pipeline, options), output, options,
                    Pipeline.FirstPages.NONE);
            Pipeline.write(site);
            return result(site, output, start);
        }
    }

    /** A site made in memory: every file by output path (the manifest aside), and what its build reports. */
    public record Made(BuildResult result, SortedMap<String, byte[]> files) {
    }

    /**
     * Makes the site in memory, reusing what earlier builds with the same {@code memos} made where their input
     * was the same: what {@code serve} does after each change. Writes nothing.
     *
     * @throws BuildFailedException with every problem found, when the input has errors
     */
    public static Made make(BuildOptions options, Memos memos) {
        return make(options, memos, Pipeline.FirstPages.NONE);
    }

    /**
     * As {@link #make(BuildOptions, Memos)}, handing {@code first}'s pages over as soon as they are rendered, before
     * the rest of the site is made and checked.
     */
    public static Made make(BuildOptions options, Memos memos, Pipeline.FirstPages first) {
        long start = System.nanoTime();
        Pipeline pipeline = new Pipeline(memos);
        OutputWriter output = OutputWriter.inMemory();
        Pipeline.Checked site = render(pipeline, parse(pipeline, options), output, options, first);
        Pipeline.write(site);
        return new Made(result(site, output, start), output.kept());
    }

    private static BuildResult result(Pipeline.Checked site, OutputWriter output, long start) {
        Site model = site.model().site();
        TranslationStatus translations = site.model().translations();
        List<Problem> warnings = new ArrayList<>(site.warnings());
        warnings.addAll(output.leftovers());
        return new BuildResult(Counts.pages(model), Counts.missingTranslations(model),
                Counts.translations(model, translations, TranslationStatus.State.STALE),
                Counts.translations(model, translations, TranslationStatus.State.UNTRACKED),
                output.paths().size(), warnings, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Every check of a build, the link check of the pages it would write included, without writing anything:
     * what {@code amicus check} reports. Errors and warnings, sorted by file and line.
     */
    public static List<Problem> check(BuildOptions options) {
        try {
            Pipeline pipeline = new Pipeline();
            return render(pipeline, parse(pipeline, options), OutputWriter.discarding(), options,
                    Pipeline.FirstPages.NONE).warnings();
        } catch (BuildFailedException failure) {
            return failure.problems();
        }
    }

    /**
     * Each translation with its state and the version of its source it should record: what a translator
     * copies into {@code translatedFrom:}. Drafts are listed too, marked as such, since they are what
     * translators work on. Loads the content only; throws when it has errors.
     */
    public static List<String> translationReport(BuildOptions options) {
        Problems problems = new Problems();
        Content content = new ContentLoader(options.project(), problems).load().orElse(null);
        problems.throwIfErrors();
        Site site = new SiteBuilder(content.config(), problems).build(content, true);
        problems.throwIfErrors();
        List<String> lines = new ArrayList<>();
        TranslationStatus.measure(site, new Problems()).all().entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().file().toString()))
                .forEach(e -> lines.add(FilePaths.slashed(e.getKey().file()) + ": "
                        + e.getValue().state().name().toLowerCase(Locale.ROOT)
                        + (e.getKey().frontMatter().draft() ? " (a draft: not published until `draft: true` goes)"
                                : "") + "; "
                        + FilePaths.slashed(e.getValue().source().file()) + " is at version "
                        + e.getValue().sourceVersion()));
        return lines;
    }

    /** The stages before anything is written: the content, the site model, every page's body. */
    private static Pipeline.Bodies parse(Pipeline pipeline, BuildOptions options) {
        Pipeline.Loaded loaded = pipeline.load(options.project(), options.baseUrl());
        Pipeline.Modelled model = pipeline.model(loaded, options.drafts());
        return pipeline.markdown(model);
    }

    /**
     * The pages written to {@code output} and the other files of the site, its links checked; or the build's
     * problems. Nothing is swapped in.
     */
    private static Pipeline.Checked render(Pipeline pipeline, Pipeline.Bodies bodies, OutputWriter output,
                                           BuildOptions options, Pipeline.FirstPages first) {
        Pipeline.Pages pages = pipeline.templates(bodies, output, options.out(), first);
        Pipeline.Published published = pipeline.publish(pages);
        Pipeline.Searched searched = pipeline.search(published);
        return pipeline.checkLinks(pages, searched, options.strict());
    }
}
