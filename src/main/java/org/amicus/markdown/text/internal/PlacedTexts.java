package org.amicus.markdown.text.internal;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/** The escaped texts of one page's rendering, in the order their placeholders were written. */
public final class PlacedTexts {

    /** Set on a document while {@code TextExtension.render} renders it. */
    public static final NullableDataKey<PlacedTexts> KEY = new NullableDataKey<>("AMICUS_PLACED_TEXTS");

    static final char PLACEHOLDER = '\0';

    private final List<String> texts = new ArrayList<>();
    private int length;

    /** Whether a document's HTML can hold placeholders: its source must not hold the character itself. */
    public static boolean allowed(Document document) {
        Object source = document.getChars().getBase();
        if (source instanceof String text) {
            return text.indexOf(PLACEHOLDER) < 0;
        }
        if (source instanceof char[] chars) {
            for (char c : chars) {
                if (c == PLACEHOLDER) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    void add(String escaped) {
        texts.add(escaped);
        length += escaped.length();
    }

    /** The rendered HTML with each placeholder replaced by its text. */
    public String putBack(String html) {
        StringBuilder out = new StringBuilder(html.length() + length);
        int done = 0;
        for (String text : texts) {
            int at = html.indexOf(PLACEHOLDER, done);
            if (at < 0) {
                throw new IllegalStateException("the HTML holds fewer placeholders than the " + texts.size()
                        + " texts placed");
            }
            out.append(html, done, at).append(text);
            done = at + 1;
        }
        if (html.indexOf(PLACEHOLDER, done) >= 0) {
            throw new IllegalStateException("the HTML holds more placeholders than the " + texts.size()
                    + " texts placed");
        }
        return out.append(html, done, html.length()).toString();
    }
}
