package org.amicus.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.content.Asset;

/**
 * The whole site before rendering: every page with its URL, paired with its translations. Pairing is resolved
 * here once; templates and links never compute a counterpart URL themselves.
 */
public final class Site {

    /** Menu order: weight, then title in the page's own language. */
    public static final Comparator<Page> MENU_ORDER = Comparator.comparingInt(Page::weight)
            .thenComparing(Page::title).thenComparing(Page::url);

    private final SiteConfig config;
    private final List<Page> pages;
    private final List<Asset> assets;
    private final Map<String, List<Page>> byPairKey;
    private final Map<String, Page> bySourcePath;

    public Site(SiteConfig config, List<Page> pages, List<Asset> assets) {
        this.config = config;
        this.pages = List.copyOf(pages);
        this.assets = List.copyOf(assets);
        this.byPairKey = this.pages.stream().collect(Collectors.groupingBy(Page::pairKey));
        // Real pages come before fallback pages, so a real page wins its path.
        this.bySourcePath = this.pages.stream()
                .collect(Collectors.toMap(p -> p.lang() + "/" + p.sourcePath(), p -> p, (a, b) -> a));
    }

    public SiteConfig config() {
        return config;
    }

    public List<Page> pages() {
        return pages;
    }

    public List<Asset> assets() {
        return assets;
    }

    /** The pages of one language in menu order. */
    public List<Page> pagesIn(String lang) {
        return pages.stream().filter(p -> p.lang().equals(lang)).sorted(MENU_ORDER).toList();
    }

    /** The other language versions of a page, in the order of site.yaml's languages. */
    public List<Page> translationsOf(Page page) {
        List<Page> paired = byPairKey.getOrDefault(page.pairKey(), List.of());
        return config.languages().stream()
                .map(Language::key)
                .filter(lang -> !lang.equals(page.lang()))
                .flatMap(lang -> paired.stream().filter(p -> p.lang().equals(lang)))
                .toList();
    }

    /** Languages in which this page has no version at all. */
    public List<Language> missingLanguagesOf(Page page) {
        List<Page> paired = byPairKey.getOrDefault(page.pairKey(), List.of());
        return config.languages().stream()
                .filter(l -> paired.stream().noneMatch(p -> p.lang().equals(l.key())))
                .toList();
    }

    /** The page at {@code content/<lang>/<sourcePath>} (or its fallback stand-in), for links by file. */
    public Optional<Page> find(String lang, String sourcePath) {
        return Optional.ofNullable(bySourcePath.get(lang + "/" + sourcePath));
    }

    /** Source paths of a language, for "did you mean" on a broken link. */
    public List<String> sourcePathsIn(String lang) {
        return pages.stream().filter(p -> p.lang().equals(lang) && !p.isFallback()).map(Page::sourcePath).toList();
    }

    /** The first page of a language with this layout: where the glossary, timeline or sources live. */
    public Optional<Page> withLayout(String lang, String layout) {
        return pagesIn(lang).stream().filter(p -> p.layout().equals(layout)).findFirst();
    }

    public Optional<Page> home(String lang) {
        return find(lang, "_index.md");
    }
}
