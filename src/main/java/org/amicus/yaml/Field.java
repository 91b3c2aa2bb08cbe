package org.amicus.yaml;

import java.util.Optional;

/**
 * One key a YAML mapping may hold: its type, whether it is required, the rule its value follows, and what it is
 * for (shown by editors on hover, from the JSON Schema).
 *
 * @param example  a whole line an author could write, for messages: {@code title: The title of this page}
 * @param forbidsBlank a text that is only spaces is an error
 * @param check    a rule for text values (each text of a list); null for none
 * @param nonEmpty for lists: an empty list is an error
 * @param nested   for {@link Type#MAPPING} and {@link Type#MAPPING_LIST}: what each mapping holds
 * @param language for the version of an entry in one language: that language's name ({@code Français}); a
 *                 missing version is then reported as such
 */
public record Field(String key, Type type, String help, boolean required, String example, boolean forbidsBlank,
                    Check check, boolean nonEmpty, Schema nested, String language) {

    /** What a value must be. The names are the author's words; each reads its value from YAML its own way. */
    public enum Type {
        TEXT, BOOLEAN, INTEGER, DATE, TEXT_LIST, MAPPING, MAPPING_LIST
    }

    public Field {
        if ((type == Type.MAPPING || type == Type.MAPPING_LIST) != (nested != null)) {
            throw new IllegalArgumentException(key + ": a nested schema goes with a mapping or a list of them");
        }
    }

    public static Field text(String key, String help) {
        return new Field(key, Type.TEXT, help, false, null, false, null, false, null, null);
    }

    public static Field bool(String key, String help) {
        return new Field(key, Type.BOOLEAN, help, false, null, false, null, false, null, null);
    }

    public static Field integer(String key, String help) {
        return new Field(key, Type.INTEGER, help, false, null, false, null, false, null, null);
    }

    public static Field date(String key, String help) {
        return new Field(key, Type.DATE, help, false, null, false, null, false, null, null);
    }

    /** A list of texts; a single text is a list of one, as authors often write {@code tags: cfaa}. */
    public static Field texts(String key, String help) {
        return new Field(key, Type.TEXT_LIST, help, false, null, false, null, false, null, null);
    }

    public static Field mapping(String key, String help, Schema nested) {
        return new Field(key, Type.MAPPING, help, false, null, false, null, false, nested, null);
    }

    public static Field list(String key, String help, Schema nested) {
        return new Field(key, Type.MAPPING_LIST, help, false, null, false, null, false, nested, null);
    }

    /** An entry's text in one language, e.g. {@code fr: {title: …}}: required, as every language needs one. */
    public static Field languageVersion(String key, String name, Schema nested) {
        return new Field(key, Type.MAPPING, "The text in " + name + ".", true, key + ": {…}", false, null, false,
                nested, name);
    }

    /** The author must write this key; {@code example} is the line the error message suggests. */
    public Field required(String example) {
        return new Field(key, type, help, true, example, forbidsBlank, check, nonEmpty, nested, language);
    }

    /** A text that is only spaces is an error: a title, a key. */
    public Field notBlank() {
        return new Field(key, type, help, required, example, true, check, nonEmpty, nested, language);
    }

    public Field check(Check rule) {
        return new Field(key, type, help, required, example, forbidsBlank, rule, nonEmpty, nested, language);
    }

    /** An empty list is an error; {@code example} shows a list that is not. */
    public Field nonEmpty(String example) {
        return new Field(key, type, help, required, example, forbidsBlank, check, true, nested, language);
    }

    /** Reads this field's value from YAML, reporting what is wrong; empty when it was. */
    Optional<Object> read(YamlReader yaml, YamlEntry entry, String where) {
        Optional<?> value = switch (type) {
            case TEXT -> (forbidsBlank ? yaml.nonBlankString(entry) : yaml.string(entry))
                    .filter(text -> check == null || check.accepts(yaml, entry, text));
            case BOOLEAN -> yaml.bool(entry);
            case INTEGER -> yaml.integer(entry);
            case DATE -> yaml.date(entry);
            case TEXT_LIST -> yaml.stringList(entry).filter(list -> !list.isEmpty() || allowedEmpty(yaml, entry))
                    .filter(list -> check == null
                            || list.stream().filter(text -> !check.accepts(yaml, entry, text)).count() == 0);
            case MAPPING -> yaml.mapping(entry).flatMap(map -> nested.read(yaml, map, "`" + key + "` of " + where));
            case MAPPING_LIST -> yaml.mappingList(entry).filter(list -> !list.isEmpty() || allowedEmpty(yaml, entry))
                    .map(list -> nested.readEach(yaml, list));
        };
        return value.map(v -> v);
    }

    private boolean allowedEmpty(YamlReader yaml, YamlEntry entry) {
        if (nonEmpty) {
            yaml.invalid(entry, "`" + key + "` is empty", "add at least one, for example `" + example + "`");
        }
        return !nonEmpty;
    }
}
