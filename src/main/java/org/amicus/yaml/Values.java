package org.amicus.yaml;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping that passed its {@link Schema}: each value already of its field's type, with the line it is on.
 *
 * @param line where the mapping starts (for problems about the mapping as a whole)
 */
public record Values(int line, Map<String, Value> values) {

    /** One checked value and the line of its key. */
    public record Value(int line, Object value) {
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<String> text(String key) {
        return get(key, String.class);
    }

    public Optional<Boolean> bool(String key) {
        return get(key, Boolean.class);
    }

    public Optional<Integer> integer(String key) {
        return get(key, Integer.class);
    }

    public Optional<LocalDate> date(String key) {
        return get(key, LocalDate.class);
    }

    @SuppressWarnings("unchecked")
    public Optional<List<String>> texts(String key) {
        return get(key, List.class).map(list -> (List<String>) list);
    }

    public Optional<Values> mapping(String key) {
        return get(key, Values.class);
    }

    @SuppressWarnings("unchecked")
    public List<Values> list(String key) {
        return get(key, List.class).map(list -> (List<Values>) list).orElse(List.of());
    }

    /** Every value as text, in the author's order: the UI strings of a language. */
    public Map<String, String> textMap() {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((key, value) -> texts.put(key, (String) value.value()));
        return texts;
    }

    /** The line of {@code key}, or of the mapping when the key is not written. */
    public int lineOf(String key) {
        Value value = values.get(key);
        return value == null ? line : value.line();
    }

    /** The line of every key written, so later stages can point at it. */
    public Map<String, Integer> lines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        values.forEach((key, value) -> lines.put(key, value.line()));
        return lines;
    }

    private <T> Optional<T> get(String key, Class<T> type) {
        Value value = values.get(key);
        return value == null ? Optional.empty() : Optional.of(type.cast(value.value()));
    }
}
