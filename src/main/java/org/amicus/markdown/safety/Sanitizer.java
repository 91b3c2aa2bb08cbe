package org.amicus.markdown.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amicus.util.HtmlTags;
import org.amicus.util.Spaces;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;

/**
 * The last step of a page's HTML before the templates: HTML comments (authors' notes) are cut out, and jsoup's
 * {@link Cleaner}, with the {@link ContentPolicy}'s safelist, must find nothing else to drop, nor anything its tree
 * leaves out ({@link HtmlPiece#hidden()}). The HTML keeps flexmark's bytes otherwise. {@link UnsafeMarkup} reports
 * refused markup at its Markdown line; this is the net under it, for anything that got past those checks.
 */
public final class Sanitizer {

    private static final Cleaner CLEANER = new Cleaner(ContentPolicy.SAFELIST);
    /** The headings a table of contents lists. */
    private static final Set<String> TOC_HEADINGS = Set.of("h2", "h3");
    private static final String TOC_SELECTOR = "h2[id], h3[id]";

    /**
     * A page's HTML as readers get it, its {@code <h2>} and {@code <h3>} elements with an id, in the order of the
     * page, and what the sanitizer would still have dropped from it (found after rendering, so with no line of its
     * own).
     */
    public record Result(String html, List<Heading> headings, Optional<String> refused) {
    }

    /**
     * A heading for the table of contents: its level (2 or 3), id, and text as readers see it, runs of spaces and
     * line breaks made one space, no-break spaces kept.
     */
    public record Heading(int level, String id, String text) {
    }

    private Sanitizer() {
    }

    public static Result sanitize(String html) {
        HtmlPiece written = HtmlPiece.parse(html);
        HtmlPiece published = written.withoutComments();
        Optional<String> refused = written.unterminated().map(end -> end.refusal().message())
                .or(() -> published.hidden().stream().findFirst().map(hidden -> hidden.refusal().message()))
                .or(() -> CLEANER.isValid(published.document()) ? Optional.empty()
                        : Optional.of(firstRefused(published.document())));
        List<Heading> headings = published.document().select(TOC_SELECTOR).stream()
                .map(element -> new Heading(level(element.normalName()), element.id(), Spaces.collapsed(element.wholeText())))
                .toList();
        return new Result(published.text(), headings, refused);
    }

    /**
     * The same for the HTML of a page whose Markdown holds no raw HTML ({@link UnsafeMarkup.Scan#rawHtml()}), so
     * only flexmark's and our renderers' markup, whose text and attribute values they escape: no comment to cut out,
     * nothing left unterminated, nothing a browser would read otherwise than a tag scan ({@link HtmlTags}). Each tag
     * is checked against the policy without parsing the page; a heading's text is that between its tags, its
     * character references decoded as jsoup's tree would hold them. A page with a tag the policy refuses, which would
     * be a bug of a renderer, goes through {@link #sanitize}, which says what.
     */
    public static Result sanitizeGenerated(String html) {
        List<Heading> headings = new ArrayList<>();
        boolean[] allowed = {true};
        HeadingText[] open = {null};
        HtmlTags.scan(html, tag -> {
            if (open[0] != null) {
                open[0].text.append(html, open[0].from, tag.start());
                open[0].from = tag.end();
                if (tag.isEnd() && TOC_HEADINGS.contains(tag.name())) {
                    headings.add(open[0].heading());
                    open[0] = null;
                }
            }
            if (tag.isEnd()) {
                return;
            }
            allowed[0] &= ContentPolicy.SAFELIST.isSafeTag(tag.name()) && tag.attributes().stream()
                    .allMatch(attribute -> ContentPolicy.allows(tag.name(), attribute.name(), attribute.value()));
            if (TOC_HEADINGS.contains(tag.name()) && tag.attribute("id") != null) {
                open[0] = new HeadingText(level(tag.name()), tag.attribute("id"), tag.end());
            }
        });
        return allowed[0] ? new Result(html, List.copyOf(headings), Optional.empty()) : sanitize(html);
    }

    /** The text of a heading as the tag scan reads it, from its start tag to its end tag. */
    private static final class HeadingText {
        private final int level;
        private final String id;
        private final StringBuilder text = new StringBuilder();
        /** Where the text not yet read starts: the end of the last tag. */
        private int from;

        HeadingText(int level, String id, int from) {
            this.level = level;
            this.id = id;
            this.from = from;
        }

        Heading heading() {
            return new Heading(level, id, Spaces.collapsed(Parser.unescapeEntities(text.toString(), false)));
        }
    }

    private static int level(String tagName) {
        return tagName.equals("h2") ? 2 : 3;
    }


    /** What the cleaner would drop first, in the words of the policy. */
    private static String firstRefused(Document document) {
        for (Element element : document.body().getAllElements()) {
            if (element == document.body()) {
                continue;
            }
            Optional<ContentPolicy.Refusal> refusal = ContentPolicy.element(element.normalName());
            for (Attribute attribute : element.attributes()) {
                refusal = refusal.or(() -> ContentPolicy.attribute(element, attribute));
            }
            if (refusal.isPresent()) {
                return refusal.get().message();
            }
        }
        return "markup that the sanitizer would drop";
    }
}
