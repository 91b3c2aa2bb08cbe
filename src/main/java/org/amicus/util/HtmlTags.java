package org.amicus.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.parser.Parser;

/**
 * The tags of an HTML text, read the way a browser's tokenizer reads them, without building a document: start
 * and end tags with their attributes and lines. Comments, doctypes and the text of {@code <script>},
 * {@code <style>}, {@code <title>} and {@code <textarea>} hold no tags; names are lower-cased; of an attribute given
 * twice in a tag the first counts; character references in values are decoded. For the build's own pages, where
 * a parse into a tree would cost more than the page took to render.
 */
public final class HtmlTags {

    /**
     * One tag.
     *
     * @param start the offset of its {@code <}
     * @param end   the offset just after its {@code >}
     * @param line  the 1-based line of its {@code <}
     */
    public record Tag(String name, boolean isEnd, List<Attribute> attributes, int start, int end, int line) {

        /** The value of an attribute, or null when the tag has none by that name. */
        public String attribute(String name) {
            for (Attribute attribute : attributes) {
                if (attribute.name().equals(name)) {
                    return attribute.value();
                }
            }
            return null;
        }
    }

    /**
     * An attribute of a start tag.
     *
     * @param value the decoded value; empty when it has none ({@code <input disabled>})
     * @param line  the 1-based line where the value starts, or the tag's line when it has none
     */
    public record Attribute(String name, String value, int line) {
    }

    /** Elements whose text holds no tags, up to their end tag. */
    private static final Set<String> TEXT_ONLY = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");
    /** Elements in which {@code <![CDATA[…]]>} is text, not a comment. */
    private static final Set<String> FOREIGN = Set.of("svg", "math");

    private final String html;
    /** The same characters, read from an array: {@code String.charAt} is a call and a bounds check in C1's code. */
    private final char[] chars;
    private final Consumer<Tag> visitor;
    /** The names of the attributes the visitor is given; null for all of them. */
    private final Set<String> wanted;
    private int position;
    private int line = 1;
    /** The first line break {@link #line} has not counted yet, or -1 when there is none. */
    private int nextBreak;
    private int foreignDepth;
    /** Where the last attribute value read starts; -1 when it was missing. */
    private int valueStart;

    private HtmlTags(String html, Set<String> wanted, Consumer<Tag> visitor) {
        this.html = html;
        this.chars = html.toCharArray();
        this.wanted = wanted;
        this.visitor = visitor;
        this.nextBreak = html.indexOf('\n');
    }

    /** Gives each tag of {@code html} to {@code visitor}, in the order of the text. */
    public static void scan(String html, Consumer<Tag> visitor) {
        new HtmlTags(html, null, visitor).run();
    }

    /**
     * As {@link #scan(String, Consumer)}, each tag with only the attributes named in {@code wanted} (lower-case):
     * the values of the others are not read out, which spares a reader of links the classes and labels that make
     * most of a page's attributes.
     */
    public static void scan(String html, Set<String> wanted, Consumer<Tag> visitor) {
        new HtmlTags(html, wanted, visitor).run();
    }

    private void run() {
        int length = html.length();
        while (position < length) {
            int open = html.indexOf('<', position);
            if (open < 0 || open + 1 >= length) {
                return;
            }
            position = open;
            char next = chars[open + 1];
            if (html.startsWith("<!--", open)) {
                skipComment();
            } else if (html.startsWith("<![CDATA[", open) && foreignDepth > 0) {
                position = after("]]>", open + 9);
            } else if (next == '!' || next == '?') {
                position = after(">", open + 2); // a doctype, or a bogus comment
            } else if (next == '/') {
                endTag();
            } else if (isAsciiLetter(next)) {
                startTag();
            } else {
                position = open + 1; // a < in text
            }
        }
    }

    /** {@code <!-- … -->}, which also ends at {@code --!>}; {@code <!-->} and {@code <!--->} are empty comments. */
    private void skipComment() {
        int from = position + 4;
        if (html.startsWith(">", from) || html.startsWith("->", from)) {
            position = html.indexOf('>', from) + 1;
            return;
        }
        int dashes = html.indexOf("-->", from);
        int bang = html.indexOf("--!>", from);
        if (dashes < 0 && bang < 0) {
            position = html.length();
        } else if (bang < 0 || (dashes >= 0 && dashes < bang)) {
            position = dashes + 3;
        } else {
            position = bang + 4;
        }
    }

