package org.amicus.markdown.typography.internal;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A language's typography on a plain string that is not Markdown, such as a generated date: the same rules as
 * in the text of a page, with nothing around the string.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The string with its typography, as text: {@code 1er mai 2025} → {@code 1er\u00A0mai 2025} in French. */
    public static String text(LanguageRules rules, String text) {
        return apply(rules, text, false);
    }

    /** The same as escaped HTML, ordinals raised: {@code 1<sup>er</sup>\u00A0mai 2025}. */
    public static String html(LanguageRules rules, String text) {
        return apply(rules, text, true);
    }

    /**
     * The same into a jsoup element, as text and {@code <sup>} elements: HTML that jsoup prints, escaped as it
     * escapes the rest of a page ({@code &nbsp;} for a no-break space).
     */
    public static void into(LanguageRules rules, String text, Element parent) {
        List<TextEdit> edits = rules.edits(text, InlineNeighbours.BOUNDARY, InlineNeighbours.BOUNDARY);
        int done = 0;
        for (TextEdit edit : edits) {
            parent.appendText(text.substring(done, edit.start()));
            String edited = text.substring(edit.start(), edit.end());
            if (edit.replacement() != null) {
                parent.appendText(edit.replacement());
            } else {
                parent.appendElement("sup").appendText(edited);
            }
            done = edit.end();
        }
        parent.appendText(text.substring(done));
    }

    private static String apply(LanguageRules rules, String text, boolean html) {
        List<TextEdit> edits = rules.edits(text, InlineNeighbours.BOUNDARY, InlineNeighbours.BOUNDARY);
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (TextEdit edit : edits) {
            out.append(escaped(text.substring(done, edit.start()), html));
            String edited = text.substring(edit.start(), edit.end());
            if (edit.replacement() != null) {
                out.append(edit.replacement());
            } else if (html) {
                out.append("<sup>").append(Entities.escape(edited)).append("</sup>");
            } else {
                out.append(edited);
            }
            done = edit.end();
        }
        return out.append(escaped(text.substring(done), html)).toString();
    }

    private static String escaped(String text, boolean html) {
        return html ? Entities.escape(text) : text;
    }
}
