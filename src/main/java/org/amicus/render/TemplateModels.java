package org.amicus.render;

import freemarker.core.HTMLOutputFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.data.Change;
import org.amicus.data.SiteData;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.markdown.TocEntry;
import org.amicus.publish.AtomFeeds;
import org.amicus.search.SearchStage;
import org.amicus.site.Page;
import org.amicus.site.Site;
import org.amicus.site.TranslationStatus;

/**
 * Builds what templates see: plain maps and lists, documented in the README's template reference. Templates
 * never compute a URL or a counterpart themselves; everything is resolved here from the site model.
 */
public final class TemplateModels {

    /** Readers' average pace, for "n min read". */
    private static final int WORDS_PER_MINUTE = 200;

    private final Site site;
    private final I18n i18n;
    private final Map<Page, RenderedMarkdown> rendered;
    private final StaticUrl staticUrl;
    private final Map<String, String> staticFiles;
    private final BiFunction<String, String, String> typeset;
    /** Each page's list fields, built once: every page's template lists the pages of its language. */
    private final Map<Page, Map<String, Object>> summaries = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> pagesByLanguage = new HashMap<>();
    private final DataModels dataModels;
    private final TranslationStatus translations;
    private final Map<String, DataModels.Pages> generatedPages = new HashMap<>();
    private final Map<String, Map<String, Object>> dataByLanguage = new HashMap<>();
    /** The changes of content/data/changes.yaml that touched each page, newest first. */
    private final Map<Page, List<Map<String, Object>>> changesByPage = new HashMap<>();

    /**
     * @param typeset (language, text) → the text with that language's typography, for titles and descriptions
     */
    public TemplateModels(Site site, SiteData data, TranslationStatus translations, I18n i18n,
                          Map<Page, RenderedMarkdown> rendered, Map<String, String> staticFiles,
                          BiFunction<String, String, String> typeset) {
        this.site = site;
        this.translations = translations;
        this.dataModels = new DataModels(data, typeset);
        for (Language language : site.config().languages()) {
            DataModels.Pages pages = new DataModels.Pages(urlOfLayout(language, "glossary"),
                    urlOfLayout(language, "timeline"), urlOfLayout(language, "sources"));
            generatedPages.put(language.key(), pages);
            dataByLanguage.put(language.key(), dataModels.forLanguage(language, pages));
        }
        this.i18n = i18n;
        this.rendered = rendered;
        this.staticUrl = new StaticUrl(staticFiles, site.config()::link);
        this.staticFiles = staticFiles;
        this.typeset = typeset;
        for (Language language : site.config().languages()) {
            List<Map<String, Object>> pages = new ArrayList<>();
            for (Page page : site.pagesIn(language.key())) {
                Map<String, Object> summary = Collections.unmodifiableMap(summary(page, language));
                summaries.put(page, summary);
                pages.add(summary);
            }
            pagesByLanguage.put(language.key(), List.copyOf(pages));
        }
        for (Language language : site.config().languages()) {
            Optional<String> logUrl = urlOfLayout(language, "about");
            List<Map<String, Object>> log = new ArrayList<>();
            for (Change change : data.changes()) {
                Map<String, Object> model = change(change, language, logUrl);
                log.add(model);
                for (Page page : changedPages(change, language)) {
                    changesByPage.computeIfAbsent(page, p -> new ArrayList<>()).add(model);
                }
            }
            dataByLanguage.get(language.key()).put("changes", List.copyOf(log));
            logUrl.ifPresent(url -> dataByLanguage.get(language.key()).put("changesUrl", url + "#changes"));
        }
    }

