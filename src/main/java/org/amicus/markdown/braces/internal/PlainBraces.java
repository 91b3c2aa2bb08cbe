package org.amicus.markdown.braces.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Pattern;

/** At a {@code {}: text, unless what follows is {@code {#id .class}} or holds an {@code =}. */
public final class PlainBraces implements InlineParserExtension {

    private static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*";

    /** {@code {#id}}, {@code {.class}}, {@code {#id .one .two}}: ids and classes, separated by spaces. */
    private static final Pattern IDS_AND_CLASSES = Pattern.compile("\\{[ \\t]*[#.]" + NAME + "(?:[ \\t]+[#.]" + NAME
            + ")*[ \\t]*}");

    /** {@code {key=value}} on one line: meant as attributes, so the policy gets to see it. */
    private static final Pattern ASSIGNMENT = Pattern.compile("\\{[^{}\\n]*=[^{}\\n]*}");

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence rest = parser.getInput().subSequence(parser.getIndex());
        if (IDS_AND_CLASSES.matcher(rest).lookingAt() || ASSIGNMENT.matcher(rest).lookingAt()) {
            return false;
        }
        parser.appendText(parser.getInput(), parser.getIndex(), parser.getIndex() + 1);
        parser.setIndex(parser.getIndex() + 1);
        return true;
    }

    @Override
    public void finalizeDocument(InlineParser parser) {
        // nothing kept between blocks
    }

    @Override
    public void finalizeBlock(InlineParser parser) {
        // nothing kept between blocks
    }

    /** Registered by BracesExtension. */
    public static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new PlainBraces();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
