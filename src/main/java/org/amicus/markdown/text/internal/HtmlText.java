package org.amicus.markdown.text.internal;

/** Text escaped for HTML as flexmark escapes it: {@code & < > "} only. */
final class HtmlText {

    private HtmlText() {
    }

    /** The escaped characters {@code start} to {@code end} of a text. */
    static String escaped(char[] text, int start, int end) {
        StringBuilder out = null;
        int done = start;
        for (int i = start; i < end; i++) {
            String entity = switch (text[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(end - start + 16);
                }
                out.append(text, done, i - done).append(entity);
                done = i + 1;
            }
        }
        if (out == null) {
            return new String(text, start, end - start);
        }
        return out.append(text, done, end - done).toString();
    }
}
