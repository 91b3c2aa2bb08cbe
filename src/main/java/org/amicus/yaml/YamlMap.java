package org.amicus.yaml;

import java.util.List;
import java.util.Optional;

/** A YAML mapping as ordered entries, each with its line; {@code line} is where the mapping starts. */
public record YamlMap(YamlReader reader, int line, List<YamlEntry> entries) {

    public Optional<YamlEntry> get(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
