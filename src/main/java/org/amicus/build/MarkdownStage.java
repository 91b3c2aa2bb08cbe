package org.amicus.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amicus.check.MarkdownChecks;
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
import org.amicus.site.Page;
import org.amicus.site.Site;

/**
 * The Markdown of every page, on all cores: parsed first (so every page's heading ids are known), then rendered
 * with its links, citations and glossary terms resolved. The adapter between the site model and {@code markdown},
 * which knows nothing of sites. Problems name the page and line.
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

    Map<Page, MarkdownProcessor.Parsed> parse() {
        Map<Page, MarkdownProcessor.Parsed> parsed = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> parsed.put(page, markdown.parse(page.textLang(), page.body())));
        return parsed;
    }

    Map<Page, RenderedMarkdown> render(Map<Page, MarkdownProcessor.Parsed> parsed) {
        Map<String, SiteLinkTargets> targets = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            targets.put(language.key(), new SiteLinkTargets(site, language.key(), parsed));
        }
        Map<Page, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> {
            PageContext context = new PageContext(
                    new FileLinkContext(page.sourcePath(), parsed.get(page).ids(), targets.get(page.lang()),
                            (line, message, hint) -> MarkdownChecks.bodyError(problems, page, line, message, hint)),
                    new CitationContext(data.sources()::containsKey, (line, key) -> MarkdownChecks.bodyError(
                            problems, page, line, "unknown source `" + key + "`: it is not in content/data/sources.yaml",
                            Suggestions.didYouMeanOr(key, data.sources().keySet(),
                                    "add it to sources.yaml, or fix the key"))),
                    new GlossaryContext(key -> term(page, key), (line, key) -> MarkdownChecks.bodyError(problems,
                            page, line, "unknown glossary term `" + key + "`: it is not in content/data/glossary.yaml",
                            Suggestions.didYouMeanOr(key, data.glossary().keySet(),
                                    "add it to glossary.yaml, or fix the key")),
                            words -> markdown.typesetHtml(page.textLang(), words)));
            RenderedMarkdown body = markdown.render(page.textLang(), parsed.get(page), context, true);
            MarkdownChecks.reportUnsafe(problems, page, body.unsafe());
            bodies.put(page, body);
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
        return Optional.of(new GlossaryContext.Entry(markdown.typesetHtml(textLang, definition.term()),
                markdown.typesetHtml(textLang, definition.shortDefinition()),
                site.config().link(glossaryPage.get().url()) + "#" + key));
    }
}
