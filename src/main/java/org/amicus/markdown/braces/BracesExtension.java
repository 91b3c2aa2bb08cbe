package org.amicus.markdown.braces;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.amicus.markdown.braces.internal.PlainBraces;

/**
 * Braces are text unless they are an attribute list of ids and classes: {@code ## Sanctions {#sanctions}} and
 * {@code a word{.note}} give attributes, while {@code a placeholder {name} in prose} keeps every word.
 * flexmark-ext-attributes alone takes any {@code {…}} as attributes, so {@code {name}} vanished from the page.
 *
 * <p>A brace that holds {@code =} ({@code {lang=fr}}, {@code {onclick=…}}) is left to the attributes extension, so
 * that the content policy can report it: attributes other than ids and classes are errors, not text.
 *
 * <p>Register it before {@code AttributesExtension} in {@code Parser.EXTENSIONS}: flexmark asks the inline parsers of
 * one character in the order their extensions were registered.
 */
public final class BracesExtension implements Parser.ParserExtension {

    private BracesExtension() {
    }

    public static BracesExtension create() {
        return new BracesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new PlainBraces.Factory());
    }
}
