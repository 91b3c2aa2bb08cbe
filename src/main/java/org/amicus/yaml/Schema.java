package org.amicus.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What one YAML mapping of an author's file may hold: its fields, in the order the README lists them. Every
 * file Amicus reads (front matter, site.yaml, the data files, the UI strings) is declared this way, so each
 * reports the same errors with the same words, and {@link JsonSchemas} writes the same rules for editors.
 *
 * @param title    what the mapping is, for editors: {@code "A source of content/data/sources.yaml"}
 * @param name     how messages name it: {@code "this source"}, {@code "the front matter"}, {@code "site.yaml"}
 * @param noun     for entries of a list with an identity: {@code "source"}, so a message can say {@code source `x`}
 * @param identity the key that tells entries apart ({@code key}); two entries with one value are an error
 * @param anyText  true for a flat map of texts with keys of the author's choice (UI strings)
 * @param exactlyOne groups of keys of which exactly one must be written, each with the hint for when it is not
 */
public record Schema(String title, String name, String noun, String identity, List<Field> fields, boolean anyText,
                     List<OneOf> exactlyOne) {

    /** Exactly one of {@code keys} must be written. */
    public record OneOf(List<String> keys, String hint) {
    }

    public static Schema of(String title, String name, List<Field> fields) {
        return new Schema(title, name, null, null, List.copyOf(fields), false, List.of());
    }

    /** A flat map of texts whose keys are the author's, such as UI strings. */
    public static Schema textMap(String title, String name) {
        return new Schema(title, name, null, null, List.of(), true, List.of());
    }

    /** Entries of a list are named by {@code identity}: {@code source `x`}, and one value may not repeat. */
    public Schema identifiedBy(String identityKey, String entryNoun) {
        return new Schema(title, name, entryNoun, identityKey, fields, anyText, exactlyOne);
    }

    public Schema exactlyOneOf(List<String> keys, String hint) {
        List<OneOf> rules = new ArrayList<>(exactlyOne);
        rules.add(new OneOf(List.copyOf(keys), hint));
        return new Schema(title, name, noun, identity, fields, anyText, List.copyOf(rules));
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Reads a YAML text that must be one mapping of this schema (site.yaml, UI strings). */
    public Optional<Values> readMapping(YamlReader yaml, String text) {
        return readMapping(yaml, text, -1);
    }

    /** The same, for a text whose missing keys are reported on {@code line} (front matter: its opening fence), or
     * on the line where the mapping starts when {@code line} is negative. */
    public Optional<Values> readMapping(YamlReader yaml, String text, int line) {
        // Counted from here: a key written twice is reported while the text is read, before its fields are.
        int errorsBefore = yaml.errorCount();
        return yaml.readMapping(text, name)
                .flatMap(map -> read(yaml, line < 0 ? map : new YamlMap(yaml, line, map.entries())))
                .filter(values -> yaml.errorCount() == errorsBefore);
    }

    /** Reads a YAML text that must be a list of mappings of this schema (data files): the valid ones. */
    public Optional<List<Values>> readList(YamlReader yaml, String text, String fileName) {
        return yaml.readMappingList(text, fileName).map(maps -> readEach(yaml, maps));
    }

    /** Checks one mapping; empty when anything in it was wrong (every problem reported, with its line). */
    public Optional<Values> read(YamlReader yaml, YamlMap map) {
        return read(yaml, map, null);
    }

    /**
     * The valid entries of a list; an entry whose identity an earlier one already has is reported and left out.
     */
    List<Values> readEach(YamlReader yaml, List<YamlMap> maps) {
        List<Values> valid = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (YamlMap map : maps) {
            read(yaml, map).ifPresent(values -> {
                String id = identity == null ? null : values.text(identity).orElse(null);
                Integer first = id == null ? null : firstLines.putIfAbsent(id, values.line());
                if (first != null) {
                    yaml.error(values.line(), noun + " `" + id + "` is defined twice",
                            "keep one entry per " + noun + " (the first is on line " + first + ")");
                } else {
                    valid.add(values);
                }
            });
        }
        return List.copyOf(valid);
    }

    /** @param where how messages name this mapping when it is nested in another; null for its own name */
    Optional<Values> read(YamlReader yaml, YamlMap map, String where) {
        int errorsBefore = yaml.errorCount();
        String named = where != null ? where : nameOf(yaml, map);
        Map<String, Values.Value> values = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            Optional<Field> field = field(entry.key());
            Optional<?> value;
            if (field.isPresent()) {
                value = field.get().read(yaml, entry, named);
            } else if (anyText) {
                value = yaml.string(entry);
            } else {
                yaml.unknownKey(entry, new TreeSet<>(fields.stream().map(Field::key).toList()), named);
                value = Optional.empty();
            }
            value.ifPresent(v -> values.put(entry.key(), new Values.Value(entry.line(), v)));
        }
        for (Field field : fields) {
            if (field.required() && map.get(field.key()).isEmpty()) {
                if (field.language() != null) {
                    yaml.error(map.line(), named + " has no " + field.language() + " (" + field.key() + ") version",
                            "add `" + field.key() + ":` with the text in " + field.language());
                } else {
                    yaml.missingKey(map.line(), field.key(), named, field.example());
                }
            }
        }
        for (OneOf rule : exactlyOne) {
            if (rule.keys().stream().filter(key -> map.get(key).isPresent()).count() != 1) {
                yaml.error(map.line(), named + " needs exactly one of " + rule.keys().stream()
                        .map(key -> "`" + key + "`").collect(Collectors.joining(" and ")), rule.hint());
            }
        }
        return yaml.errorCount() > errorsBefore ? Optional.empty() : Optional.of(new Values(map.line(), values));
    }

    /** {@code source `x`} when the entry has a usable identity, else the schema's name ({@code this source}). */
    private String nameOf(YamlReader yaml, YamlMap map) {
        if (identity == null) {
            return name;
        }
        return map.get(identity).map(YamlEntry::value)
                .filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).getValue())
                .filter(id -> !id.isBlank())
                .map(id -> noun + " `" + id + "`")
                .orElse(name);
    }
}
