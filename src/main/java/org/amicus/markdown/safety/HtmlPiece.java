package org.amicus.markdown.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * A piece of HTML parsed as a browser parses the content of a {@code <body>}, where the templates put a page's HTML,
 * with the position of every node and the parser's errors. Also what jsoup reads otherwise than a browser, or
 * keeps out of the tree its {@code Cleaner} looks at, so that the checks can refuse it.
 */
final class HtmlPiece {

    /** How jsoup names a start tag it does not put in the tree: {@code <body onload=…>} inside the body. */
    private static final Pattern UNEXPECTED_START_TAG = Pattern.compile("Unexpected StartTag token \\[<([^\\s>/]+)");

    /** How jsoup says the text ended in the middle of something, and in which state of its tokenizer. */
    private static final Pattern END_OF_FILE = Pattern.compile("reached end of file \\(EOF\\) in input state "
            + "\\[(\\w+)]");

    /** A comment cut out: where, in the text without it, and how many line breaks it held. */
    private record Cut(int at, int length, int lineBreaks) {
    }

    private final String text;
    private final Document document;
    private final List<ParseError> errors;
    private final List<Cut> cuts;

    private HtmlPiece(String text, List<Cut> cuts) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(100);
        this.text = text;
        this.document = Document.createShell(ContentPolicy.BASE);
        document.body().appendChildren(parser.parseFragmentInput(text, document.body(), ContentPolicy.BASE));
        this.errors = List.copyOf(parser.getErrors());
        this.cuts = cuts;
    }

    static HtmlPiece parse(String html) {
        return new HtmlPiece(html, List.of());
    }

    String text() {
        return text;
    }

    Document document() {
        return document;
    }

    List<ParseError> errors() {
        return errors;
    }

    /**
     * The piece as readers get it: each comment cut out (one alone on its line with its line break), then parsed
     * again, since what was around a comment may now make a tag ({@code <<!-- -->script>}).
     */
    HtmlPiece withoutComments() {
        List<Comment> comments = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                comments.add(comment);
            }
        });
        if (comments.isEmpty()) {
            return this;
        }
        // In source order: the tree's order differs where the parser moved nodes (text before a <table>).
        comments.sort(Comparator.comparingInt(comment -> comment.sourceRange().start().pos()));
        StringBuilder kept = new StringBuilder();
        List<Cut> made = new ArrayList<>();
        int from = 0;
        for (Comment comment : comments) {
            Range range = comment.sourceRange();
            int start = range.start().pos();
            int end = range.end().pos();
            if (end < text.length() && text.charAt(end) == '\n' && (start == 0 || text.charAt(start - 1) == '\n')) {
                end++;
            }
            kept.append(text, from, start);
            made.add(new Cut(kept.length(), end - start, (int) text.substring(start, end).chars()
                    .filter(c -> c == '\n').count()));
            from = end;
        }
        return new HtmlPiece(kept.append(text.substring(from)).toString(), List.copyOf(made));
    }

    /** The 0-based line, in the piece as written (comments included), of a position in this text. */
    int lineOf(int position) {
        int lines = (int) text.substring(0, Math.min(position, text.length())).chars().filter(c -> c == '\n').count();
        for (Cut cut : cuts) {
            if (cut.at() <= position) {
                lines += cut.lineBreaks();
            }
        }
        return lines;
    }

    /** The line of an element's start tag. */
    int lineOf(Element element) {
        return lineOf(element.sourceRange().start().pos());
    }

    /** Whether the piece ends inside a tag ({@code <div title="x}) or a comment, and which. */
    Optional<Unterminated> unterminated() {
        for (ParseError error : errors) {
            Matcher state = END_OF_FILE.matcher(error.getErrorMessage());
            if (!state.find()) {
                continue;
            }
            if (state.group(1).contains("Comment")) {
                return Optional.of(Unterminated.COMMENT);
            }
            if (state.group(1).matches("TagName|.*Attribute.*|SelfClosingStartTag|.*Doctype.*")) {
                return Optional.of(Unterminated.TAG);
            }
        }
        return Optional.empty();
    }

    /** Something the HTML ends inside of, and how it opens. */
    enum Unterminated {
        /**
         * A tag: it would go on into the template's markup, a browser reading the template's next words as its
         * attributes.
         */
        TAG("<", new ContentPolicy.Refusal("an HTML tag is never closed: it has no `>`, so the page's next words "
                + "would become its attributes", "end the tag with `>`, and close its quotes")),
        /** A comment: it would hide the rest of the page. */
        COMMENT("<!--", new ContentPolicy.Refusal("an HTML comment is never closed: it would hide the rest of the "
                + "page", "end the comment with `-->`"));

        private final String opener;
        private final ContentPolicy.Refusal refusal;

        Unterminated(String opener, ContentPolicy.Refusal refusal) {
            this.opener = opener;
            this.refusal = refusal;
        }

        /** The line of its opening in the piece. */
        int line(HtmlPiece piece) {
            return piece.lineOf(Math.max(0, piece.text().lastIndexOf(opener)));
        }

        ContentPolicy.Refusal refusal() {
            return refusal;
        }
    }

    /**
     * What jsoup does not put in the tree its Cleaner checks, while a browser acts on it: a refused start tag the
     * parser drops, such as {@code <body onload=…>}, whose attributes a browser adds to the page's own body; and a
     * {@code <![CDATA[…]]>} section, text to jsoup, but to a browser a comment that ends at the first {@code >},
     * after which {@code <img onerror=…>} would be markup. Each with its position.
     */
    List<Hidden> hidden() {
        List<Hidden> hidden = new ArrayList<>();
        for (ParseError error : errors) {
            Matcher tag = UNEXPECTED_START_TAG.matcher(error.getErrorMessage());
            if (tag.find()) {
                ContentPolicy.element(tag.group(1).toLowerCase(java.util.Locale.ROOT)).ifPresent(refusal ->
                        hidden.add(new Hidden(lastTagBefore(error.getPosition()), refusal)));
            }
        }
        document.body().traverse((Node node, int depth) -> {
            if (node instanceof CDataNode cdata) {
                hidden.add(new Hidden(cdata.sourceRange().start().pos(), new ContentPolicy.Refusal(
                        "`<![CDATA[` is not HTML: browsers read it as a comment that ends at the first `>`",
                        "remove it; write the text as it is, or in a code block")));
            }
        });
        return hidden;
    }

    /** A position in the piece, and what is refused there. */
    record Hidden(int position, ContentPolicy.Refusal refusal) {
    }

    /** Where the tag that ends just before this position starts (jsoup gives the position after a tag). */
    private int lastTagBefore(int position) {
        return Math.max(0, text.lastIndexOf('<', Math.max(0, Math.min(position, text.length()) - 1)));
    }
}
