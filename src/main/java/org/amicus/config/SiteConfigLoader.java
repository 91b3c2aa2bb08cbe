package org.amicus.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Problems;
import org.amicus.yaml.YamlEntry;
import org.amicus.yaml.YamlMap;
import org.amicus.yaml.YamlReader;

/** Reads and validates {@code content/site.yaml}. */
public final class SiteConfigLoader {

    private static final Set<String> SITE_KEYS = Set.of("baseUrl", "defaultLanguage", "missingTranslation",
            "languages", "publisher");
    private static final Set<String> LANGUAGE_KEYS = Set.of("key", "locale", "name", "title", "description",
            "dateFormat");
    private static final Set<String> PUBLISHER_KEYS = Set.of("name", "url");
    private static final Pattern LANGUAGE_KEY = Pattern.compile("[a-z]{2,3}(-[a-z0-9]+)?");
    static final String DEFAULT_DATE_FORMAT = "d MMMM uuuu";

    private SiteConfigLoader() {
    }

    /**
     * @param file     the path used in messages (relative to the project)
     * @param text     the file's text
     */
    public static Optional<SiteConfig> load(Path file, String text, Problems problems) {
        YamlReader yaml = new YamlReader(file, 1, problems);
        Optional<YamlMap> root = yaml.readMapping(text, "site.yaml");
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = root.get();
        String baseUrl = null;
        String defaultLanguage = null;
        MissingTranslationPolicy policy = MissingTranslationPolicy.NOTICE;
        List<Language> languages = new ArrayList<>();
        SiteConfig.Publisher publisher = new SiteConfig.Publisher("", "");

        for (YamlEntry entry : map.entries()) {
            switch (entry.key()) {
                case "baseUrl" -> baseUrl = yaml.string(entry).flatMap(url -> checkBaseUrl(yaml, entry, url))
                        .orElse(baseUrl);
                case "defaultLanguage" -> defaultLanguage = yaml.string(entry).orElse(null);
                case "missingTranslation" -> policy = yaml.string(entry).flatMap(v -> policy(yaml, entry, v))
                        .orElse(policy);
                case "languages" -> yaml.mappingList(entry).ifPresent(list -> {
                    for (YamlMap item : list) {
                        language(yaml, item).ifPresent(language -> {
                            if (languages.stream().anyMatch(l -> l.key().equals(language.key()))) {
                                yaml.error(item.line(), "language `" + language.key() + "` is listed twice in "
                                        + "site.yaml", "keep one entry per language");
                            } else {
                                languages.add(language);
                            }
                        });
                    }
                });
                case "publisher" -> {
                    Optional<YamlMap> pub = yaml.mapping(entry);
                    if (pub.isPresent()) {
                        publisher = publisher(yaml, pub.get());
                    }
                }
                default -> yaml.unknownKey(entry, SITE_KEYS, "site.yaml");
            }
        }
        if (map.get("languages").isEmpty()) {
            yaml.missingKey(map.line(), "languages", "site.yaml", "languages: [{key: en, locale: en-US, name: English}]");
        } else if (languages.isEmpty() && yaml.errorCount() == 0) {
            yaml.error(map.get("languages").get().line(), "`languages` lists no language",
                    "add at least one language: `- {key: en, locale: en-US, name: English}`");
        }
        if (map.get("baseUrl").isEmpty()) {
            yaml.missingKey(map.line(), "baseUrl", "site.yaml", "baseUrl: https://example.org/");
        }
        Set<String> keys = new HashSet<>();
        languages.forEach(language -> keys.add(language.key()));
        if (defaultLanguage == null && !languages.isEmpty()) {
            defaultLanguage = languages.get(0).key();
        } else if (defaultLanguage != null && !keys.contains(defaultLanguage)) {
            int line = map.get("defaultLanguage").map(YamlEntry::line).orElse(0);
            yaml.error(line, "defaultLanguage `" + defaultLanguage + "` is not one of the languages",
                    "use one of: " + String.join(", ", keys));
        }
        if (yaml.errorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(baseUrl, defaultLanguage, policy, List.copyOf(languages), publisher));
    }

    private static Optional<Language> language(YamlReader yaml, YamlMap item) {
        String key = null;
        String locale = null;
        String name = null;
        String title = "";
        String description = "";
        String dateFormat = DEFAULT_DATE_FORMAT;
        for (YamlEntry entry : item.entries()) {
            switch (entry.key()) {
                case "key" -> {
                    key = yaml.string(entry).orElse(null);
                    if (key != null && !LANGUAGE_KEY.matcher(key).matches()) {
                        yaml.invalid(entry, "language key `" + key + "` is not a short lowercase code",
                                "use a code such as `en` or `fr`: it names the folder content/" + "<key>/ and the URL");
                        key = null;
                    }
                }
                case "locale" -> {
                    locale = yaml.string(entry).orElse(null);
                    if (locale != null && !isBcp47(locale)) {
                        yaml.invalid(entry, "locale `" + locale + "` is not a BCP 47 language tag",
                                "write it like `en-US` or `fr-FR`");
                        locale = null;
                    }
                }
                case "name" -> name = yaml.nonBlankString(entry).orElse(null);
                case "title" -> title = yaml.string(entry).orElse("");
                case "description" -> description = yaml.string(entry).orElse("");
                case "dateFormat" -> dateFormat = yaml.string(entry).orElse(DEFAULT_DATE_FORMAT);
                default -> yaml.unknownKey(entry, LANGUAGE_KEYS, "a language of site.yaml");
            }
        }
        if (key == null || locale == null) {
            if (item.get("key").isEmpty()) {
                yaml.missingKey(item.line(), "key", "this language", "key: en");
            }
            if (item.get("locale").isEmpty()) {
                yaml.missingKey(item.line(), "locale", "this language", "locale: en-US");
            }
            return Optional.empty();
        }
        return Optional.of(new Language(key, locale, name == null ? key : name, title, description, dateFormat));
    }

    private static boolean isBcp47(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static SiteConfig.Publisher publisher(YamlReader yaml, YamlMap map) {
        String name = "";
        String url = "";
        for (YamlEntry entry : map.entries()) {
            switch (entry.key()) {
                case "name" -> name = yaml.string(entry).orElse("");
                case "url" -> url = yaml.string(entry).orElse("");
                default -> yaml.unknownKey(entry, PUBLISHER_KEYS, "publisher");
            }
        }
        return new SiteConfig.Publisher(name, url);
    }

    private static Optional<String> checkBaseUrl(YamlReader yaml, YamlEntry entry, String url) {
        Optional<String> valid = normalizeBaseUrl(url);
        if (valid.isEmpty()) {
            yaml.invalid(entry, "baseUrl `" + url + "` is not an absolute http(s) URL",
                    "write it like `https://example.org/`");
        }
        return valid;
    }

    /** An absolute http(s) URL ending with a slash, or empty when the text is not one. */
    public static Optional<String> normalizeBaseUrl(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.empty();
            }
            String text = uri.toString();
            return Optional.of(text.endsWith("/") ? text : text + "/");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<MissingTranslationPolicy> policy(YamlReader yaml, YamlEntry entry, String value) {
        try {
            return Optional.of(MissingTranslationPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            yaml.invalid(entry, "missingTranslation `" + value + "` is not a policy",
                    "use `strict`, `notice` or `fallback`");
            return Optional.empty();
        }
    }
}
