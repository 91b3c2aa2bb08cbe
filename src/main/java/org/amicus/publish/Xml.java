package org.amicus.publish;

/** Just enough XML writing for sitemaps and feeds: escaped text and attributes, stable output. */
final class Xml {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    /** Opens an element; {@code attributes} are name, value pairs. */
    Xml open(int indent, String name, String... attributes) {
        out.append("  ".repeat(indent)).append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        return this;
    }

    Xml close(int indent, String name) {
        out.append("  ".repeat(indent)).append("</").append(name).append(">\n");
        return this;
    }

    /** An element with text content. */
    Xml text(int indent, String name, String text, String... attributes) {
        out.append("  ".repeat(indent)).append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** An empty element. */
    Xml empty(int indent, String name, String... attributes) {
        out.append("  ".repeat(indent)).append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
