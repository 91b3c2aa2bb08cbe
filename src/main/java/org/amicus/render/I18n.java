package org.amicus.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amicus.config.Language;
import org.amicus.diagnostic.Problems;
import org.amicus.yaml.AuthorFiles;
import org.amicus.yaml.Schema;
import org.amicus.yaml.YamlReader;

/**
 * UI strings of each language from {@code templates/i18n/<lang>.yaml}. Every language must have every key, so a
 * French reader never meets an English button (Zola makes a missing key an error too).
 */
public final class I18n {

    /** Flat {@code key: "text"} lines; which keys, the templates decide (every language must have the same). */
    public static final Schema SCHEMA = Schema.textMap("The UI strings of one language, in templates/i18n/",
            "an i18n file");

    private final Map<String, Map<String, String>> strings;

    private I18n(Map<String, Map<String, String>> strings) {
        this.strings = strings;
    }

    public Map<String, String> of(String lang) {
        return strings.getOrDefault(lang, Map.of());
    }

    public static I18n load(Path project, Iterable<Language> languages, Problems problems) {
        Map<String, Map<String, String>> strings = new HashMap<>();
        Set<String> allKeys = new TreeSet<>();
        for (Language language : languages) {
            Path shown = Path.of("templates", "i18n", language.key() + ".yaml");
            Path file = project.resolve(shown);
            if (!Files.isRegularFile(file)) {
                problems.error(shown, 0, "the UI strings of " + language.name() + " are missing",
                        "create " + shown + " with the same keys as the other languages");
                continue;
            }
            YamlReader yaml = new YamlReader(shown, 1, problems);
            AuthorFiles.read(file, shown, problems).flatMap(text -> SCHEMA.readMapping(yaml, text)).ifPresent(read -> {
                Map<String, String> values = read.textMap();
                strings.put(language.key(), Map.copyOf(values));
                allKeys.addAll(values.keySet());
            });
        }
        for (Language language : languages) {
            Map<String, String> values = strings.get(language.key());
            if (values == null) {
                continue;
            }
            for (String key : allKeys) {
                if (!values.containsKey(key)) {
                    problems.error(Path.of("templates", "i18n", language.key() + ".yaml"), 0,
                            "UI string `" + key + "` is missing in " + language.name(),
                            "add `" + key + ": …` translated into " + language.name());
                }
            }
        }
        return new I18n(Map.copyOf(strings));
    }
}
