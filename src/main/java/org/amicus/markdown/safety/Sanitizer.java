package org.amicus.markdown.safety;

import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;

/**
 * The last step of a page's HTML before the templates: HTML comments (authors' notes) are cut out, and jsoup's
 * {@link Cleaner}, with the {@link ContentPolicy}'s safelist, must find nothing else to drop, nor anything its tree
 * leaves out ({@link HtmlPiece#hidden()}). The HTML keeps flexmark's bytes otherwise. {@link UnsafeMarkup} reports
 * refused markup at its Markdown line; this is the net under it, for anything that got past those checks.
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
        HtmlPiece written = HtmlPiece.parse(html);
        HtmlPiece published = written.withoutComments();
        Optional<String> refused = written.unterminated().map(end -> end.refusal().message())
                .or(() -> published.hidden().stream().findFirst().map(hidden -> hidden.refusal().message()))
                .or(() -> CLEANER.isValid(published.document()) ? Optional.empty()
                        : Optional.of(firstRefused(published.document())));
        return new Result(published.text(), published.document(), refused);
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
