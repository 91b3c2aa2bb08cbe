package org.amicus.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.content.FrontMatter;
import org.amicus.data.Change;
import org.amicus.data.SiteData;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.render.view.Alternate;
import org.amicus.render.view.ChangeView;
import org.amicus.render.view.DataView;
import org.amicus.render.view.DateView;
import org.amicus.render.view.FallbackSource;
import org.amicus.render.view.GlossaryEntry;
import org.amicus.render.view.GuideChapter;
import org.amicus.render.view.LandingChoice;
import org.amicus.render.view.LanguageView;
import org.amicus.render.view.MissingTranslation;
import org.amicus.render.view.PageCard;
import org.amicus.render.view.PageView;
import org.amicus.render.view.PartLink;
import org.amicus.render.view.PartPosition;
import org.amicus.render.view.Publisher;
import org.amicus.render.view.RedirectView;
import org.amicus.render.view.SearchView;
import org.amicus.render.view.SectionView;
import org.amicus.render.view.SiteLanguage;
import org.amicus.render.view.SiteView;
import org.amicus.render.view.TemplateRoot;
import org.amicus.render.view.TimelineEventView;
import org.amicus.render.view.TocItem;
import org.amicus.render.view.TranslationLink;
import org.amicus.render.view.TranslationStatusView;
import org.amicus.site.ContentSecurityPolicy;
import org.amicus.site.OutputLayout;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.site.TranslationStatus;
import org.amicus.site.Translations;
import org.amicus.util.Parallel;

/**
 * Builds what templates see, the records of {@code render.view}, from the site model: what a language shares once
 * per language, each page's view once per page. Templates never compute a URL or a counterpart themselves.
 */
public final class TemplateModels {

    /** The layout of the page that holds the whole guide, each part one after the other, to print. */
    static final String GUIDE = "guide";

    /**
     * What every template of a language receives besides its page, and the figures drawn from data that pages
     * place in their text, by name.
     */
    private record Shared(SiteView site, LanguageView lang, Map<String, String> i18n, DataView data,
                          DataModels dataModels, Map<String, DrawnFigure.InText> figures) {
    }

    private final Site site;
    private final SiteConfig config;
    private final TranslationStatus statuses;
    private final Map<Page, RenderedMarkdown> rendered;
    private final BiFunction<String, String, String> typeset;
    private final ViewMemos memos;
    private final Map<Page, String> titles = new ConcurrentHashMap<>();
    private final Map<Page, List<ChangeView>> changesByPage = new ConcurrentHashMap<>();
    private final Map<String, Shared> shared = new ConcurrentHashMap<>();
    private final Map<Page, PageView> views = new ConcurrentHashMap<>();
    /**
     * The views of the pages of the whole guide with its parts, made when the page is rendered: every other page
     * (and {@code serve}'s pages shown first) is rendered without waiting for them.
     */
    private final Map<Page, PageView> guideViews = new ConcurrentHashMap<>();
    /** Each page as lists show it, without its body, so that no page's model holds another page's body. */
    private final Map<Page, PageCard> cards = new HashMap<>();
    private final Map<String, List<PageCard>> pagesByLanguage = new HashMap<>();
    private final Map<String, List<PageCard>> navByLanguage = new HashMap<>();
    /** Language → the parts of the explainer, in menu order. */
    private final Map<String, List<PartLink>> partsByLanguage = new HashMap<>();
    /** Where each part's URL is in {@link #partsByLanguage}: searching the list for each part grew as its square. */
    private final Map<String, Map<String, Integer>> partIndexByLanguage = new HashMap<>();
    /** Language and section folder ({@code en/guides}) → the section. */
    private final Map<String, SectionView> sections = new HashMap<>();
    private final List<LandingChoice> landing = new ArrayList<>();

