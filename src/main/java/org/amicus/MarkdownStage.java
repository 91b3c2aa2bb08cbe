package org.amicus;

import com.vladsch.flexmark.util.ast.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amicus.config.Language;
import org.amicus.data.GlossaryTerm;
import org.amicus.data.SiteData;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.PageContext;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.markdown.citation.CitationContext;
import org.amicus.markdown.filelink.FileLinkContext;
import org.amicus.markdown.glossary.GlossaryContext;
import org.amicus.markdown.glossary.TermReference;
import org.amicus.site.Page;
import org.amicus.site.Site;

/**
 * The Markdown stage of a build: every page parsed first (so every page's heading ids are known), then rendered
 * with its links, citations and glossary terms resolved, on all cores. Problems name the page and line.
 */
final class MarkdownStage {

    private final Site site;
    private final SiteData data;
    private final MarkdownProcessor markdown;
    private final Problems problems;
    private final Map<String, Optional<GlossaryContext.Entry>> terms = new ConcurrentHashMap<>();

    MarkdownStage(Site site, SiteData data, MarkdownProcessor markdown, Problems problems) {
        this.site = site;
        this.data = data;
        this.markdown = markdown;
        this.problems = problems;
    }

    Map<Page, RenderedMarkdown> run() {
        Map<Page, MarkdownProcessor.Parsed> parsed = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> parsed.put(page, markdown.parse(page.textLang(), page.body())));
        for (Page page : site.pages()) {
            checkSourceKeys(page);
            parsed.get(page).duplicateIds().forEach((id, line) -> error(page, line, "two headings have the id `"
                    + id + "`", "give each heading its own `{#id}`: links and the table of contents need one target"));
            checkGlossaryPage(page, parsed.get(page));
            checkAltText(page, parsed.get(page));
        }
        Map<String, SiteLinkTargets> targets = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            targets.put(language.key(), new SiteLinkTargets(site, language.key(), parsed));
        }
        Map<Page, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> {
            PageContext context = new PageContext(
                    new FileLinkContext(page.sourcePath(), parsed.get(page).ids(), targets.get(page.lang()),
                            (line, message, hint) -> error(page, line, message, hint)),
                    new CitationContext(data.sources()::containsKey, (line, key) -> error(page, line,
                            "unknown source `" + key + "`: it is not in content/data/sources.yaml",
                            hint(key, data.sources().keySet(), "add it to sources.yaml, or fix the key"))),
                    new GlossaryContext(key -> term(page, key), (line, key) -> error(page, line,
                            "unknown glossary term `" + key + "`: it is not in content/data/glossary.yaml",
                            hint(key, data.glossary().keySet(), "add it to glossary.yaml, or fix the key")),
                            words -> markdown.typeset(page.textLang(), words)));
            bodies.put(page, markdown.render(page.textLang(), parsed.get(page), context, true));
        });
        return bodies;
    }

    /** A term as the pages of a language show it; typeset once per language, not at every use. */
    private Optional<GlossaryContext.Entry> term(Page page, String key) {
        return terms.computeIfAbsent(page.lang() + " " + page.textLang() + " " + key,
                k -> newTerm(page.lang(), page.textLang(), key));
    }

    private Optional<GlossaryContext.Entry> newTerm(String siteLang, String textLang, String key) {
        GlossaryTerm term = data.glossary().get(key);
        Optional<Page> glossaryPage = site.withLayout(siteLang, "glossary");
        if (term == null || glossaryPage.isEmpty()) {
            return Optional.empty();
        }
        GlossaryTerm.Definition definition = term.in(textLang);
        return Optional.of(new GlossaryContext.Entry(markdown.typeset(textLang, definition.term()),
                markdown.typeset(textLang, definition.shortDefinition()),
                site.config().link(glossaryPage.get().url()) + "#" + key));
    }

    /** Terms link to the glossary page of their language, so it must exist once a page uses a term. */
    private void checkGlossaryPage(Page page, MarkdownProcessor.Parsed parsed) {
        if (site.withLayout(page.lang(), "glossary").isPresent()) {
            return;
        }
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof TermReference) {
                error(page, node.getLineNumber(), "glossary term `" + ((TermReference) node).getKey()
                        + "` used, but the " + page.lang() + " site has no glossary page",
                        "add content/" + page.lang() + "/glossary.md with `layout: glossary` in its front matter");
                return;
            }
        }
    }

    /** An image without a description leaves screen-reader users out; a warning, an error with --strict. */
    private void checkAltText(Page page, MarkdownProcessor.Parsed parsed) {
        if (page.isFallback()) {
            return;
        }
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Image image && image.getText().isBlank()) {
                problems.warning(page.file(), page.bodyFirstLine() + image.getLineNumber(), "image `"
                        + image.getUrl() + "` has no alt text", "describe what it shows between the brackets: "
                        + "`![A chart of the two awards](" + image.getUrl() + ")`");
            }
        }
    }

    private void checkSourceKeys(Page page) {
        if (page.isFallback() || page.frontMatter().sources() == null) {
            return;
        }
        for (String key : page.frontMatter().sources()) {
            if (!data.sources().containsKey(key)) {
                problems.error(page.file(), page.frontMatter().lineOf("sources"), "unknown source `" + key
                        + "` in `sources:`", hint(key, data.sources().keySet(), "use a key of content/data/sources.yaml"));
            }
        }
    }

    /** Problems of a fallback page are its source's, reported once, on the source. */
    private void error(Page page, int bodyLine, String message, String hint) {
        if (!page.isFallback()) {
            problems.error(page.file(), page.bodyFirstLine() + bodyLine, message, hint);
        }
    }

    private static String hint(String key, java.util.Set<String> known, String otherwise) {
        String suggestion = Suggestions.didYouMean(key, known);
        return suggestion.isEmpty() ? otherwise : suggestion;
    }
}
