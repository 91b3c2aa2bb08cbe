package org.amicus.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.amicus.config.Language;
import org.amicus.config.MissingTranslationPolicy;
import org.amicus.config.SiteConfig;
import org.amicus.content.Content;
import org.amicus.content.ContentLoader;
import org.amicus.content.FrontMatter;
import org.amicus.content.FrontMatterParser;
import org.amicus.content.FrontMatterSplitter;
import org.amicus.content.SourcePage;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteBuilderTest {

    /** Lines 2 and 3 of every page; keys written after them start on line 4. */
    private static final String REQUIRED = "title: T\ndescription: D\n";

    private final Problems problems = new Problems();

    /** A page of {@code content/<lang>/<path>} with this front matter, read as the loader reads it. */
    private static SourcePage page(String lang, String path, String yaml) {
        Problems own = new Problems();
        Path file = Path.of("content/" + lang + "/" + path);
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(file, "---\n" + yaml + "---\nBody\n", own)
                .orElseThrow();
        FrontMatter frontMatter = FrontMatterParser.parse(file, split, own)
                .orElseThrow(() -> new AssertionError(own.sorted()));
        return new SourcePage(file, lang, path, frontMatter, split.body(), split.bodyFirstLine());
    }

    private static SourcePage page(String lang, String path) {
        return page(lang, path, REQUIRED);
    }

    private static SiteConfig config(MissingTranslationPolicy policy) {
        return new SiteConfig("https://example.org/", "en", policy, List.of(
                new Language("en", "en-US", "English", "", "", "d MMMM uuuu"),
                new Language("fr", "fr-FR", "Français", "", "", "d MMMM uuuu")), new SiteConfig.Publisher("", ""));
    }

    private Site build(MissingTranslationPolicy policy, boolean includeDrafts, SourcePage... pages) {
        SiteConfig config = config(policy);
        return new SiteBuilder(config, problems).build(new Content(config, List.of(pages), List.of()), includeDrafts);
    }

    private Site build(SourcePage... pages) {
        return build(MissingTranslationPolicy.NOTICE, false, pages);
    }

    /** "lang/sourcePath" → URL, for every page of the site. */
    private static Map<String, String> urls(Site site) {
        Map<String, String> urls = new TreeMap<>();
        for (Page page : site.pages()) {
            urls.put(page.lang() + "/" + page.sourcePath(), page.url());
        }
        return urls;
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private List<String> errors() {
        return problems.errors().stream().map(Problem::format).toList();
    }

    private static Page find(Site site, String lang, String sourcePath) {
        return site.find(lang, sourcePath).orElseThrow(() -> new AssertionError("no page " + lang + "/" + sourcePath));
    }

    @Test
    void urlComesFromTheFilePath() {
        Site site = build(page("en", "_index.md"), page("fr", "_index.md"), page("en", "cases/nso-group.md"),
                page("fr", "cases/nso-group.md"));

        assertEquals(Map.of("en/_index.md", "/en/", "fr/_index.md", "/fr/", "en/cases/nso-group.md",
                "/en/cases/nso-group/", "fr/cases/nso-group.md", "/fr/cases/nso-group/"), urls(site));
        assertEquals(List.of(), reported());
    }

    @Test
    void slugReplacesTheFileNameInTheUrl() {
        Site site = build(page("en", "the-case.md"), page("fr", "the-case.md", REQUIRED + "slug: l-affaire\n"));

        assertEquals("/fr/l-affaire/", find(site, "fr", "the-case.md").url());
    }

    @Test
    void sectionSlugNamesTheFolderInChildUrls() {
        Site site = build(page("en", "cases/_index.md"), page("fr", "cases/_index.md", REQUIRED + "slug: affaires\n"),
                page("en", "cases/nso.md"), page("fr", "cases/nso.md", REQUIRED + "slug: l-affaire-nso\n"));

        assertEquals("/fr/affaires/l-affaire-nso/", find(site, "fr", "cases/nso.md").url());
    }

    @Test
    void sectionSlugIsTheUrlOfTheSectionPage() {
        Site site = build(page("en", "cases/_index.md"), page("fr", "cases/_index.md", REQUIRED + "slug: affaires\n"));

        assertEquals(Map.of("en/cases/_index.md", "/en/cases/", "fr/cases/_index.md", "/fr/affaires/"), urls(site));
    }

    @Test
    void nestedSectionSlugsNameEachFolder() {
        Site site = build(page("en", "a/_index.md"), page("fr", "a/_index.md", REQUIRED + "slug: ay\n"),
                page("en", "a/b/_index.md"), page("fr", "a/b/_index.md", REQUIRED + "slug: bee\n"),
                page("en", "a/b/c.md"), page("fr", "a/b/c.md"));

        assertEquals("/fr/ay/bee/c/", find(site, "fr", "a/b/c.md").url());
    }

    @Test
    void languageHomeGetsTheHomeLayoutAndOtherPagesThePageLayout() {
        Site site = build(page("en", "_index.md"), page("en", "cases/_index.md"), page("en", "a.md"),
                page("en", "b.md", REQUIRED + "layout: wide\n"));

        assertEquals(List.of("home", "page", "page", "wide"), site.pages().stream().map(Page::layout).toList());
    }

    @Test
    void homePageWithASlugIsReportedOnTheSlugLine() {
        build(page("en", "_index.md", REQUIRED + "slug: home\n"));

        assertEquals(List.of("error: content/en/_index.md:4: the home page of a language cannot have a slug\n"
                + "  fix: remove `slug:`; the home of en is always /en/"), errors());
    }

    @Test
    void translationsArePairedBySamePath() {
        Site site = build(page("en", "the-case.md"), page("fr", "the-case.md", REQUIRED + "slug: l-affaire\n"));

        assertEquals(List.of("/fr/l-affaire/"),
                site.translations(find(site, "en", "the-case.md")).others().stream().map(Page::url).toList());
        assertEquals(List.of("/en/the-case/"),
                site.translations(find(site, "fr", "the-case.md")).others().stream().map(Page::url).toList());
    }

    @Test
    void translationsArePairedByTranslationKey() {
        Site site = build(page("en", "ruling.md", REQUIRED + "translationKey: ruling\n"),
                page("fr", "decision.md", REQUIRED + "translationKey: ruling\n"));

        assertEquals(List.of("/fr/decision/"),
                site.translations(find(site, "en", "ruling.md")).others().stream().map(Page::url).toList());
        assertEquals(List.of(), reported());
    }

    @Test
    void translationKeyWinsOverSamePath() {
        Site site = build(page("en", "a.md", REQUIRED + "translationKey: one\n"), page("fr", "a.md",
                REQUIRED + "translationKey: two\n"), page("fr", "b.md", REQUIRED + "translationKey: one\n"));

        assertEquals(List.of("/fr/b/"), site.translations(find(site, "en", "a.md")).others().stream().map(Page::url).toList());
    }

    @Test
    void translationInheritsDateTagsWeightAndReviewedButNotTitleOrSlug() {
        Site site = build(page("en", "ruling.md", """
                title: The ruling
                description: D
                translationKey: ruling
                slug: the-ruling
                date: 2024-12-20
                reviewed: 2025-01-02
                tags: [cfaa]
                weight: 3
                """), page("fr", "decision.md", "title: La décision\ndescription: D\ntranslationKey: ruling\n"));

        FrontMatter french = find(site, "fr", "decision.md").frontMatter();
        assertEquals(List.of("La décision", LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 2), List.of("cfaa"), 3),
                List.of(french.title(), french.date(), french.reviewed(), french.tags(), french.weight()));
        assertNull(french.slug());
        assertEquals("/fr/decision/", find(site, "fr", "decision.md").url());
    }

    @Test
    void sourcePageDoesNotInheritFromItsTranslation() {
        Site site = build(page("en", "a.md"), page("fr", "a.md", REQUIRED + "date: 2024-12-20\n"));

        assertNull(find(site, "en", "a.md").frontMatter().date());
    }

    @Test
    void draftsAreLeftOut() {
        Site site = build(page("en", "a.md", REQUIRED + "draft: true\n"), page("en", "b.md"));

        assertEquals(List.of("/en/b/"), site.pages().stream().map(Page::url).toList());
    }

    @Test
    void draftsAreIncludedWhenAsked() {
        Site site = build(MissingTranslationPolicy.NOTICE, true, page("en", "a.md", REQUIRED + "draft: true\n"),
                page("en", "b.md"));

        assertEquals(List.of("/en/a/", "/en/b/"), site.pages().stream().map(Page::url).toList());
    }

    @ParameterizedTest(name = "slug: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../../etc | a slug is one URL segment and cannot contain `/`                    | etc
            a/b       | a slug is one URL segment and cannot contain `/`                    | a-b
            Évidence  | a slug may contain only lowercase letters, digits, `-` and `_`      | evidence
            .hidden   | a slug cannot point to another folder                               | hidden
            ..        | a slug cannot point to another folder                               | my-page
            The Case  | a slug may contain only lowercase letters, digits, `-` and `_`      | the-case
            -x        | a slug may contain only lowercase letters, digits, `-` and `_`      | x
            """)
    void dangerousSlugIsReportedOnItsLineWithASuggestion(String slug, String why, String suggestion) {
        Site site = build(page("en", "_index.md"), page("en", "a.md", REQUIRED + "weight: 1\nslug: \"" + slug + "\"\n"));

        assertEquals(List.of("error: content/en/a.md:5: slug `" + slug + "` is not allowed: " + why + "\n"
                + "  fix: write it like `slug: " + suggestion + "`"), errors());
        assertEquals(List.of("/en/"), site.pages().stream().map(Page::url).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            l-app\u200Bel | U+200B ZERO WIDTH SPACE, which is invisible                  | l-appel
            l-\u0430ppel  | U+0430 CYRILLIC SMALL LETTER A, which looks like a           | l-appel
            l-\uFF41ppel  | U+FF41 FULLWIDTH LATIN SMALL LETTER A, which looks like a    | l-appel
            """)
    void invisibleAndLookAlikeCharactersInASlugAreNamedAndLeftOutOfTheFix(String slug, String named, String fix) {
        build(page("en", "_index.md"), page("en", "a.md", REQUIRED + "weight: 1\nslug: \"" + slug + "\"\n"));

        assertEquals(List.of("error: content/en/a.md:5: slug `" + slug + "` is not allowed: it holds " + named + "\n"
                + "  fix: write it like `slug: " + fix + "`"), errors());
    }

    @Test
    void dangerousSlugOnASectionIsReported() {
        build(page("en", "cases/_index.md", REQUIRED + "slug: ../../etc\n"));

        assertEquals(List.of("error: content/en/cases/_index.md:4: slug `../../etc` is not allowed: a slug is one "
                + "URL segment and cannot contain `/`\n  fix: write it like `slug: etc`"), errors());
    }

    @Test
    void fileNameWithASpaceIsReportedSuggestingASlug() {
        build(page("en", "the case.md"));

        assertEquals(List.of("error: content/en/the case.md:1: the file name `the case` cannot be part of a URL\n"
                + "  fix: rename it with lowercase letters, digits and `-` (like `the-case`), or set `slug:` in the "
                + "front matter"), errors());
    }

    @Test
    void fileNameWithASpaceIsFineWithASlug() {
        Site site = build(page("en", "the case.md", REQUIRED + "slug: the-case\n"));

        assertEquals(List.of("/en/the-case/"), site.pages().stream().map(Page::url).toList());
        assertEquals(List.of(), errors());
    }

    @Test
    void folderNameWithASpaceIsReported() {
        build(page("en", "My Cases/nso.md"));

        assertEquals(List.of("error: content/en/My Cases/nso.md:1: the folder name `My Cases` cannot be part of a "
                + "URL\n  fix: rename it with lowercase letters, digits and `-` (like `my-cases`), or set `slug:` in "
                + "the front matter"), errors());
    }

    @Test
    void twoPagesWithTheSameUrlAreReportedNamingBoth() {
        build(page("en", "a.md", REQUIRED + "slug: the-case\n"), page("en", "the-case.md"));

        assertEquals(List.of("error: content/en/the-case.md:1: this page and content/en/a.md both have the URL "
                + "/en/the-case/\n  fix: give one of them another `slug:` or file name"), errors());
    }

    @Test
    void twoPagesWithTheSameUrlAreReportedAtTheOneSavedLast() {
        build(saved(page("en", "a.md", REQUIRED + "slug: the-case\n"), "2025-06-01T10:00:00Z"),
                saved(page("en", "the-case.md"), "2025-01-01T00:00:00Z"));

        assertEquals(List.of("error: content/en/a.md:4: this page and content/en/the-case.md both have the URL "
                + "/en/the-case/\n  fix: give one of them another `slug:` or file name"), errors());
    }

    private static SourcePage saved(SourcePage page, String instant) {
        return new SourcePage(page.file(), page.lang(), page.sourcePath(), page.frontMatter(), page.body(),
                page.bodyFirstLine(), Instant.parse(instant));
    }

    @Test
    void sameTranslationKeyTwiceInOneLanguageIsReported() {
        build(page("en", "a.md", REQUIRED + "translationKey: ruling\n"),
                page("en", "b.md", REQUIRED + "translationKey: ruling\n"));

        assertEquals(List.of("error: content/en/b.md:4: translationKey `ruling` is also used by content/en/a.md\n"
                + "  fix: give each page of a language its own translationKey"), errors());
    }

    @Test
    void strictPolicyReportsEachMissingTranslation() {
        build(MissingTranslationPolicy.STRICT, false, page("en", "_index.md"), page("fr", "_index.md"),
                page("en", "a.md"), page("fr", "b.md"));

        assertEquals(List.of(
                "error: content/en/a.md:1: this page has no Français (fr) translation, and site.yaml sets "
                        + "missingTranslation: strict\n  fix: create content/fr/a.md (or a page with the same "
                        + "translationKey), or set missingTranslation: notice",
                "error: content/fr/b.md:1: this page has no English (en) translation, and site.yaml sets "
                        + "missingTranslation: strict\n  fix: create content/en/b.md (or a page with the same "
                        + "translationKey), or set missingTranslation: notice"), errors());
    }

    @Test
    void fallbackPolicyAddsThePageAtTheLocalizedUrl() {
        Site site = build(MissingTranslationPolicy.FALLBACK, false, page("en", "cases/_index.md"),
                page("fr", "cases/_index.md", REQUIRED + "slug: affaires\n"),
                page("en", "cases/nso.md", "title: NSO\ndescription: D\ndate: 2024-12-20\n"));

        Page fallback = find(site, "fr", "cases/nso.md");
        assertEquals(List.of("/fr/affaires/nso/", "en", "NSO", Path.of("content/en/cases/nso.md")),
                List.of(fallback.url(), fallback.fallbackFrom(), fallback.title(), fallback.file()));
        assertEquals(List.of(), reported());
    }

    @Test
    void fallbackPageIsPairedWithItsSource() {
        Site site = build(MissingTranslationPolicy.FALLBACK, false, page("en", "a.md"));

        assertEquals(List.of("/fr/a/"), site.translations(find(site, "en", "a.md")).others().stream().map(Page::url).toList());
        assertEquals(List.of(), site.sourcePathsIn("fr"));
    }

    @Test
    void aFallbackPageKnowsItsSourceItsTextLanguageAndThatItIsNoAlternate() {
        Site site = build(MissingTranslationPolicy.FALLBACK, false, page("en", "a.md"));
        Page source = find(site, "en", "a.md");
        Page fallback = find(site, "fr", "a.md");
        Translations translations = site.translations(fallback);

        assertEquals(List.of(Optional.of(source), List.of(source), Optional.of(source), "en"),
                List.of(translations.fallbackSource(), translations.alternates(), translations.original(),
                        fallback.textLang()));
        assertEquals(List.of(), translations.missingLanguages());
    }

    @Test
    void versionsAndAlternatesFollowSiteYamlOrderWhicheverPageAsks() {
        Site site = build(page("fr", "a.md"), page("en", "a.md"));

        for (String lang : List.of("en", "fr")) {
            Translations translations = site.translations(find(site, lang, "a.md"));
            assertEquals(List.of("/en/a/", "/fr/a/"), translations.alternates().stream().map(Page::url).toList());
            assertEquals(Optional.of("/en/a/"), translations.original().map(Page::url));
            assertEquals(Optional.of("/fr/a/"), translations.in("fr").map(Page::url));
        }
    }

    @Test
    void aPageMissingInTheDefaultLanguageHasNoOriginal() {
        Site site = build(page("fr", "a.md"));

        Translations translations = site.translations(find(site, "fr", "a.md"));
        assertEquals(List.of(Optional.empty(), List.of("en")), List.of(translations.original(),
                translations.missingLanguages().stream().map(Language::key).toList()));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "'date: 2024-12-20;', 2024-12-20",
            "'date: 2024-12-20;updated: 2025-01-03;', 2025-01-03",
            "'', none"})
    void lastModifiedIsUpdatedElseDate(String dates, LocalDate expected) {
        Site site = build(page("en", "a.md", REQUIRED + dates.replace(";", "\n")));

        assertEquals(Optional.ofNullable(expected), find(site, "en", "a.md").lastModified());
    }

    @Test
    void aPageIsIdentifiedByItsLanguageAndFileNotByItsText() {
        Page page = find(build(page("en", "a.md")), "en", "a.md");
        Page edited = new Page(page.lang(), page.sourcePath(), page.file(), page.frontMatter(), page.pairKey(),
                page.url(), page.layout(), "Another body", page.bodyFirstLine(), page.fallbackFrom());

        assertEquals(List.of(page, page.hashCode(), new Page.Key("en", Path.of("content/en/a.md"))),
                List.of(edited, edited.hashCode(), page.key()));
    }

    @Test
    void noticePolicyWarnsAboutEachMissingTranslation() {
        Site site = build(page("en", "a.md"));

        assertEquals(List.of("warning: content/en/a.md:1: no Français (fr) translation yet; readers are told so\n"
                + "  fix: create content/fr/a.md (or a page with the same translationKey)"), reported());
        assertEquals(List.of("fr"), site.translations(find(site, "en", "a.md")).missingLanguages().stream()
                .map(Language::key).toList());
    }

    @Test
    void pagesOfALanguageAreInMenuOrder() {
        Site site = build(page("en", "c.md", "title: Charlie\ndescription: D\nweight: 1\n"),
                page("en", "a.md", "title: Bravo\ndescription: D\nweight: 2\n"),
                page("en", "b.md", "title: Alpha\ndescription: D\nweight: 2\n"));

        assertEquals(List.of("Charlie", "Alpha", "Bravo"), site.pagesIn("en").stream().map(Page::title).toList());
    }

    @Test
    void pageOutputPathIsItsUrlWithIndexHtml() {
        Site site = build(page("fr", "the-case.md", REQUIRED + "slug: l-affaire\n"));

        assertEquals("fr/l-affaire/index.html", find(site, "fr", "the-case.md").outputPath());
    }

    @Test
    void contentLoadedFromAProjectFolderBuildsItsSite(@TempDir Path project) throws IOException {
        write(project, "content/site.yaml", """
                baseUrl: https://example.org/
                languages:
                  - {key: en, locale: en-US}
                  - {key: fr, locale: fr-FR}
                """);
        write(project, "content/en/_index.md", "---\ntitle: Home\ndescription: D\n---\n");
        write(project, "content/fr/_index.md", "---\ntitle: Accueil\ndescription: D\n---\n");
        write(project, "content/en/the-case.md", "---\ntitle: The case\ndescription: D\n---\n");
        write(project, "content/fr/the-case.md", "---\ntitle: L'affaire\ndescription: D\nslug: l-affaire\n---\n");
        Content content = new ContentLoader(project, problems).load().orElseThrow();

        Site site = new SiteBuilder(content.config(), problems).build(content, false);

        assertEquals(Map.of("en/_index.md", "/en/", "fr/_index.md", "/fr/", "en/the-case.md", "/en/the-case/",
                "fr/the-case.md", "/fr/l-affaire/"), urls(site));
        assertEquals(List.of(), reported());
    }

    private static void write(Path project, String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