    /**
     * @param staticFiles path in templates/static/ → path it is published at, for the social image
     * @param typeset     (language, text) → the text with that language's typography, for titles and descriptions
     * @param typesetHtml the same as HTML with the text's emphasis, for the texts of the data files
     * @param memos       the views an earlier build with the same typesetter made
     */
    public TemplateModels(Site site, SiteData data, TranslationStatus statuses, I18n i18n,
                          Map<Page, RenderedMarkdown> rendered, Map<String, String> staticFiles,
                          BiFunction<String, String, String> typeset,
                          BiFunction<String, String, String> typesetHtml, ViewMemos memos) {
        this.site = site;
        this.config = site.config();
        this.statuses = statuses;
        this.rendered = rendered;
        this.typeset = typeset;
        this.memos = memos;
        memos.start();
        Parallel.forEach(site.pages(), page -> titles.put(page, typeset.apply(page.textLang(), page.title())));
        List<SiteLanguage> languages = new ArrayList<>();
        for (Language l : config.languages()) {
            String title = typeset.apply(l.key(), l.title());
            String description = typeset.apply(l.key(), l.description());
            String home = "/" + l.key() + "/";
            languages.add(new SiteLanguage(l.key(), l.locale(), l.name(), config.link(home), title, description));
            landing.add(new LandingChoice(l.key(), l.locale(), l.name(), title, description, config.link(home),
                    config.absolute(home), urlOfLayout(l.key(), "search")));
        }
        // Each language's data (glossary, timeline, figures: most of a small site's models) on its own core.
        config.languages().parallelStream().forEach(language -> shared.put(language.key(),
                shared(language, languages, data, i18n, staticFiles, typesetHtml)));
        config.languages().forEach(l -> {
            List<PartLink> parts = partLinks(l.key());
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                index.putIfAbsent(parts.get(i).url(), i);
            }
            partsByLanguage.put(l.key(), parts);
            partIndexByLanguage.put(l.key(), index);
        });
        Parallel.forEach(site.pages(), page -> views.put(page, pageView(page)));
        views.forEach((page, view) -> cards.put(page, card(view)));
        config.languages().forEach(l -> {
            List<Page> pages = site.pagesIn(l.key());
            pagesByLanguage.put(l.key(), pages.stream().map(cards::get).toList());
            navigation(l.key(), pages);
        });
    }

    /** A language's {@link Shared} models; the changes it lists go to {@link #changesByPage}, by page. */
    private Shared shared(Language language, List<SiteLanguage> languages, SiteData data, I18n i18n,
                          Map<String, String> staticFiles, BiFunction<String, String, String> typesetHtml) {
        String lang = language.key();
        String image = staticFiles.get("images/social-" + lang + ".png");
        SiteView siteView = new SiteView(typeset.apply(lang, language.title()),
                typeset.apply(lang, language.description()), config.baseUrl(), config.defaultLanguage(),
                List.copyOf(languages), new Publisher(config.publisher().name(), config.publisher().url()),
                image == null ? null : config.absolute("/" + image), ContentSecurityPolicy.meta());
        String searchUrl = urlOfLayout(lang, "search");
        LanguageView languageView = new LanguageView(lang, language.locale(), language.name(),
                config.link("/" + OutputLayout.feed(lang)), searchUrl, searchUrl == null ? null : search(lang));
        DataModels.Pages pages = new DataModels.Pages(urlOfLayout(lang, "glossary"),
                urlOfLayout(lang, "timeline"), urlOfLayout(lang, "sources"));
        ViewMemos.Data made = memos.data(data, language, pages, i18n.of(lang), models -> {
            List<TimelineEventView> timeline = models.timeline();
            DrawnFigure damages = models.damages(timeline, i18n.of(lang));
            return new ViewMemos.Data(models, new DataView(models.glossary(), timeline, DataModels.byYear(timeline),
                    models.sources(), List.of(), pages.glossary(), pages.timeline(), pages.sources(), null,
                    models.status(timeline, i18n.of(lang)), models.overview(timeline, i18n.of(lang)),
                    damages == null ? null : damages.view()), models.figuresInText(i18n.of(lang), damages));
        }, new DataModels(data, language, pages, typeset, typesetHtml));
        DataModels dataModels = made.models();
        DataView kept = made.view();
        String log = urlOfLayout(lang, "about");
        DataView dataView = new DataView(kept.glossary(), kept.timeline(), kept.timelineByYear(), kept.sources(),
                changes(data.changes(), language, log, dataModels), kept.glossaryUrl(), kept.timelineUrl(),
                kept.sourcesUrl(), log == null ? null : log + "#changes", kept.status(), kept.overview(),
                kept.damages());
        return new Shared(siteView, languageView, i18n.of(lang), dataView, dataModels, made.figures());
    }

    /** The parts of a language, and its sections: each built once, shared by the pages that show it. */
    private void navigation(String lang, List<Page> pages) {
        List<PageCard> parts = new ArrayList<>();
        Map<String, List<PageCard>> sectionPages = new HashMap<>();
        for (Page page : pages) {
            if (site.sectionOf(page).isEmpty() || site.isSectionHome(page)) {
                parts.add(cards.get(page));
            } else {
                sectionPages.computeIfAbsent(site.sectionOf(page).orElseThrow(), f -> new ArrayList<>())
                        .add(cards.get(page));
            }
        }
        navByLanguage.put(lang, List.copyOf(parts));
        for (Page page : pages) {
            if (site.isSectionHome(page)) {
                String folder = site.sectionOf(page).orElseThrow();
                sections.put(lang + "/" + folder, new SectionView(cards.get(page),
                        List.copyOf(sectionPages.getOrDefault(folder, List.of()))));
            }
        }
    }

    /** The model of one page's template. */
    public TemplateRoot forPage(Page page) {
        SectionView section = site.sectionOf(page).map(folder -> sections.get(page.lang() + "/" + folder))
                .orElse(null);
        PageView view = page.layout().equals(GUIDE)
                ? guideViews.computeIfAbsent(page, p -> views.get(p).withGuide(guide(p, shared.get(p.lang()))))
                : views.get(page);
        return root(page.lang(), view, section, null, null, null);
    }

    /** The model of the bilingual landing page at {@code /}, and of the 404 page. */
    public TemplateRoot forLanding() {
        return root(config.defaultLanguage(), null, null, List.copyOf(landing), config.absolute("/"), null);
    }

    /** The model of a redirect page (an old address of {@code target}). */
    public TemplateRoot forRedirect(Page target) {
        return root(target.lang(), null, null, null, null,
                new RedirectView(config.link(target.url()), config.absolute(target.url()), titles.get(target)));
    }

    private TemplateRoot root(String lang, PageView page, SectionView section, List<LandingChoice> landing,
                              String landingPermalink, RedirectView redirect) {
        Shared s = shared.get(lang);
        return new TemplateRoot(s.site(), s.lang(), s.i18n(), pagesByLanguage.get(lang), navByLanguage.get(lang),
                partsByLanguage.get(lang), section, s.data(), page, landing, landingPermalink, redirect);
    }

    /** The log of changes in one language, newest first; each change also goes to the pages it touched. */
    private List<ChangeView> changes(List<Change> changes, Language language, String log, DataModels words) {
        List<ChangeView> views = new ArrayList<>();
        for (Change change : changes) {
            Change.Text text = change.byLanguage().get(language.key());
            List<Page> changed = change.pages().stream()
                    .flatMap(path -> site.find(config.defaultLanguage(), path).stream())
                    .flatMap(source -> site.translations(source).in(language.key()).stream())
                    .toList();
            ChangeView view = new ChangeView(change.id(), Dates.view(change.date(), language), change.kind().key(),
                    change.kind() == Change.Kind.CORRECTION, words.html(text.title()),
                    words.html(text.text()), log == null ? null : log + "#" + change.id(),
                    changed.stream().map(p -> new ChangeView.ChangedPage(titles.get(p), config.link(p.url())))
                            .toList());
            views.add(view);
            changed.forEach(p -> changesByPage.computeIfAbsent(p, k -> new ArrayList<>()).add(view));
        }
        return List.copyOf(views);
    }

    private PageView pageView(Page page) {
        Language language = language(page.lang());
        Shared s = shared.get(page.lang());
        Translations translations = site.translations(page);
        RenderedMarkdown body = rendered.get(page);
        FrontMatter fm = page.frontMatter();
        String title = titles.get(page);
        String description = typeset.apply(page.textLang(), fm.description());
        String permalink = permalink(page);
        String homeName = site.home(page.lang()).map(titles::get).orElse(s.site().title());
        String jsonLd = JsonLd.page(page, title, description, permalink, language.locale(), s.site(), homeName,
                config.absolute("/" + page.lang() + "/"));
        return new PageView(title, description,
                fm.summary() == null ? null : typeset.apply(page.textLang(), fm.summary()),
                Markup.of(placed(body, s, DrawnFigure.InText::html)),
                Boolean.FALSE.equals(fm.toc()) ? List.of()
                        : body.toc().stream().map(e -> new TocItem(e.level(), e.id(), e.text())).toList(),
                config.link(page.url()), permalink, page.lang(), language.locale(), page.layout(), page.isHome(),
                page.isFallback(), page.weight(), fm.tags() == null ? List.of() : fm.tags(),
                site.image(page).map(image -> image.startsWith("/") ? config.absolute(image) : image).orElse(null),
                date(fm.date(), language), date(fm.updated(), language), date(fm.reviewed(), language),
                ReadingTime.minutes(words(page, s) + ReadingTime.dataWords(page.layout(), s.data())
                        + guideParts(page).stream().mapToInt(part -> words(part, s)).sum()),
                translations.others().stream().map(other -> translationLink(page, other, body)).toList(),
                translations.missingLanguages().stream().map(l -> new MissingTranslation(l.key(), l.locale(),
                        l.name(), config.link("/" + l.key() + "/"))).toList(),
                translations.alternates().stream().map(p -> new Alternate(p.lang(), language(p.lang()).locale(),
                        config.absolute(p.url()))).toList(),
                translations.original().map(p -> config.absolute(p.url())).orElse(config.absolute("/")),
                translations.fallbackSource().map(source -> {
                    Language from = language(source.lang());
                    return new FallbackSource(from.key(), from.locale(), from.name(), config.link(source.url()),
                            config.absolute(source.url()));
                }).orElse(null),
                s.dataModels().citations(body.citations()),
                statuses.of(page).map(status -> translationStatus(status, language)).orElse(null),
                Markup.of(jsonLd),
                page.layout().equals("search") ? search(page.lang()) : null,
                List.copyOf(changesByPage.getOrDefault(page, List.of())),
                isGuidePart(page) ? urlOfLayout(page.lang(), GUIDE) : null, List.of(), partPosition(page));
    }

    /** The words a reader reads of a page's body: its Markdown's, and those of the figures it places. */
    private int words(Page page, Shared s) {
        RenderedMarkdown body = rendered.get(page);
        return body.words() + (body.figureSlots() ? DrawnFigure.words(body.html(), s.figures()) : 0);
    }

    /** A page's body with the figures drawn from data in their slots, as {@code as} gives them. */
    private static String placed(RenderedMarkdown body, Shared s, Function<DrawnFigure.InText, String> as) {
        return body.figureSlots() ? DrawnFigure.place(body.html(), s.figures(), as) : body.html();
    }

    /**
     * A page's body as its reader reads it, for search: each figure drawn from data in its slot as the words it shows
     * ({@link DrawnFigure#read}), in the page's language.
     */
    public String bodyAsRead(Page page) {
        return placed(rendered.get(page), shared.get(page.lang()), DrawnFigure.InText::read);
    }

    private static PageCard card(PageView view) {
        return new PageCard(view.title(), view.description(), view.summary(), view.url(), view.permalink(),
                view.lang(), view.locale(), view.layout(), view.isHome(), view.isFallback(), view.weight(),
                view.tags(), view.image(), view.date(), view.updated(), view.reviewed(), view.readingMinutes(),
                view.fallbackFrom(), view.part());
    }

    /** The parts of the explainer in a language, as the header lists them. */
    private List<PartLink> partLinks(String lang) {
        List<Page> parts = explainerParts(lang);
        List<PartLink> links = new ArrayList<>();
        for (Page part : parts) {
            String title = titles.get(part);
            links.add(new PartLink(links.size() + 1, title, label(title), config.link(part.url())));
        }
        return List.copyOf(links);
    }

    /** A title up to its first colon, without the space French puts before it: the short name of a part. */
    static String label(String title) {
        int colon = title.indexOf(':');
        // strip() keeps no-break spaces, and French typography puts one before the colon
        return colon <= 0 ? title : title.substring(0, colon).replaceAll("[\\s\u00A0\u202F]+$", "");
    }

    /** Where a part stands among the parts of its language; null for a page that is not a part. */
    private PartPosition partPosition(Page page) {
        if (!isGuidePart(page)) {
            return null;
        }
        List<PartLink> parts = partsByLanguage.get(page.lang());
        Integer i = partIndexByLanguage.get(page.lang()).get(config.link(page.url()));
        if (i == null) {
            return null;
        }
        return new PartPosition(i + 1, parts.size(), i == 0 ? null : parts.get(i - 1),
                i == parts.size() - 1 ? null : parts.get(i + 1));
    }

    /** Where the browser finds what search needs in a language: its list of pages, and lunr. */
    private SearchView search(String lang) {
        return new SearchView(config.link("/" + OutputLayout.searchDocuments(lang)), config.link("/" + OutputLayout.LUNR));
    }

    /** The parts of the explainer, which the page of the whole guide puts one after the other: its articles and home. */
    private static boolean isGuidePart(Page page) {
        return page.layout().equals("page") || page.isHome();
    }

    /** On the page of the whole guide, the parts of its language in menu order; none on any other page. */
    private List<Page> guideParts(Page page) {
        return page.layout().equals(GUIDE) ? explainerParts(page.lang()) : List.of();
    }

    /** The parts of the explainer in a language, in menu order: its home and its ordinary pages. */
    private List<Page> explainerParts(String lang) {
        return site.pagesIn(lang).stream().filter(TemplateModels::isGuidePart).toList();
    }

    private List<GuideChapter> guide(Page page, Shared s) {
        List<Page> parts = guideParts(page);
        Map<String, String> urls = new LinkedHashMap<>();
        parts.forEach(part -> urls.put(Guide.chapterId(config.link(part.url()), part.isHome()), config.link(part.url())));
        Guide guide = new Guide(urls);
        return parts.stream().map(part -> {
            String id = Guide.chapterId(config.link(part.url()), part.isHome());
            RenderedMarkdown body = rendered.get(part);
            String html = placed(body, s, DrawnFigure.InText::html);
            return new GuideChapter(id, titles.get(part), typeset.apply(part.textLang(), part.frontMatter().description()),
                    config.link(part.url()), part.isFallback() ? part.textLang() : null,
                    Markup.of(memos.guideContent(urls, id, html, () -> guide.content(id, html))),
                    Guide.citations(id, s.dataModels().citations(body.citations())));
        }).toList();
    }

    private TranslationLink translationLink(Page page, Page other, RenderedMarkdown body) {
        Language l = language(other.lang());
        Set<String> shared = new TreeSet<>(body.ids());
        shared.retainAll(rendered.get(other).ids());
        if (other.layout().equals(page.layout())) {
            shared.addAll(dataIds(page));
        }
        return new TranslationLink(l.key(), l.locale(), l.name(), titles.get(other), config.link(other.url()),
                permalink(other), other.isFallback(), List.copyOf(shared));
    }

    /**
     * The ids a layout gives the entries of a data file, the same in every language since they come from the
     * entries' keys: the glossary's terms ({@code liability}), the timeline's years ({@code year-2025}, as
     * timeline.ftlh writes them). The switcher keeps them like the ids of the Markdown.
     */
    private Set<String> dataIds(Page page) {
        DataView data = shared.get(page.lang()).data();
        return switch (page.layout()) {
            case "glossary" -> data.glossary().stream().map(GlossaryEntry::id).collect(Collectors.toSet());
            case "timeline" -> data.timelineByYear().stream().map(y -> "year-" + y.year()).collect(Collectors.toSet());
            default -> Set.of();
        };
    }

    /** A fallback page's canonical address is its source page's, so search engines index one copy. */
    private String permalink(Page page) {
        return config.absolute(site.translations(page).fallbackSource().orElse(page).url());
    }

    private TranslationStatusView translationStatus(TranslationStatus.Status status, Language reader) {
        Page source = status.source();
        Language from = language(source.lang());
        return new TranslationStatusView(status.state().name().toLowerCase(Locale.ROOT),
                new TranslationStatusView.Source(from.key(), from.locale(), from.name(), config.link(source.url()),
                        source.lastModified().map(d -> Dates.view(d, reader)).orElse(null)));
    }

    private static DateView date(LocalDate date, Language language) {
        return date == null ? null : Dates.view(date, language);
    }

    private String urlOfLayout(String lang, String layout) {
        return site.withLayout(lang, layout).map(p -> config.link(p.url())).orElse(null);
    }

    private Language language(String key) {
        return config.language(key).orElseThrow();
    }
}
