package org.amicus.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What {@code content/site.yaml} says, validated. */
public record SiteConfig(String baseUrl, String defaultLanguage, MissingTranslationPolicy missingTranslation,
                         List<Language> languages, Publisher publisher) {

    /** The path of each base URL, parsed once instead of at each of the thousands of links of a large site. */
    private static final Map<String, String> BASE_PATHS = new ConcurrentHashMap<>();

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

    /**
     * The address of a site path in links: {@code /en/} → {@code /nso/en/} when the site is published under
     * {@code https://example.org/nso/} (as GitHub Pages publishes a project), unchanged at a domain's root.
     */
    public String link(String sitePath) {
        String path = BASE_PATHS.computeIfAbsent(baseUrl,
                url -> Objects.requireNonNullElse(URI.create(url).getRawPath(), ""));
        return path.isEmpty() || path.equals("/") ? sitePath : path.substring(0, path.length() - 1) + sitePath;
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(newBaseUrl, defaultLanguage, missingTranslation, languages, publisher);
    }
}
