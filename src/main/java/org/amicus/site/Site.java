package org.amicus.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.content.Asset;
import org.amicus.util.FilePaths;

/**
 * The whole site before rendering: every page with its URL, paired with its translations. Pairing is resolved
 * here once; templates and links never compute a counterpart URL themselves.
 */
public final class Site {

    /** Menu order: weight, then title in the page's own language. */
    public static final Comparator<Page> MENU_ORDER = Comparator.comparingInt(Page::weight)
            .thenComparing(Page::title).thenComparing(Page::url);

    /** An address with a scheme ({@code https:}) or a host of its own ({@code //host/}). */
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    private static final String SECTION_HOME = "_index.md";

    private final SiteConfig config;
    private final List<Page> pages;
    private final List<Asset> assets;
    private final Map<Page, Translations> translations = new HashMap<>();
    private final Map<String, Page> bySourcePath;
    /** Language → its pages in menu order; language and layout → the first of them with that layout. */
    private final Map<String, List<Page>> byLanguage = new HashMap<>();
    private final Map<String, Page> byLayout = new HashMap<>();

    public Site(SiteConfig config, List<Page> pages, List<Asset> assets) {
        this.config = config;
        this.pages = List.copyOf(pages);
        this.assets = List.copyOf(assets);
        Map<String, List<Page>> byPairKey = this.pages.stream().collect(Collectors.groupingBy(Page::pairKey));
        for (Page page : this.pages) {
            translations.put(page, relate(page, byPairKey.get(page.pairKey())));
        }
        // Real pages come before fallback pages, so a real page wins its path.
        this.bySourcePath = this.pages.stream()
                .collect(Collectors.toMap(p -> p.lang() + "/" + p.sourcePath(), p -> p, (a, b) -> a));
        for (Language language : config.languages()) {
            List<Page> inMenuOrder = this.pages.stream().filter(p -> p.lang().equals(language.key()))
                    .sorted(MENU_ORDER).toList();
            byLanguage.put(language.key(), inMenuOrder);
            inMenuOrder.forEach(p -> byLayout.putIfAbsent(p.lang() + " " + p.layout(), p));
        }
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
        return byLanguage.getOrDefault(lang, List.of());
    }

    /** The page's other language versions and what follows from them, resolved when the site was made. */
    public Translations translations(Page page) {
        Translations relations = translations.get(page);
        if (relations == null) {
            throw new IllegalArgumentException("not a page of this site: " + page.file());
        }
        return relations;
    }

    private Translations relate(Page page, List<Page> paired) {
        List<Page> versions = config.languages().stream()
                .flatMap(l -> paired.stream().filter(p -> p.lang().equals(l.key())).limit(1))
                .toList();
        List<Page> others = versions.stream().filter(p -> !p.lang().equals(page.lang())).toList();
        List<Page> alternates = versions.stream().filter(p -> !p.isFallback()).toList();
        Optional<Page> original = alternates.stream()
                .filter(p -> p.lang().equals(config.defaultLanguage())).findFirst();
        Optional<Page> fallbackSource = page.isFallback()
                ? others.stream().filter(p -> p.lang().equals(page.fallbackFrom())).findFirst() : Optional.empty();
        List<Language> missing = config.languages().stream()
                .filter(l -> versions.stream().noneMatch(p -> p.lang().equals(l.key()))).toList();
        return new Translations(versions, others, alternates, original, fallbackSource, missing);
    }

    /**
     * A page's {@code image:} for social cards: an address with a scheme as written (the checks let only
     * {@code https} through), or the root-relative path of a file of the site, {@code /en/figures/card.png}, the
     * image's path being relative to the page that wrote it ({@link #imageOwner}). Empty without an image, or when the
     * path climbs out of the language folder.
     */
    public Optional<String> image(Page page) {
        String image = page.frontMatter().image();
        if (image == null) {
            return Optional.empty();
        }
        if (EXTERNAL.matcher(image).find()) {
            return Optional.of(image);
        }
        Page owner = imageOwner(page);
        return FilePaths.resolve(owner.sourcePath(), image).map(path -> "/" + owner.lang() + "/" + path);
    }

    /**
     * The page whose {@code image:} line a page's image comes from: the page itself, or the source page a
     * translation inherits it from (so the English page's figure serves the French page), or the page a fallback
     * shows.
     */
    public Page imageOwner(Page page) {
        Translations relations = translations(page);
        if (page.isFallback()) {
            return relations.fallbackSource().map(this::imageOwner).orElse(page);
        }
        return page.frontMatter().lines().containsKey("image") ? page : relations.original().orElse(page);
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
        return Optional.ofNullable(byLayout.get(lang + " " + layout));
    }

    public Optional<Page> home(String lang) {
        return find(lang, SECTION_HOME);
    }

    /**
     * The section a page is in: the first folder of its path when that folder has its own {@code _index.md} (the
     * section's home, which is in it too); empty for the pages of the language folder itself and of folders
     * without one.
     */
    public Optional<String> sectionOf(Page page) {
        int slash = page.sourcePath().indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String folder = page.sourcePath().substring(0, slash);
        return find(page.lang(), folder + "/" + SECTION_HOME).map(home -> folder);
    }

    /** The home of a section: {@code content/<lang>/<folder>/_index.md}. */
    public boolean isSectionHome(Page page) {
        return sectionOf(page).map(folder -> page.sourcePath().equals(folder + "/" + SECTION_HOME)).orElse(false);
    }
}
