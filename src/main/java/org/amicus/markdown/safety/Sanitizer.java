package org.amicus.markdown.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;

/**
 * The last step of a page's HTML before the templates: HTML comments (authors' notes) are cut out, and jsoup's
 * {@link Cleaner}, with the {@link ContentPolicy}'s safelist, must find nothing else to drop. The HTML keeps
 * flexmark's bytes otherwise. {@link UnsafeMarkup} reports refused markup at its Markdown line; this is the net
 * under it, for anything that got past those checks.
 */
public final class Sanitizer {

    private static final Cleaner CLEANER = new Cleaner(ContentPolicy.SAFELIST);

    /**
     * A page's HTML as readers get it, parsed, and what the sanitizer would still have dropped from it (found
     * after rendering, so with no line of its own).
     */
    public record Result(String html, Document document, Optional<String> refused) {
    }

    private Sanitizer() {
    }

    public static Result sanitize(String html) {
        Document document = parse(html);
        List<Comment> comments = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                comments.add(comment);
            }
        });
        if (!comments.isEmpty()) {
            html = withoutComments(html, comments);
            document = parse(html);
        }
        return new Result(html, document, CLEANER.isValid(document) ? Optional.empty() : firstRefused(document));
    }

    /** Parsed as the content of a {@code <body>}, where the templates put it. */
    private static Document parse(String html) {
        Document document = Document.createShell(ContentPolicy.BASE);
        document.body().appendChildren(Parser.htmlParser().setTrackPosition(true)
                .parseFragmentInput(html, document.body(), ContentPolicy.BASE));
        return document;
    }

    /** Each comment cut out; one alone on its line takes its line break with it. */
    private static String withoutComments(String html, List<Comment> comments) {
        StringBuilder kept = new StringBuilder();
        int from = 0;
        for (Comment comment : comments) {
            Range range = comment.sourceRange();
            int start = range.start().pos();
            int end = range.end().pos();
            boolean aloneOnItsLine = (start == 0 || html.charAt(start - 1) == '\n')
                    && end < html.length() && html.charAt(end) == '\n';
            kept.append(html, from, start);
            from = aloneOnItsLine ? end + 1 : end;
        }
        return kept.append(html.substring(from)).toString();
    }

    /** What the cleaner would drop first, in the words of the policy. */
    private static Optional<String> firstRefused(Document document) {
        for (Element element : document.body().getAllElements()) {
            if (element == document.body()) {
                continue;
            }
            Optional<ContentPolicy.Refusal> refusal = ContentPolicy.element(element.normalName());
            for (Attribute attribute : element.attributes()) {
                if (refusal.isPresent()) {
                    break;
                }
                refusal = ContentPolicy.attribute(element, attribute);
            }
            if (refusal.isPresent()) {
                return Optional.of(refusal.get().message());
            }
        }
        return Optional.of("markup that the sanitizer would drop");
    }
}
