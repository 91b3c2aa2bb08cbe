package org.amicus.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.amicus.check.MarkdownChecks;
import org.amicus.config.Language;
import org.amicus.data.GlossaryTerm;
import org.amicus.data.SiteData;
import org.amicus.diagnostic.Problem;
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
import org.amicus.util.Parallel;

/**
 * The Markdown of every page, on all cores: each page parsed, checked ({@link MarkdownChecks}) and rendered with
 * its links, citations and glossary terms resolved, in one pass, so no more than a page per core is held as a
 * flexmark document. Links to another page's {@code #fragment} are checked after the pass, when every page's
 * heading ids are known. The adapter between the site model and {@code markdown}, which knows nothing of sites.
 * Problems name the page and line.
 */
final class MarkdownStage {

    /** A link to another page's {@code #fragment}, checked once every page's ids are known. */
    private record LaterFragment(Page page, int line, String fragment, String target, String url) {
    }

    /**
     * What the pass made of one page: its body, its problems and its links to other pages' fragments, which a
     * long-lived build keeps ({@link Memos}) and uses again while the page and the rest of the site are the same.
     */
    record PageResult(RenderedMarkdown body, List<Problem> problems, List<LaterFragment> later) {
    }

    private final Site site;
    private final SiteData data;
    private final MarkdownProcessor markdown;
    private final Problems problems;
    private final Map<Memos.PageText, PageResult> memo;
    private final Map<String, Optional<GlossaryContext.Entry>> terms = new ConcurrentHashMap<>();

    /** @param memo each page's result by its text, kept for the next run while the rest of the site stays */
    MarkdownStage(Site site, SiteData data, MarkdownProcessor markdown, Problems problems,
                  Map<Memos.PageText, PageResult> memo) {
        this.site = site;
        this.data = data;
        this.markdown = markdown;
        this.problems = problems;
        this.memo = memo;
    }

    Map<Page, RenderedMarkdown> run() {
        Map<String, SiteLinkTargets> targets = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            targets.put(language.key(), new SiteLinkTargets(site, language.key()));
        }
        Map<Page, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
        Queue<LaterFragment> later = new ConcurrentLinkedQueue<>();
        Parallel.forEach(site.pages(), page -> {
            Memos.PageText text = Memos.PageText.of(page);
            PageResult result = memo.get(text);
            if (result == null) {
                result = page(page, targets);
                memo.put(text, result);
            }
            result.problems().forEach(problems::add);
            later.addAll(result.later());
            if (result.body() != null) {
                bodies.put(page, result.body());
            }
        });
        for (LaterFragment link : later) {
            Page target = site.find(link.page().lang(), link.target()).orElseThrow();
            FileLinkContext.checkFragment(broken(link.page(), problems), link.line(), link.fragment(),
                    bodies.get(target).ids(), link.target(), link.url());
        }
        return bodies;
    }

    /** One page parsed, checked and rendered, its problems apart; a page too deep to read has no body. */
    private PageResult page(Page page, Map<String, SiteLinkTargets> targets) {
        Problems problems = new Problems();
        List<LaterFragment> later = new ArrayList<>();
        RenderedMarkdown[] body = new RenderedMarkdown[1];
        readable(page, problems, () -> {
            MarkdownProcessor.Parsed parsed = markdown.parse(page.textLang(), page.body());
            MarkdownChecks.check(site, data, page, parsed, problems);
            PageContext context = new PageContext(
                    new FileLinkContext(page.sourcePath(), parsed.ids(), targets.get(page.lang()),
                            broken(page, problems), (line, fragment, target, url) -> later.add(
                                    new LaterFragment(page, line, fragment, target, url))),
                    new CitationContext(data.sources()::containsKey, (line, key) -> MarkdownChecks.bodyError(
                            problems, page, line, "unknown source `" + key + "`: it is not in content/data/sources.yaml",
                            Suggestions.didYouMeanOr(key, data.sources().keySet(),
                                    "add it to sources.yaml, or fix the key"))),
                    new GlossaryContext(key -> term(page, key), (line, key) -> unknownTerm(problems, page, line, key),
                            words -> markdown.typesetHtml(page.textLang(), words)));
            body[0] = markdown.render(page.textLang(), parsed, context, true);
            MarkdownChecks.reportUnsafe(problems, page, body[0].unsafe());
        });
        return new PageResult(body[0], problems.sorted(), List.copyOf(later));
    }

    /**
     * Runs the work on a page, and reports a page that nests deeper or has a longer line than flexmark's
     * recursion can take (20,000 {@code >} in a row, say) at its longest line, instead of a stack trace.
     */
    private static void readable(Page page, Problems problems, Runnable work) {
        try {
            work.run();
        } catch (StackOverflowError tooDeep) {
            String[] lines = page.body().split("\n", -1);
            int longest = 0;
            for (int line = 1; line < lines.length; line++) {
                longest = lines[line].length() > lines[longest].length() ? line : longest;
            }
            MarkdownChecks.bodyError(problems, page, longest, "this page nests too deeply or has too long a line "
                    + "for the Markdown reader (this line has " + lines[longest].length() + " characters)",
                    "break the line up, or nest quotes and lists less deeply");
        }
    }

    private static FileLinkContext.BrokenLinks broken(Page page, Problems problems) {
        return (line, message, hint) -> MarkdownChecks.bodyError(problems, page, line, message, hint);
    }

    /**
     * A term the page cannot show. A key of the glossary is shown as text only when its language has no glossary
     * page to link to, which {@link MarkdownChecks} reports once for the page: the key itself is not wrong.
     */
    private void unknownTerm(Problems problems, Page page, int line, String key) {
        if (!data.glossary().containsKey(key)) {
            MarkdownChecks.bodyError(problems, page, line, "unknown glossary term `" + key + "`: it is not in "
                    + "content/data/glossary.yaml", Suggestions.didYouMeanOr(key, data.glossary().keySet(),
                    "add it to glossary.yaml, or fix the key"));
        }
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
