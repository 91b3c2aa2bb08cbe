package org.amicus.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.amicus.markdown.braces.BracesExtension;
import org.amicus.markdown.callout.CalloutExtension;
import org.amicus.markdown.citation.CitationExtension;
import org.amicus.markdown.citation.Citations;
import org.amicus.markdown.citation.CitedSource;
import org.amicus.markdown.figure.FigureExtension;
import org.amicus.markdown.filelink.FileLinkContext;
import org.amicus.markdown.filelink.FileLinkExtension;
import org.amicus.markdown.glossary.GlossaryExtension;
import org.amicus.markdown.safety.Finding;
import org.amicus.markdown.safety.Sanitizer;
import org.amicus.markdown.safety.UnsafeMarkup;
import org.amicus.markdown.text.TextExtension;
import org.amicus.markdown.typography.TypographyExtension;
import org.amicus.util.Spaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML, one flexmark parser and renderer per language, built once and shared by all pages and
 * threads (both are immutable and thread-safe once built).
 *
 * <p>Work per page is split in two so that links can be checked against every page's headings:
 * {@link #parse} (AST and heading ids, for all pages first), then {@link #render} (links resolved).
 */
public final class MarkdownProcessor {

    /**
     * A parsed page body: its AST, the ids its headings got, the explicit ids used twice, each with the 0-based body
     * line of the second use, what the content policy refuses, the figures written wrong
     * ({@link FigureExtension#problems}), and whether it holds raw HTML.
     */
    public record Parsed(Document document, Set<String> ids, Map<String, Integer> duplicateIds,
                         List<Finding> unsafe, List<Finding> figures, boolean rawHtml) {
    }

    private record Flavor(Parser parser, HtmlRenderer renderer) {
    }

    /** What {@link #typesetHtml} keeps of a data text's markup. */
    private static final Cleaner INLINE = new Cleaner(Safelist.none().addTags("em", "strong", "sup"));

    /**
     * {@link Character#isLetterOrDigit} of the characters up to the CJK punctuation, looked up: accented letters,
     * typographic quotes, dashes and no-break spaces are in most French sentences, and the call goes three methods
     * deep in C1's code.
     */
    private static final boolean[] LETTER_OR_DIGIT = new boolean[0x3000];

    static {
        for (char c = 0; c < LETTER_OR_DIGIT.length; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    /** A short text in a language: what {@link #typeset} remembers. */
    private record Words(String lang, String text) {
    }

    private final Map<String, Flavor> byLanguage = new HashMap<>();
    /**
     * Texts already typeset: a title is typeset for its page, for the pages that list it, for the feed and for
     * search, and each time costs a flexmark document. One entry per distinct text, so it grows like the site.
     */
    private final Map<Words, String> typeset = new ConcurrentHashMap<>();
    /** The same for {@link #typesetHtml}: a glossary term's words are typeset at each use, in every page. */
    private final Map<Words, String> typesetHtml = new ConcurrentHashMap<>();

    /**
     * @param languages      language keys ({@code en}, {@code fr}); typography follows the key's language
     * @param calloutTitles  per language, the titles of callout kinds ({@code note → Remarque})
     */
    public MarkdownProcessor(List<String> languages, Map<String, Map<String, String>> calloutTitles) {
        this(languages, calloutTitles, true);
    }

    /** @param textOutOfWriter whether pages are rendered with {@link TextExtension} (the same HTML, sooner) */
    MarkdownProcessor(List<String> languages, Map<String, Map<String, String>> calloutTitles, boolean textOutOfWriter) {
        for (String lang : languages) {
            MutableDataSet options = new MutableDataSet();
            List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>(List.of(
                    TablesExtension.create(),
                    FootnoteExtension.create(),
                    AbbreviationExtension.create(),
                    DefinitionExtension.create(),
                    BracesExtension.create(), // before AttributesExtension, which must not see plain braces
                    AttributesExtension.create(),
                    AnchorLinkExtension.create(),
                    // No AutolinkExtension: combined with abbreviations it scrambles word order (flexmark 0.64.8);
                    // authors write <https://…>, which CommonMark links by itself.
                    StrikethroughExtension.create(),
                    CalloutExtension.create(),
                    FigureExtension.create(),
                    CitationExtension.create(),
                    GlossaryExtension.create(),
                    FileLinkExtension.create()));
            if (textOutOfWriter) {
                extensions.add(TextExtension.create());
            }
            // Typography follows each language's rules; a language we have none for is left as written.
            if (TypographyExtension.supports(lang)) {
                extensions.add(TypographyExtension.create());
            }
            options.set(Parser.EXTENSIONS, extensions);
            options.set(TypographyExtension.LANGUAGE, lang);
            options.set(CalloutExtension.TITLES, calloutTitles.getOrDefault(lang, CalloutExtension.TITLES.get(null)));
            // Ids come from HeadingIds; the heading text itself is the link to its own section.
            options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
            options.set(HtmlRenderer.RENDER_HEADER_ID, true);
            options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
            options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
            options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
            options.set(AbbreviationExtension.USE_LINKS, false);
            options.set(TablesExtension.CLASS_NAME, "table");
            options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
            options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
            options.set(HtmlRenderer.SOFT_BREAK, "\n");
            options.toImmutable();
            byLanguage.put(lang, new Flavor(Parser.builder(options).build(), HtmlRenderer.builder(options).build()));
        }
    }

    public Parsed parse(String lang, String markdown) {
        // From a char[]: flexmark reads the page a character at a time, and String.charAt is a call and a bounds
        // check in C1's code (a UTF-16 String's more so), CharSubSequence an array read.
        Document document = flavor(lang).parser()
                .parse(CharSubSequence.of(markdown.toCharArray(), 0, markdown.length()));
        FootnoteOrder.renumber(document);
        HeadingIds.Assigned assigned = HeadingIds.assign(document);
        Map<String, Integer> duplicates = new LinkedHashMap<>();
        assigned.duplicates().forEach(d -> duplicates.putIfAbsent(d.id(), d.bodyLine()));
        UnsafeMarkup.Scan unsafe = UnsafeMarkup.scan(document);
        return new Parsed(document, assigned.ids(), Map.copyOf(duplicates), unsafe.findings(),
                FigureExtension.problems(document), unsafe.rawHtml());
    }

    /** Renders a parsed body with file links only; broken links go to the context's problem sink. */
    public RenderedMarkdown render(String lang, Parsed parsed, FileLinkContext links, boolean withToc) {
        return render(lang, parsed, PageContext.linksOnly(links), withToc);
    }

    /**
     * Renders a parsed body; broken links, unknown sources and unknown terms go to the contexts' sinks. The HTML
     * passes the {@link Sanitizer}; what it would still drop, once the page has no {@link Parsed#unsafe()} finding
     * (which is the same mistake, at its line), is the result's {@link RenderedMarkdown#unsafe()}.
     */
    public RenderedMarkdown render(String lang, Parsed parsed, PageContext context, boolean withToc) {
        Document document = parsed.document();
        document.set(FileLinkExtension.CONTEXT, context.links());
        document.set(GlossaryExtension.CONTEXT, context.glossary());
        List<CitedSource> citations = context.citations() == null ? List.of()
                : Citations.number(document, context.citations());
        String rendered = TextExtension.render(flavor(lang).renderer(), document);
        Sanitizer.Result html = parsed.rawHtml() ? Sanitizer.sanitize(rendered) : Sanitizer.sanitizeGenerated(rendered);
        List<Finding> unsafe = parsed.unsafe().isEmpty() ? html.refused().map(refused -> new Finding(0,
                "the HTML made from this page holds " + refused, "find it in the page and write it in "
                + "Markdown")).stream().toList() : List.of();
        return new RenderedMarkdown(html.html(), withToc ? toc(html.headings()) : List.of(), parsed.ids(),
                words(document), citations, unsafe);
    }

    /**
     * A short text such as a title, with the language's typography and no markup: {@code L'affaire : "x"}
     * → {@code L’affaire : « x »} with narrow no-break spaces in French; no-break spaces are kept.
     */
    public String typeset(String lang, String text) {
        return typeset.computeIfAbsent(new Words(lang, text), words -> {
            String line = ShortText.inline(text);
            return plain(lang, line) ? Spaces.collapsed(TypographyExtension.typeset(lang, line)) : typesetMarkdown(lang, line);
        });
    }

    /**
     * A short text of a data file (a definition, an event), with the language's typography and only its inline
     * emphasis as HTML: {@code <em>}, {@code <strong>} and the {@code <sup>} of « 1er ». Any other markup is
     * reduced to its text, as {@link #typeset} does, so the result is safe to print as HTML.
     */
    public String typesetHtml(String lang, String text) {
        return typesetHtml.computeIfAbsent(new Words(lang, text), words -> {
            String line = ShortText.inline(text);
            if (!plain(lang, line)) {
                return typesetHtmlMarkdown(lang, line);
            }
            org.jsoup.nodes.Document shell = new org.jsoup.nodes.Document("");
            shell.outputSettings().prettyPrint(false); // as typesetHtmlMarkdown prints
            Element fragment = shell.appendElement("body");
            TypographyExtension.typesetInto(lang, line, fragment);
            return fragment.html().strip();
        });
    }

    /**
     * Whether a line is words only, which flexmark would make one text node of: then the typography rules alone
     * give the same result, without a flexmark document and a jsoup parse for each text (most titles and data
     * texts, a third of a small site's build).
     */
    private static boolean plain(String lang, String line) {
        return TypographyExtension.supports(lang) && ShortText.plain(line);
    }

    /** {@link #typeset} through flexmark and jsoup, for any line of {@link ShortText#inline}. */
    String typesetMarkdown(String lang, String line) {
        return visibleText(Jsoup.parseBodyFragment(renderShort(lang, line)).body());
    }

    /** {@link #typesetHtml} through flexmark and jsoup, for any line of {@link ShortText#inline}. */
    String typesetHtmlMarkdown(String lang, String line) {
        var fragment = INLINE.clean(Jsoup.parseBodyFragment(renderShort(lang, line)));
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html().strip();
    }

    private String renderShort(String lang, String line) {
        Flavor flavor = flavor(lang);
        return flavor.renderer().render(flavor.parser().parse(line));
    }

    /**
     * The text of rendered HTML as readers see it: runs of spaces and line breaks become one space, but no-break
     * spaces stay (jsoup's {@code text()} would turn U+00A0 into a plain space).
     */
    private static String visibleText(Element element) {
        return Spaces.collapsed(element.wholeText());
    }


    private Flavor flavor(String lang) {
        Flavor flavor = byLanguage.get(lang);
        if (flavor == null) {
            throw new IllegalArgumentException("no Markdown setup for language " + lang);
        }
        return flavor;
    }

    /** Read from the rendered headings, so the entries have the same typography as the page. */
    private static List<TocEntry> toc(List<Sanitizer.Heading> headings) {
        return headings.stream().map(heading -> new TocEntry(heading.level(), heading.id(), heading.text())).toList();
    }

    /**
     * The words readers read: those of the text nodes. Not flexmark's TextCollectingVisitor, whose sequence
     * builder fails an internal assertion on text our typography has edited (a table cell with a no-break
     * space, in one page of the explainer).
     */
    private static int words(Document document) {
        int count = 0;
        for (Node node : Nodes.below(document)) {
            if (node instanceof Text && node.getChars() instanceof CharSubSequence range) {
                // In place: the U+0000 flexmark reads as U+FFFD is no letter either.
                count += words(range.getBase(), range.getStartOffset(), range.getEndOffset());
            } else if (node instanceof Text) {
                char[] text = SequenceText.array(node.getChars());
                count += words(text, 0, text.length);
            }
        }
        return count;
    }

    /** Read from an array: {@code String.charAt} costs a call and a bounds check per character in C1's code. */
    private static int words(char[] text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : c < LETTER_OR_DIGIT.length ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
