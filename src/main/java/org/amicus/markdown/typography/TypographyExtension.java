package org.amicus.markdown.typography;

import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.amicus.markdown.typography.internal.LanguageRules;
import org.amicus.markdown.typography.internal.PlainText;
import org.amicus.markdown.typography.internal.TypographyNodePostProcessor;
import org.amicus.markdown.typography.internal.TypographyNodeRenderer;
import org.jsoup.nodes.Element;

/**
 * Typographic quotes, apostrophes, no-break spaces and (in French) narrow no-break spaces and raised ordinals,
 * decided while parsing so that code, HTML and URLs are never touched.
 *
 * <p>Register it like any flexmark extension, on the parser and on the renderer:
 * <pre>{@code
 * MutableDataSet options = new MutableDataSet()
 *         .set(Parser.EXTENSIONS, List.of(TypographyExtension.create()))
 *         .set(TypographyExtension.LANGUAGE, "fr");
 * Parser parser = Parser.builder(options).build();
 * HtmlRenderer renderer = HtmlRenderer.builder(options).build();
 * }</pre>
 * One parser serves one language: build one per language of the site.
 *
 * <h2>Quotes (every language)</h2>
 * Pairs of straight quotes are matched by flexmark's own {@link TypographicExtension} (a delimiter processor, so
 * it never sees code spans, code blocks, HTML, link destinations or autolinks), configured per language:
 * <ul>
 *   <li>English: "a" → “a”, 'a' → ‘a’;</li>
 *   <li>French: "a" → «&#x202F;a&#x202F;» (narrow no-break spaces inside), 'a' → “a” (the French inner quotes).</li>
 * </ul>
 * A straight single quote left over that touches a letter or digit is an apostrophe: l'arbre → l’arbre,
 * don't → don’t. Dashes and ellipses are deliberately not converted ({@code --verbose} must survive); an explicit
 * {@code TypographicExtension} option set by the caller wins over the language's default.
 *
 * <h2>French spacing (LANGUAGE "fr" only)</h2>
 * A narrow no-break space U+202F (the character, not an entity) goes before ; : ! ? and inside « »:
 * <ul>
 *   <li>a space or U+00A0 typed there is replaced; a missing one is inserted after a letter, a digit, a closing
 *       bracket or a closing quote; one already typed is kept;</li>
 *   <li>a run of marks such as ?! or !! gets one space before the whole run, none inside it;</li>
 *   <li>a mark is spaced only when it ends a clause, that is when it is followed by a space, the end of the line
 *       or a closing bracket or quote: so 10:30, 9:1, std::vector, https://… and mailto:x stay as typed;</li>
 *   <li>a mark inside a word that looks like a URL (contains ://, starts with www., mailto: or tel:) is never
 *       spaced;</li>
 *   <li>a mark at the very start of a text that follows a node whose text we cannot see (code span, inline
 *       HTML, image, footnote reference) is left alone, since the author's punctuation may belong to that node;
 *       after emphasis, a link or quotes we look at their last character, so "le *CFAA*: une loi" is spaced;</li>
 *   <li>a mark that starts a line is left alone (the line break already separates it);</li>
 *   <li>a backslash-escaped mark (\:) is the author's way to opt out, and an {@code &nbsp;} entity is left as
 *       typed.</li>
 * </ul>
 * Typed guillemets « » always get the space inside, whatever node follows or precedes them (even a code span),
 * unless they stand at the start or end of a line.
 *
 * <h2>No-break spaces</h2>
 * A space typed where a line must not break becomes a no-break space U+00A0 (none is inserted where the author
 * typed none):
 * <ul>
 *   <li>every language: after § and ¶ before a number or a letter (18 U.S.C. §&#xA0;1030);</li>
 *   <li>French: after n° (n°&#xA0;25-7380), between a day and its month (20&#xA0;décembre, 1er&#xA0;mai), and
 *       between a number and one of millions, milliards, dollars, %, pages, fois, ans, jours (and their
 *       singulars): 4&#xA0;millions, 43&#xA0;fois. The list is closed on purpose: a rule on every word after a
 *       number would glue words that may break.</li>
 * </ul>
 * The two words must be in the same text node: a day and a month split by a line break or by emphasis are left.
 *
 * <h2>Ordinals (LANGUAGE "fr" only)</h2>
 * The letters of 1er and 1re (1ers, 1res) are printed raised, as an {@link OrdinalSuffix}: 1&lt;sup&gt;er&lt;/sup&gt;.
 * Other ordinals (2e, XXIe) are left as typed.
 *
 * <h2>Limits</h2>
 * flexmark pairs straight single quotes greedily, so "the '90s and the students' books" pairs the two as quotes
 * (‘90s … students’); type ’ directly where that matters.
 */
