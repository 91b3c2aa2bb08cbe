package org.amicus.check;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amicus.data.SiteData;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.Nodes;
import org.amicus.markdown.SourceLines;
import org.amicus.markdown.figure.Figure;
import org.amicus.markdown.figure.FigureExtension;
import org.amicus.markdown.glossary.TermReference;
import org.amicus.markdown.safety.Finding;
import org.amicus.site.Page;
import org.amicus.site.Site;

/**
 * The checks of a page's Markdown against the site, run once it is parsed and before it is rendered: the keys of {@code sources:}, heading ids given twice, a glossary page for the terms a language
 * uses, images' alt text, what the content policy refuses, Markdown that would not come out as meant
 * ({@link MarkdownSyntax}), and the front matter's {@code image:} ({@link PageImages}). Problems name the page and
 * line.
 */
public final class MarkdownChecks {

    private MarkdownChecks() {
    }

    /** The checks of the site's pages that need no Markdown: each front matter's {@code image:}. */
    public static void checkFrontMatter(Site site, Problems problems) {
        PageImages.check(site, problems);
    }

    public static void check(Site site, SiteData data, Page page, MarkdownProcessor.Parsed parsed,
                             Problems problems) {
        checkSourceKeys(page, data, problems);
        parsed.duplicateIds().forEach((id, line) -> bodyError(problems, page, line,
                "two headings have the id `" + id + "`",
                "give each heading its own `{#id}`: links and the table of contents need one target"));
        checkGlossaryPage(site, page, parsed, problems);
        checkAltText(page, parsed, problems);
        reportUnsafe(problems, page, parsed.unsafe());
        parsed.figures().forEach(mistake -> bodyError(problems, page, mistake.bodyLine(), mistake.message(),
                mistake.fix()));
        checkDrawnFigures(page, data, parsed, problems);
        MarkdownSyntax.check(page, parsed.document(), data.glossary().keySet(), data.figureNames(), problems);
    }

    /**
     * An error at a line of a page's body. A fallback page's problems are its source's, reported once, on the
     * source, so none is reported on the fallback.
     */
    public static void bodyError(Problems problems, Page page, int bodyLine, String message, String hint) {
        if (!page.isFallback()) {
            problems.error(page.file(), page.bodyFirstLine() + bodyLine, message, hint);
        }
    }

    /** A warning at a line of a page's body; none on a fallback page, as for {@link #bodyError}. */
    public static void bodyWarning(Problems problems, Page page, int bodyLine, String message, String hint) {
        if (!page.isFallback()) {
            problems.warning(page.file(), page.bodyFirstLine() + bodyLine, message, hint);
        }
    }

    /** What the content policy refuses, at its line: an error, since the page cannot be published as written. */
    public static void reportUnsafe(Problems problems, Page page, List<Finding> findings) {
        findings.forEach(finding -> bodyError(problems, page, finding.bodyLine(), finding.message(), finding.fix()));
    }

    private static void checkSourceKeys(Page page, SiteData data, Problems problems) {
        // A translation that inherits `sources:` does not hold the mistake: its source page reports it.
        if (page.isFallback() || page.frontMatter().sources() == null
                || !page.frontMatter().lines().containsKey("sources")) {
            return;
        }
        for (String key : page.frontMatter().sources()) {
            if (!data.sources().containsKey(key)) {
                problems.error(page.file(), page.frontMatter().lineOf("sources"), "unknown source `" + key
                        + "` in `sources:`", Suggestions.didYouMeanOr(key, data.sources().keySet(),
                        "use a key of content/data/sources.yaml"));
            }
        }
    }

    /** Each {@code [!FIGURE name]} names a figure the data draws, once per page, since its ids are the page's. */
    private static void checkDrawnFigures(Page page, SiteData data, MarkdownProcessor.Parsed parsed,
                                          Problems problems) {
        List<String> names = data.figureNames();
        Set<String> placed = new HashSet<>();
        for (Figure figure : FigureExtension.drawn(parsed.document())) {
            int line = SourceLines.of(figure);
            if (!names.contains(figure.name())) {
                String known = names.isEmpty() ? "the site draws no figure from data yet"
                        : "the figures drawn from data are " + String.join(", ", names.stream()
                        .map(name -> "`" + name + "`").toList());
                bodyError(problems, page, line, "there is no figure `" + figure.name() + "` to draw",
                        Suggestions.closest(figure.name(), names).map(name -> "did you mean `[!"
                                + FigureExtension.MARKER + " " + name + "]`? ").orElse("") + known + "; add one to "
                                + "content/data/figures.yaml, or write `[!" + FigureExtension.MARKER + "]` with an "
                                + "image");
            } else if (!placed.add(figure.name())) {
                bodyError(problems, page, line, "the figure `" + figure.name() + "` is already on this page",
                        "place each figure once on a page");
            }
        }
    }

    /** Terms link to the glossary page of their language, so it must exist once a page uses a term. */
    private static void checkGlossaryPage(Site site, Page page, MarkdownProcessor.Parsed parsed, Problems problems) {
        if (site.withLayout(page.lang(), "glossary").isPresent()) {
            return;
        }
        for (Node node : Nodes.below(parsed.document())) {
            if (node instanceof TermReference term) {
                bodyError(problems, page, SourceLines.of(term), "glossary term `" + term.getKey() + "` used, but the "
                        + page.lang() + " site has no glossary page",
                        "add content/" + page.lang() + "/glossary.md with `layout: glossary` in its front matter");
                return;
            }
        }
    }

    /** An image without a description leaves screen-reader users out; a warning, an error with --strict. */
    private static void checkAltText(Page page, MarkdownProcessor.Parsed parsed, Problems problems) {
        if (page.isFallback()) {
            return;
        }
        for (Node node : Nodes.below(parsed.document())) {
            if (node instanceof Image image && image.getText().isBlank()) {
                bodyWarning(problems, page, SourceLines.of(image), "image `" + image.getUrl() + "` has no alt text",
                        "describe what it shows between the brackets: `![A chart of the two awards](" + image.getUrl()
                                + ")`");
            }
        }
    }
}