    /** {@code {id, date, kind, isCorrection, title, text, url?, pages: [{title, url}]}}: one entry of the log. */
    private Map<String, Object> change(Change change, Language language, Optional<String> logUrl) {
        Change.Text text = change.byLanguage().get(language.key());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", change.id());
        model.put("date", Dates.model(change.date(), language));
        model.put("kind", change.kind().key());
        model.put("isCorrection", change.kind() == Change.Kind.CORRECTION);
        model.put("title", typeset.apply(language.key(), text.title()));
        model.put("text", typeset.apply(language.key(), text.text()));
        logUrl.ifPresent(url -> model.put("url", url + "#" + change.id()));
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Page page : changedPages(change, language)) {
            pages.add(Map.of("title", summaries.get(page).get("title"), "url", site.config().link(page.url())));
        }
        model.put("pages", pages);
        return model;
    }

    /** The pages in this language that a change touched: the named pages' versions in it. */
    private List<Page> changedPages(Change change, Language language) {
        List<Page> pages = new ArrayList<>();
        for (String path : change.pages()) {
            site.find(site.config().defaultLanguage(), path).ifPresent(source -> {
                List<Page> versions = new ArrayList<>(site.translationsOf(source));
                versions.add(source);
                versions.stream().filter(p -> p.lang().equals(language.key())).forEach(pages::add);
            });
        }
        return pages;
    }

    /** The model of one page's template. */
    public Map<String, Object> forPage(Page page) {
        Language language = language(page.lang());
        Map<String, Object> model = common(language);
        Map<String, Object> pageModel = new LinkedHashMap<>(summaries.get(page));
        RenderedMarkdown body = rendered.get(page);
        pageModel.put("content", markup(body.html()));
        pageModel.put("toc", toc(page, body));
        pageModel.put("changes", changesByPage.getOrDefault(page, List.of()));
        pageModel.put("citations", dataModels.citations(body.citations(), language, generatedPages.get(page.lang())));
        pageModel.put("readingMinutes", Math.max(1, (body.words() + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE));
        pageModel.put("translations", translations(page, body));
        pageModel.put("missingTranslations", missing(page));
        pageModel.put("alternates", alternates(page));
        pageModel.put("xDefault", xDefault(page));
        pageModel.put("jsonLd", markup(jsonLd(page, pageModel, model)));
        if (page.layout().equals("search")) {
            pageModel.put("search", Map.of(
                    "indexUrl", site.config().link("/" + SearchStage.indexPath(page.lang())),
                    "lunrUrl", site.config().link("/" + SearchStage.LUNR_PATH)));
        }
        translations.of(page).ifPresent(status -> pageModel.put("translationStatus",
                translationStatus(status, language)));
        model.put("page", pageModel);
        return model;
    }

    /** The model of the bilingual landing page at {@code /}. */
    public Map<String, Object> forLanding() {
        Language language = site.config().defaultLanguageConfig();
        Map<String, Object> model = common(language);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Language l : site.config().languages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lang", l.key());
            entry.put("locale", l.locale());
            entry.put("name", l.name());
            entry.put("title", typeset.apply(l.key(), l.title()));
            entry.put("description", typeset.apply(l.key(), l.description()));
            entry.put("url", site.config().link("/" + l.key() + "/"));
            entry.put("permalink", site.config().absolute("/" + l.key() + "/"));
            entries.add(entry);
        }
        model.put("landing", entries);
        model.put("landingPermalink", site.config().absolute("/"));
        return model;
    }

    /** The model of a redirect page (an old address of {@code target}). */
    public Map<String, Object> forRedirect(Page target) {
        Map<String, Object> model = common(language(target.lang()));
        model.put("redirect", Map.of("url", site.config().link(target.url()), "permalink", site.config().absolute(target.url()),
                "title", summaries.get(target).get("title")));
        return model;
    }

    private Map<String, Object> common(Language language) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteModel(language));
        Map<String, Object> langModel = new LinkedHashMap<>();
        langModel.put("key", language.key());
        langModel.put("locale", language.locale());
        langModel.put("name", language.name());
        langModel.put("feedUrl", site.config().link("/" + AtomFeeds.path(language.key())));
        urlOfLayout(language, "search").ifPresent(url -> langModel.put("searchUrl", url));
        model.put("lang", langModel);
        model.put("i18n", i18n.of(language.key()));
        model.put("static", staticUrl);
        model.put("pages", pagesByLanguage.get(language.key()));
        model.put("data", dataByLanguage.get(language.key()));
        return model;
    }

    private Map<String, Object> siteModel(Language language) {
        SiteConfig config = site.config();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", typeset.apply(language.key(), language.title()));
        model.put("description", typeset.apply(language.key(), language.description()));
        model.put("baseUrl", config.baseUrl());
        model.put("defaultLanguage", config.defaultLanguage());
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : config.languages()) {
            languages.add(Map.of("key", l.key(), "locale", l.locale(), "name", l.name(), "url", site.config().link("/" + l.key() + "/"),
                    "title", typeset.apply(l.key(), l.title()),
                    "description", typeset.apply(l.key(), l.description())));
        }
        model.put("languages", languages);
        String socialImage = staticFiles.get("images/social-" + language.key() + ".png");
        if (socialImage != null) {
            model.put("image", site.config().absolute("/" + socialImage));
        }
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("name", config.publisher().name());
        publisher.put("url", config.publisher().url());
        model.put("publisher", publisher);
        return model;
    }

    /** The fields of a page that lists ({@code pages}) need too; no body. */
    private Map<String, Object> summary(Page page, Language language) {
        var fm = page.frontMatter();
        // A fallback page's words are in its source language, and typeset as such.
        String textLang = page.isFallback() ? page.fallbackFrom() : page.lang();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", typeset.apply(textLang, fm.title()));
        model.put("description", typeset.apply(textLang, fm.description()));
        if (fm.summary() != null) {
            model.put("summary", typeset.apply(textLang, fm.summary()));
        }
        model.put("url", site.config().link(page.url()));
        model.put("permalink", permalink(page));
        model.put("lang", page.lang());
        model.put("locale", language.locale());
        model.put("layout", page.layout());
        model.put("isHome", page.isHome());
        model.put("isFallback", page.isFallback());
        model.put("weight", page.weight());
        model.put("tags", fm.tags() == null ? List.of() : fm.tags());
        putDate(model, "date", fm.date(), language);
        putDate(model, "updated", fm.updated(), language);
        putDate(model, "reviewed", fm.reviewed(), language);
        if (fm.image() != null) {
            // An image beside the page's files: content/<lang>/figures/x.png → https://…/<lang>/figures/x.png
            model.put("image", site.config().absolute("/" + page.lang() + "/" + fm.image()));
        }
        if (page.isFallback()) {
            Language from = language(page.fallbackFrom());
            Page source = site.translationsOf(page).stream()
                    .filter(p -> p.lang().equals(page.fallbackFrom())).findFirst().orElseThrow();
            model.put("fallbackFrom", Map.of("lang", from.key(), "locale", from.locale(), "name", from.name(),
                    "url", site.config().link(source.url()), "permalink", site.config().absolute(source.url())));
        }
        return model;
    }

    /** A fallback page's canonical address is its source page's, so search engines index one copy. */
    private String permalink(Page page) {
        if (page.isFallback()) {
            return site.translationsOf(page).stream().filter(p -> p.lang().equals(page.fallbackFrom()))
                    .findFirst().map(p -> site.config().absolute(p.url())).orElse(site.config().absolute(page.url()));
        }
        return site.config().absolute(page.url());
    }

    private List<Map<String, Object>> toc(Page page, RenderedMarkdown body) {
        if (Boolean.FALSE.equals(page.frontMatter().toc())) {
            return List.of();
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (TocEntry entry : body.toc()) {
            entries.add(Map.of("level", entry.level(), "id", entry.id(), "text", entry.text()));
        }
        return entries;
    }

    private List<Map<String, Object>> translations(Page page, RenderedMarkdown body) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Page other : site.translationsOf(page)) {
            Language l = language(other.lang());
            Set<String> shared = new TreeSet<>(body.ids());
            RenderedMarkdown otherBody = rendered.get(other);
            shared.retainAll(otherBody == null ? Set.of() : otherBody.ids());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lang", l.key());
            entry.put("locale", l.locale());
            entry.put("name", l.name());
            entry.put("title", summaries.get(other).get("title"));
            entry.put("url", site.config().link(other.url()));
            entry.put("permalink", permalink(other));
            entry.put("isFallback", other.isFallback());
            entry.put("sharedAnchors", List.copyOf(shared));
            list.add(entry);
        }
        return list;
    }

    private List<Map<String, Object>> missing(Page page) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Language l : site.missingLanguagesOf(page)) {
            list.add(Map.of("lang", l.key(), "locale", l.locale(), "name", l.name(), "url",
                    site.config().link("/" + l.key() + "/")));
        }
        return list;
    }

    /** hreflang alternates: every real language version, this page included; fallbacks are not translations. */
    private List<Map<String, Object>> alternates(Page page) {
        List<Map<String, Object>> list = new ArrayList<>();
        List<Page> versions = new ArrayList<>();
        versions.add(page);
        versions.addAll(site.translationsOf(page));
        for (Language l : site.config().languages()) {
            versions.stream().filter(p -> p.lang().equals(l.key()) && !p.isFallback()).findFirst()
                    .ifPresent(p -> list.add(Map.of("lang", l.key(), "locale", l.locale(),
                            "permalink", site.config().absolute(p.url()))));
        }
        return list;
    }

    /** x-default: the default-language version; failing that the landing page, which offers every language. */
    private String xDefault(Page page) {
        String defaultLanguage = site.config().defaultLanguage();
        if (page.lang().equals(defaultLanguage) && !page.isFallback()) {
            return site.config().absolute(page.url());
        }
        return site.translationsOf(page).stream()
                .filter(p -> p.lang().equals(defaultLanguage) && !p.isFallback())
                .findFirst().map(p -> site.config().absolute(p.url()))
                .orElse(site.config().absolute("/"));
    }

    /** HTML that templates print as it is, since flexmark already escaped the author's text. */
    private static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e); // never thrown for HTML markup
        }
    }

    @SuppressWarnings("unchecked")
    private String jsonLd(Page page, Map<String, Object> pageModel, Map<String, Object> model) {
        Map<String, Object> siteModel = (Map<String, Object>) model.get("site");
        String homeUrl = site.config().absolute("/" + page.lang() + "/");
        String homeName = site.home(page.lang()).map(h -> (String) summaries.get(h).get("title"))
                .orElse((String) siteModel.get("title"));
        return JsonLd.page(pageModel, siteModel, homeName, homeUrl, page.isHome());
    }

    /** {@code {state: "stale", source: {lang, locale, name, url, updated?}}} for a translation. */
    private Map<String, Object> translationStatus(TranslationStatus.Status status, Language reader) {
        Page source = status.source();
        Language sourceLanguage = language(source.lang());
        Map<String, Object> sourceModel = new LinkedHashMap<>();
        sourceModel.put("lang", sourceLanguage.key());
        sourceModel.put("locale", sourceLanguage.locale());
        sourceModel.put("name", sourceLanguage.name());
        sourceModel.put("url", site.config().link(source.url()));
        java.time.LocalDate changed = source.frontMatter().updated() != null ? source.frontMatter().updated()
                : source.frontMatter().date();
        if (changed != null) {
            sourceModel.put("updated", Dates.model(changed, reader));
        }
        return Map.of("state", status.state().name().toLowerCase(java.util.Locale.ROOT), "source", sourceModel);
    }

    private Optional<String> urlOfLayout(Language language, String layout) {
        return site.withLayout(language.key(), layout).map(p -> site.config().link(p.url()));
    }

    private Language language(String key) {
        return site.config().language(key).orElseThrow();
    }

    private static void putDate(Map<String, Object> model, String key, LocalDate date, Language language) {
        if (date != null) {
            model.put(key, Dates.model(date, language));
        }
    }

    private static void putIfPresent(Map<String, Object> model, String key, Object value) {
        if (value != null) {
            model.put(key, value);
        }
    }
}