public final class TypographyExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The document's language, a BCP 47 tag: "en" (default) or "fr"; a regional variant like "fr-CA" is fine. */
    public static final DataKey<String> LANGUAGE = new DataKey<>("TYPOGRAPHY_LANGUAGE", "en");

    private final TypographicExtension quotes = TypographicExtension.create();

    private TypographyExtension() {
    }

    /** Whether this extension has typography rules for a language ({@code en}, {@code fr} and their regions). */
    public static boolean supports(String language) {
        return LanguageRules.supports(language);
    }

    /**
     * A plain string that is not Markdown, such as a generated date, with the typography of a language we have
     * rules for: {@code typeset("fr", "1er mai 2025")} → {@code 1er\u00A0mai 2025}.
     */
    public static String typeset(String language, String text) {
        return PlainText.text(LanguageRules.forLanguage(language), text);
    }

    /** The same as escaped HTML, ordinals raised: {@code 1<sup>er</sup>\u00A0mai 2025}. */
    public static String typesetHtml(String language, String text) {
        return PlainText.html(LanguageRules.forLanguage(language), text);
    }

    /** The same into a jsoup element, as text and {@code <sup>} elements, for jsoup to print with a page. */
    public static void typesetInto(String language, String text, Element parent) {
        PlainText.into(LanguageRules.forLanguage(language), text, parent);
    }

    public static TypographyExtension create() {
        return new TypographyExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        LanguageRules rules = LanguageRules.forLanguage(LANGUAGE.get(options));
        setUnlessGiven(options, TypographicExtension.ENABLE_SMARTS, false);
        setUnlessGiven(options, TypographicExtension.DOUBLE_QUOTE_OPEN, rules.doubleQuoteOpen);
        setUnlessGiven(options, TypographicExtension.DOUBLE_QUOTE_CLOSE, rules.doubleQuoteClose);
        setUnlessGiven(options, TypographicExtension.SINGLE_QUOTE_OPEN, rules.singleQuoteOpen);
        setUnlessGiven(options, TypographicExtension.SINGLE_QUOTE_CLOSE, rules.singleQuoteClose);
        setUnlessGiven(options, TypographicExtension.SINGLE_QUOTE_UNMATCHED, LanguageRules.APOSTROPHE);
        setUnlessGiven(options, TypographicExtension.ANGLE_QUOTE_OPEN, rules.angleQuoteOpen);
        setUnlessGiven(options, TypographicExtension.ANGLE_QUOTE_CLOSE, rules.angleQuoteClose);
        quotes.parserOptions(options);
    }

    private static <T> void setUnlessGiven(MutableDataHolder options, DataKey<T> key, T value) {
        if (!options.contains(key)) {
            options.set(key, value);
        }
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        quotes.extend(parserBuilder);
        parserBuilder.postProcessorFactory(new TypographyNodePostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        quotes.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        // Our replacements are flexmark TypographicSmarts nodes, so flexmark's renderer draws them too.
        quotes.extend(rendererBuilder, rendererType);
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(new TypographyNodeRenderer.Factory());
        }
    }
}
