package org.amicus.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a {@link Schema} as JSON Schema (draft 7, which the YAML extension of VS Code and IntelliJ both
 * read), so an editor completes keys, shows each key's help on hover and marks mistakes as the author types.
 * The result is plain maps and lists in a fixed order, ready to be written as JSON.
 *
 * <p>Some rules stay with the build: that an entry's key is not defined twice, that a key it refers to exists,
 * and the few relations between fields (a dated source cannot be {@code undated: true}).
 */
public final class JsonSchemas {

    static final String DRAFT = "http://json-schema.org/draft-07/schema#";
    /** YAML reads {@code title: 2024} as a number; Amicus takes any single value as text, and so does this. */
    private static final List<String> SCALAR = List.of("string", "number", "boolean");

    private JsonSchemas() {
    }

    /** A schema for a file that is one mapping (front matter, site.yaml, UI strings). */
    public static Map<String, Object> forMapping(Schema schema) {
        Map<String, Object> json = header(schema.title());
        json.putAll(object(schema));
        return json;
    }

    /** A schema for a data file: a list of mappings. */
    public static Map<String, Object> forList(Schema schema, String fileTitle) {
        Map<String, Object> json = header(fileTitle);
        json.put("type", "array");
        json.put("items", object(schema));
        return json;
    }

    private static Map<String, Object> header(String title) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("$schema", DRAFT);
        json.put("title", title);
        return json;
    }

    private static Map<String, Object> object(Schema schema) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("description", schema.title());
        json.put("type", "object");
        if (schema.anyText()) {
            json.put("additionalProperties", text(false));
            return json;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        schema.fields().forEach(field -> properties.put(field.key(), field(field)));
        json.put("properties", properties);
        List<String> required = schema.fields().stream().filter(Field::required).map(Field::key).toList();
        if (!required.isEmpty()) {
            json.put("required", required);
        }
        json.put("additionalProperties", false);
        if (!schema.exactlyOne().isEmpty()) {
            List<Object> rules = new ArrayList<>();
            for (Schema.OneOf rule : schema.exactlyOne()) {
                rules.add(Map.of("oneOf", rule.keys().stream().map(key -> Map.of("required", List.of(key))).toList()));
            }
            json.put("allOf", rules);
        }
        return json;
    }

    private static Map<String, Object> field(Field field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("description", field.help());
        switch (field.type()) {
            case TEXT -> {
                if (field.check() == null || !field.check().json().containsKey("enum")) {
                    json.putAll(text(field.forbidsBlank() && field.check() == null));
                }
                if (field.check() != null) {
                    json.putAll(field.check().json());
                }
            }
            case BOOLEAN -> json.put("type", "boolean");
            case INTEGER -> json.put("type", "integer");
            case DATE -> {
                json.put("type", "string");
                json.put("format", "date");
                json.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            }
            case TEXT_LIST -> {
                Map<String, Object> item = new LinkedHashMap<>(text(false));
                if (field.check() != null) {
                    item.putAll(field.check().json());
                }
                Map<String, Object> list = new LinkedHashMap<>();
                list.put("type", "array");
                list.put("items", item);
                if (field.nonEmpty()) {
                    list.put("minItems", 1);
                }
                json.put("anyOf", List.of(item, list));
            }
            case MAPPING -> {
                json.putAll(object(field.nested()));
                json.put("description", field.help());
            }
            case MAPPING_LIST -> {
                json.put("type", "array");
                json.put("items", object(field.nested()));
                if (field.nonEmpty()) {
                    json.put("minItems", 1);
                }
            }
        }
        return json;
    }

    private static Map<String, Object> text(boolean notBlank) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", SCALAR);
        if (notBlank) {
            json.put("pattern", "\\S");
        }
        return json;
    }
}
