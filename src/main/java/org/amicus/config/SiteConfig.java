package org.amicus.config;

import java.util.List;
import java.util.Optional;

/** What {@code content/site.yaml} says, validated. */
public record SiteConfig(String baseUrl, String defaultLanguage, MissingTranslationPolicy missingTranslation,
                         List<Language> languages, Publisher publisher) {

    /** Who publishes the site; both fields may be empty. */
    public record Publisher(String name, String url) {
    }

    public Optional<Language> language(String key) {
        return languages.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    public Language defaultLanguageConfig() {
        return language(defaultLanguage).orElseThrow();
    }

    /** An absolute URL for a root-relative path: {@code /en/} → {@code https://example.org/en/}. */
    public String absolute(String rootRelative) {
        return baseUrl.substring(0, baseUrl.length() - 1) + rootRelative;
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(newBaseUrl, defaultLanguage, missingTranslation, languages, publisher);
    }
}
