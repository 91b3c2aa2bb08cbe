package org.amicus.util;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of Amicus, for the JSON it writes: search documents, structured data, the live-reload
 * state, {@code check --format json} and the editors' schemas. Values are maps (written in their order; a null
 * value leaves its key out), lists, strings, numbers and booleans, so the same input always gives the same bytes.
 */
public final class Json {

    private Json() {
    }

    /** A map of the keys and values given in turn, in that order: {@code object("a", 1, "b", "x")}. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** JSON on one line, with no spaces. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, null, out);
        return out.toString();
    }

    /** JSON with two spaces per level, as people write it: a list of plain values stays on one line. */
    public static String indented(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.toString();
    }

    /**
     * A JSON string literal. {@code <} is written {@code \u003c} too, so the text is also safe inside an HTML
     * {@code <script type="application/ld+json">} element.
     */
    public static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** @param indent null for one line; else the indent of the line {@code value} starts on */
    private static void write(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeObject(map, indent, out);
        } else if (value instanceof List<?> list) {
            boolean oneLine = indent == null || list.stream().noneMatch(item -> item instanceof Map);
            String inner = indent == null ? null : indent + "  ";
            out.append(oneLine || list.isEmpty() ? "[" : "[\n");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(indent == null ? "," : oneLine ? ", " : ",\n");
                }
                if (!oneLine) {
                    out.append(inner);
                }
                write(list.get(i), oneLine ? indent : inner, out);
            }
            out.append(oneLine || list.isEmpty() ? "]" : "\n" + indent + "]");
        } else if (value instanceof String text) {
            out.append(quote(text));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("no JSON for " + (value == null ? "null" : value.getClass()));
        }
    }

    private static void writeObject(Map<?, ?> map, String indent, StringBuilder out) {
        List<? extends Map.Entry<?, ?>> entries = map.entrySet().stream().filter(e -> e.getValue() != null).toList();
        if (entries.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent == null ? null : indent + "  ";
        out.append(indent == null ? "{" : "{\n");
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(indent == null ? "," : ",\n");
            }
            out.append(indent == null ? "" : inner).append(quote(entries.get(i).getKey().toString()))
                    .append(indent == null ? ":" : ": ");
            write(entries.get(i).getValue(), inner, out);
        }
        out.append(indent == null ? "}" : "\n" + indent + "}");
    }
}
