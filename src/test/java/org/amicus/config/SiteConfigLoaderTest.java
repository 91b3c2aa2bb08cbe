package org.amicus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteConfigLoaderTest {

    private static final Path FILE = Path.of("content/site.yaml");
    /** Lines 1 to 6 of most files below. */
    private static final String TWO_LANGUAGES = """
            languages:
              - key: en
                locale: en-US
              - key: fr
                locale: fr-FR
                name: Français
            """;

    private final Problems problems = new Problems();

    private Optional<SiteConfig> load(String yaml) {
        return SiteConfigLoader.load(FILE, yaml, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void validFileIsReadWithEveryKey() {
        SiteConfig config = load("""
                baseUrl: https://example.org/
                defaultLanguage: fr
                missingTranslation: fallback
                languages:
                  - key: en
                    locale: en-US
                    name: English
                    title: "WhatsApp v. NSO Group"
                    description: The ruling explained
                    dateFormat: MMMM d, uuuu
                  - key: fr
                    locale: fr-FR
                    name: Français
                    title: "WhatsApp c. NSO Group"
                    description: La décision expliquée
                publisher: {name: Amicus, url: "https://amicus.example/"}
                """).orElseThrow();

        assertEquals(new SiteConfig("https://example.org/", "fr", MissingTranslationPolicy.FALLBACK, List.of(
                new Language("en", "en-US", "English", "WhatsApp v. NSO Group", "The ruling explained", "MMMM d, uuuu"),
                new Language("fr", "fr-FR", "Français", "WhatsApp c. NSO Group", "La décision expliquée",
                        "")),
                new SiteConfig.Publisher("Amicus", "https://amicus.example/")), config);
        assertEquals(List.of(), reported());
    }

    @Test
    void optionalKeysHaveDefaults() {
        SiteConfig config = load("baseUrl: https://example.org/\n" + TWO_LANGUAGES).orElseThrow();

        assertEquals(new SiteConfig("https://example.org/", "en", MissingTranslationPolicy.NOTICE, List.of(
                new Language("en", "en-US", "en", "", "", ""),
                new Language("fr", "fr-FR", "Français", "", "", "")),
                new SiteConfig.Publisher("", "")), config);
    }

    @Test
    void baseUrlWithoutTrailingSlashGetsOne() {
        SiteConfig config = load("baseUrl: https://example.org/amicus\n" + TWO_LANGUAGES).orElseThrow();

        assertEquals("https://example.org/amicus/", config.baseUrl());
    }

    @Test
    void absoluteUrlOfARootRelativePathJoinsBaseUrl() {
        SiteConfig config = load("baseUrl: https://example.org/amicus/\n" + TWO_LANGUAGES).orElseThrow();

        assertEquals("https://example.org/amicus/en/the-case/", config.absolute("/en/the-case/"));
    }

    @Test
    void missingLanguagesAreReportedOnLineOne() {
        Optional<SiteConfig> config = load("baseUrl: https://example.org/\n");

        assertEquals(Optional.empty(), config);
        assertEquals(List.of("error: content/site.yaml:1: `languages` is missing from site.yaml\n"
                + "  fix: add a line `languages: [{key: en, locale: en-US, name: English}]`"), reported());
    }

    @Test
    void emptyLanguageListIsReportedOnItsLine() {
        Optional<SiteConfig> config = load("baseUrl: https://example.org/\nlanguages: []\n");

        assertEquals(Optional.empty(), config);
        assertEquals(List.of("error: content/site.yaml:2: `languages` is empty\n"
                + "  fix: add at least one, for example `languages: [{key: en, locale: en-US, name: English}]`"),
                reported());
    }

    @Test
    void missingBaseUrlIsReportedOnLineOne() {
        Optional<SiteConfig> config = load(TWO_LANGUAGES);

        assertEquals(Optional.empty(), config);
        assertEquals(List.of("error: content/site.yaml:1: `baseUrl` is missing from site.yaml\n"
                + "  fix: add a line `baseUrl: https://example.org/`"), reported());
    }

    @Test
    void localeThatIsNotBcp47IsReportedOnItsLine() {
        Optional<SiteConfig> config = load("""
                baseUrl: https://example.org/
                languages:
                  - key: en
                    locale: en_US
                """);

        assertEquals(Optional.empty(), config);
        assertEquals(List.of("error: content/site.yaml:4: locale `en_US` is not a BCP 47 language tag\n"
                + "  fix: write it like `en-US` or `fr-FR`"), reported());
    }

    @Test
    void languageKeyThatIsNotALowercaseCodeIsReportedOnItsLine() {
        load("""
                baseUrl: https://example.org/
                languages:
                  - key: English
                    locale: en-US
                """);

        assertEquals(List.of("error: content/site.yaml:3: language key `English` is not a short lowercase code\n"
                + "  fix: use a code such as `en` or `fr`: it names the folder content/<key>/ and the URL"),
                reported());
    }

    @Test
    void languageWithoutLocaleIsReportedAtItsFirstLine() {
        load("""
                baseUrl: https://example.org/
                languages:
                  - key: en
                    name: English
                """);

        assertEquals(List.of("error: content/site.yaml:3: `locale` is missing from language `en`\n"
                + "  fix: add a line `locale: en-US`"), reported());
    }

    @Test
    void languageListedTwiceIsReported() {
        load("""
                baseUrl: https://example.org/
                languages:
                  - key: en
                    locale: en-US
                  - key: en
                    locale: en-GB
                """);

        assertEquals(List.of("error: content/site.yaml:5: language `en` is defined twice\n"
                + "  fix: keep one entry per language (the first is on line 3)"), reported());
    }

    @Test
    void unknownKeyIsReportedWithASuggestion() {
        load("baseUrl: https://example.org/\npublsher: {name: Amicus}\n" + TWO_LANGUAGES);

        assertEquals(List.of("error: content/site.yaml:2: unknown key `publsher` in site.yaml\n"
                + "  fix: did you mean `publisher`? Known keys: baseUrl, defaultLanguage, languages, "
                + "missingTranslation, publisher"), reported());
    }

    @Test
    void unknownLanguageKeyIsReportedWithASuggestion() {
        load("""
                baseUrl: https://example.org/
                languages:
                  - key: en
                    locale: en-US
                    tilte: Amicus
                """);

        assertEquals(List.of("error: content/site.yaml:5: unknown key `tilte` in language `en`\n"
                + "  fix: did you mean `title`? Known keys: dateFormat, description, key, locale, name, title"),
                reported());
    }

    @Test
    void unknownPublisherKeyIsReported() {
        load("baseUrl: https://example.org/\npublisher:\n  nmae: Amicus\n" + TWO_LANGUAGES);

        assertEquals(List.of("error: content/site.yaml:3: unknown key `nmae` in `publisher` of site.yaml\n"
                + "  fix: did you mean `name`? Known keys: name, url"), reported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "/", "ftp://example.org/", "https://example.org/?lang=en",
            "https://example.org/#top", "https://exa mple.org/", "https://user:secret@example.org/"})
    void baseUrlThatIsNotAnAbsoluteHttpUrlIsReportedOnItsLine(String url) {
        Optional<SiteConfig> config = load("baseUrl: \"" + url + "\"\n" + TWO_LANGUAGES);

        assertEquals(Optional.empty(), config);
        assertEquals(List.of("error: content/site.yaml:1: baseUrl `" + url + "` is not an absolute http(s) URL\n"
                + "  fix: write it like `https://example.org/`, without a user name, password, `?` or `#`"), reported());
    }

    @ParameterizedTest
    @CsvSource({"http://localhost:8080, http://localhost:8080/", "https://example.org, https://example.org/",
            "' https://example.org/a/ ', https://example.org/a/"})
    void normalizeBaseUrlAcceptsHttpUrlsAndEndsThemWithASlash(String url, String expected) {
        assertEquals(Optional.of(expected), SiteConfigLoader.normalizeBaseUrl(url));
    }

    @Test
    void defaultLanguageThatIsNotALanguageIsReportedOnItsLine() {
        Optional<SiteConfig> config = load("baseUrl: https://example.org/\ndefaultLanguage: de\n" + TWO_LANGUAGES);

        assertEquals(Optional.empty(), config);
        assertEquals(List.of("error: content/site.yaml:2: defaultLanguage `de` is not one of the languages\n"
                + "  fix: use one of: en, fr"), reported());
    }

    @Test
    void defaultLanguageIsTheFirstLanguageWhenNotSet() {
        SiteConfig config = load("baseUrl: https://example.org/\nlanguages:\n  - {key: fr, locale: fr-FR}\n"
                + "  - {key: en, locale: en-US}\n").orElseThrow();

        assertEquals("fr", config.defaultLanguageConfig().key());
    }

    @Test
    void missingTranslationSometimesIsRejectedOnItsLine() {
        Optional<SiteConfig> config = load("baseUrl: https://example.org/\nmissingTranslation: sometimes\n"
                + TWO_LANGUAGES);

        assertEquals(Optional.empty(), config);
        assertEquals(List.of("error: content/site.yaml:2: missingTranslation `sometimes` is not a policy\n"
                + "  fix: use `strict`, `notice` or `fallback`"), reported());
    }

    @ParameterizedTest
    @CsvSource({"strict, STRICT", "notice, NOTICE", "fallback, FALLBACK"})
    void missingTranslationPolicyIsRead(String written, MissingTranslationPolicy expected) {
        SiteConfig config = load("baseUrl: https://example.org/\nmissingTranslation: " + written + "\n"
                + TWO_LANGUAGES).orElseThrow();

        assertEquals(expected, config.missingTranslation());
    }

    /** As the JSON Schema of editors says: a policy is written as the README writes it. */
    @Test
    void missingTranslationInCapitalsIsRejectedWithItsSpelling() {
        load("baseUrl: https://example.org/\nmissingTranslation: Strict\n" + TWO_LANGUAGES);

        assertEquals(List.of("error: content/site.yaml:2: missingTranslation `Strict` is not a policy\n"
                + "  fix: did you mean `strict`? use `strict`, `notice` or `fallback`"), reported());
    }

    @Test
    void siteYamlThatIsNotAMappingIsReported() {
        load("- en\n- fr\n");

        assertEquals(List.of("error: content/site.yaml:1: site.yaml must be a set of `key: value` lines, not a list\n"
                + "  fix: write one `key: value` per line, for example `title: The case`"), reported());
    }

    @Test
    void languagesWrittenAsAMappingAreReported() {
        load("baseUrl: https://example.org/\nlanguages:\n  en: en-US\n");

        assertEquals(List.of("error: content/site.yaml:2: `languages` must be a list, not a set of `key: value` "
                + "lines\n  fix: write it as items written as `- …` lines under `languages:`"), reported());
    }

    @Test
    void javaLocaleFollowsTheBcp47Tag() {
        Language french = new Language("fr", "fr-CA", "Français", "", "", "d MMMM uuuu");

        assertEquals(Locale.CANADA_FRENCH, french.javaLocale());
    }
}