    private void endTag() {
        int open = position;
        int from = open + 2;
        if (from < html.length() && chars[from] == '>') {
            position = from + 1; // </> is nothing
            return;
        }
        if (from >= html.length() || !isAsciiLetter(chars[from])) {
            position = after(">", from); // a bogus comment
            return;
        }
        int tagLine = lineAt(open);
        String name = name(from).toLowerCase(Locale.ROOT);
        attributes(tagLine); // an end tag's attributes are read, then dropped
        if (FOREIGN.contains(name) && foreignDepth > 0) {
            foreignDepth--;
        }
        visitor.accept(new Tag(name, true, List.of(), open, position, tagLine));
    }

    private void startTag() {
        int open = position;
        int tagLine = lineAt(open);
        String name = name(open + 1).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = attributes(tagLine);
        boolean selfClosing = chars[position - 2] == '/';
        visitor.accept(new Tag(name, false, Collections.unmodifiableList(attributes), open, position, tagLine));
        if (FOREIGN.contains(name) && !selfClosing) {
            foreignDepth++;
        } else if (TEXT_ONLY.contains(name) && foreignDepth == 0) {
            skipText(name);
        } else if (name.equals("plaintext") && foreignDepth == 0) {
            position = html.length();
        }
    }

    /** The tag name from {@code from}: up to a space, {@code /} or {@code >}. Leaves the position after it. */
    private String name(int from) {
        int i = from;
        while (i < html.length() && !isSpace(chars[i]) && chars[i] != '/' && chars[i] != '>') {
            i++;
        }
        position = i;
        return html.substring(from, i);
    }

    /**
     * The attributes from the position to the tag's {@code >}, after which the position is left. The first of
     * two attributes of one name counts.
     */
    private List<Attribute> attributes(int tagLine) {
        List<Attribute> attributes = new ArrayList<>();
        int length = html.length();
        while (true) {
            while (position < length && (isSpace(chars[position]) || chars[position] == '/')) {
                position++;
            }
            if (position >= length) {
                return attributes;
            }
            if (chars[position] == '>') {
                position++;
                return attributes;
            }
            int nameStart = position;
            position++; // a name may start with =
            while (position < length && !isSpace(chars[position]) && "/>=".indexOf(chars[position]) < 0) {
                position++;
            }
            String name = html.substring(nameStart, position).toLowerCase(Locale.ROOT);
            boolean keep = wanted == null || wanted.contains(name);
            int afterName = position;
            skipSpaces();
            String value = "";
            int valueLine = tagLine;
            if (position < length && chars[position] == '=') {
                position++;
                skipSpaces();
                value = value(keep);
                valueLine = valueStart < 0 || !keep ? tagLine : lineAt(valueStart);
            } else {
                position = afterName;
            }
            if (keep && !has(attributes, name)) {
                attributes.add(new Attribute(name, value, valueLine));
            }
        }
    }

    private static boolean has(List<Attribute> attributes, String name) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A quoted or unquoted value, decoded; null, with the position past it all the same, unless {@code keep}. */
    private String value(boolean keep) {
        int length = html.length();
        if (position >= length || chars[position] == '>') {
            valueStart = -1;
            return "";
        }
        char quote = chars[position];
        int start;
        int end;
        if (quote == '"' || quote == '\'') {
            start = position + 1;
            end = html.indexOf(quote, start);
            if (end < 0) {
                end = length;
            }
            position = Math.min(end + 1, length);
        } else {
            start = position;
            end = start;
            while (end < length && !isSpace(chars[end]) && chars[end] != '>') {
                end++;
            }
            position = end;
        }
        valueStart = start;
        if (!keep) {
            return null;
        }
        String raw = html.substring(start, end);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    /** Past the text of a {@code <script>}, {@code <title>}…: up to its end tag, which is read next. */
    private void skipText(String name) {
        int from = position;
        int length = html.length();
        while (true) {
            int close = html.indexOf("</", from);
            if (close < 0) {
                position = length;
                return;
            }
            int after = close + 2 + name.length();
            if (html.regionMatches(true, close + 2, name, 0, name.length())
                    && (after >= length || isSpace(chars[after]) || chars[after] == '/'
                    || chars[after] == '>')) {
                position = close;
                return;
            }
            from = close + 2;
        }
    }

    private void skipSpaces() {
        while (position < html.length() && isSpace(chars[position])) {
            position++;
        }
    }

    /** The offset just after the next {@code marker} from {@code from}, or the end of the text. */
    private int after(String marker, int from) {
        int at = html.indexOf(marker, from);
        return at < 0 ? html.length() : at + marker.length();
    }

    /** The line of an offset; offsets are asked for in increasing order, so lines are counted once. */
    private int lineAt(int offset) {
        while (nextBreak >= 0 && nextBreak < offset) {
            line++;
            nextBreak = html.indexOf('\n', nextBreak + 1);
        }
        return line;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
