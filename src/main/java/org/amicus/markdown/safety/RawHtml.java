package org.amicus.markdown.safety;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;

/**
 * The raw HTML of one page, piece by piece in reading order, as readers get it (comments cut out) and as a browser
 * parses it: every element and attribute against the {@link ContentPolicy}, what jsoup's tree leaves out
 * ({@link HtmlPiece#hidden()}), tags and comments left unterminated, and whether the elements opened are closed,
 * so that no piece can leave an element open over the rest of the template (a {@code <details>} that would fold up
 * the change log) or close one of the template's: every element opened must be closed by its end tag, even those
 * whose end tag HTML lets out. Lines are the Markdown body's, 0-based.
 */
final class RawHtml {

    /** How jsoup names an end tag that closes nothing open in the piece it parses. */
    private static final Pattern STRAY_END_TAG = Pattern.compile("Unexpected EndTag token \\[</([^\\s>/]+)");

    /** An element opened by one piece and not yet closed by a later one. */
    private record Open(String tag, int line) {
    }

    private final List<Finding> findings;
    private final Deque<Open> open = new ArrayDeque<>();

    RawHtml(List<Finding> findings) {
        this.findings = findings;
    }

    /** Checks one piece of raw HTML that starts at {@code firstLine}. */
    void check(CharSequence html, int firstLine) {
        HtmlPiece written = HtmlPiece.parse(html.toString());
        written.unterminated().ifPresent(end -> add(firstLine + end.line(written), end.refusal()));
        HtmlPiece piece = written.withoutComments();
        for (Element element : piece.document().body().getAllElements()) {
            if (element != piece.document().body()) {
                checkElement(piece, element, firstLine);
            }
        }
        piece.hidden().forEach(hidden -> add(firstLine + piece.lineOf(hidden.position()), hidden.refusal()));
        for (ParseError error : piece.errors()) {
            Matcher stray = STRAY_END_TAG.matcher(error.getErrorMessage());
            if (stray.find()) {
                close(stray.group(1), firstLine + piece.lineOf(error.getPosition()));
            }
        }
    }

    /** Reports what is still open once every piece of the page has been read. */
    void finish() {
        while (!open.isEmpty()) {
            neverClosed(open.removeFirst());
        }
    }

    private void checkElement(HtmlPiece piece, Element element, int firstLine) {
        Range start = element.sourceRange();
        if (!start.isTracked() || start.start().pos() == start.end().pos()) {
            return; // an element the parser implied, such as a <tbody>: the author did not write it
        }
        int line = firstLine + piece.lineOf(element);
        ContentPolicy.element(element.normalName()).ifPresentOrElse(refusal -> add(line, refusal), () -> {
            for (Attribute attribute : element.attributes()) {
                ContentPolicy.attribute(element, attribute).ifPresent(refusal -> add(
                        firstLine + attributeLine(piece, element, attribute), refusal));
            }
        });
        Range end = element.endSourceRange();
        boolean openAtEnd = end.isTracked() && end.start().pos() == end.end().pos()
                && end.start().pos() == piece.text().length();
        if (openAtEnd && !element.tag().isEmpty()) {
            open.addLast(new Open(element.normalName(), line));
        }
    }

    /**
     * An end tag that closes nothing in its own piece closes the element a previous piece left open; the elements
     * opened after that one are then closed by it without end tags of their own. Stricter than HTML, which lets
     * {@code </li>} or {@code </p>} out: a {@code <li>} left open would take in the template's markup after it.
     */
    private void close(String tag, int line) {
        if (open.stream().noneMatch(element -> element.tag().equals(tag))) {
            add(line, new ContentPolicy.Refusal("`</" + tag + ">` closes no element opened before it in this page",
                    "remove it: an end tag without its start tag would close an element of the template"));
            return;
        }
        for (Open last = open.removeLast(); !last.tag().equals(tag); last = open.removeLast()) {
            neverClosed(last);
        }
    }

    private void neverClosed(Open element) {
        if (ContentPolicy.element(element.tag()).isEmpty()) { // a refused element is reported already
            add(element.line(), new ContentPolicy.Refusal("`<" + element.tag() + ">` is never closed",
                    "close it with `</" + element.tag() + ">`: an element left open takes in the rest of the page"));
        }
    }

    private void add(int line, ContentPolicy.Refusal refusal) {
        findings.add(new Finding(line, refusal.message(), refusal.fix()));
    }

    private static int attributeLine(HtmlPiece piece, Element element, Attribute attribute) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute.getKey());
        return range.nameRange().isTracked() ? piece.lineOf(range.nameRange().start().pos()) : piece.lineOf(element);
    }
}
