package org.amicus.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amicus.diagnostic.Problems;
import org.amicus.yaml.Check;
import org.amicus.yaml.Field;
import org.amicus.yaml.Schema;
import org.amicus.yaml.Values;
import org.amicus.yaml.YamlReader;

/** Reads and validates {@code content/site.yaml} against its schema. */
public final class SiteConfigLoader {

    private static final Schema LANGUAGE = Schema.of("A language of the site", "this language", List.of(
            Field.text("key", "The language's folder under content/ and its URL prefix: en, fr.")
                    .required("key: en").check(Check.pattern("[a-z]{2,3}(-[a-z0-9]+)?",
                            "language key %s is not a short lowercase code",
                            "use a code such as `en` or `fr`: it names the folder content/<key>/ and the URL")),
            Field.text("locale", "BCP 47 tag for <html lang>, hreflang and dates: en-US, fr-FR.")
                    .required("locale: en-US").check(Check.that(SiteConfigLoader::isBcp47,
                            "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", "locale %s is not a BCP 47 language tag",
                            "write it like `en-US` or `fr-FR`")),
            Field.text("name", "The language's name in itself: English, Français.").notBlank(),
            Field.text("title", "The site's title in this language."),
            Field.text("description", "The site's description in this language."),
            Field.text("dateFormat", "Java date pattern for dates (default: the locale's long date, "
                    + "December 20, 2024 in en-US, 20 décembre 2024 in fr-FR).")))
            .identifiedBy("key", "language");

    private static final Schema PUBLISHER = Schema.of("Who publishes the site", "publisher", List.of(
            Field.text("name", "The publisher's name."),
            Field.text("url", "The publisher's address.")));

    public static final Schema SCHEMA = Schema.of("content/site.yaml: the site, its languages and its publisher",
            "site.yaml", List.of(
                    Field.text("baseUrl", "Absolute URL where the site is published; canonical and hreflang URLs "
                            + "start with it.").required("baseUrl: https://example.org/")
                            .check(Check.that(url -> normalizeBaseUrl(url).isPresent(), "^https?://[^/?#@\\s]+(/[^?#\\s]*)?$",
                                    "baseUrl %s is not an absolute http(s) URL", "write it like "
                                    + "`https://example.org/`, without a user name, password, `?` or `#`")),
                    Field.text("defaultLanguage", "The source language, which translations inherit from (default: "
                            + "the first language)."),
                    Field.text("missingTranslation", "What happens to a page without a translation (default "
                            + "notice).").check(Check.oneOf(List.of("strict", "notice", "fallback"),
                            "missingTranslation %s is not a policy", "use `strict`, `notice` or `fallback`")),
                    Field.list("languages", "The languages, in the order of the language switcher.", LANGUAGE)
                            .required("languages: [{key: en, locale: en-US, name: English}]")
                            .nonEmpty("languages: [{key: en, locale: en-US, name: English}]"),
                    Field.mapping("publisher", "Who publishes the site: {name, url}.", PUBLISHER)));

    private SiteConfigLoader() {
    }

    /**
     * @param file     the path used in messages (relative to the project)
     * @param text     the file's text
     */
    public static Optional<SiteConfig> load(Path file, String text, Problems problems) {
        YamlReader yaml = new YamlReader(file, 1, problems);
        Optional<Values> read = SCHEMA.readMapping(yaml, text);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Values site = read.get();
        List<Language> languages = site.list("languages").stream().map(SiteConfigLoader::language).toList();
        String defaultLanguage = site.text("defaultLanguage").orElse(languages.get(0).key());
        if (languages.stream().noneMatch(language -> language.key().equals(defaultLanguage))) {
            yaml.error(site.lineOf("defaultLanguage"), "defaultLanguage `" + defaultLanguage
                    + "` is not one of the languages", "use one of: " + String.join(", ",
                    languages.stream().map(Language::key).toList()));
            return Optional.empty();
        }
        MissingTranslationPolicy policy = MissingTranslationPolicy.valueOf(
                site.text("missingTranslation").orElse("notice").toUpperCase(Locale.ROOT));
        SiteConfig.Publisher publisher = site.mapping("publisher")
                .map(p -> new SiteConfig.Publisher(p.text("name").orElse(""), p.text("url").orElse("")))
                .orElse(new SiteConfig.Publisher("", ""));
        String baseUrl = normalizeBaseUrl(site.text("baseUrl").orElseThrow()).orElseThrow();
        return Optional.of(new SiteConfig(baseUrl, defaultLanguage, policy, languages, publisher));
    }

    private static Language language(Values language) {
        String key = language.text("key").orElseThrow();
        return new Language(key, language.text("locale").orElseThrow(), language.text("name").orElse(key),
                language.text("title").orElse(""), language.text("description").orElse(""),
                language.text("dateFormat").orElse(""));
    }

    private static boolean isBcp47(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** An absolute http(s) URL ending with a slash, or empty when the text is not one. */
    public static Optional<String> normalizeBaseUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getQuery() != null || uri.getFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String text = uri.toString();
            return Optional.of(text.endsWith("/") ? text : text + "/");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
