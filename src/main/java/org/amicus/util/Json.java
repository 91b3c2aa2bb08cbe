package org.amicus.util;

/** JSON strings for the few JSON files a build writes (search indexes, structured data). */
public final class Json {

    private Json() {
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
}
