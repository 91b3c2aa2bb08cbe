package org.amicus.markdown.safety;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * The raw HTML of one page, piece by piece in reading order, as a browser parses it (jsoup): every element and
 * attribute against the {@link ContentPolicy}, and whether the elements opened are closed, so that no piece can
 * leave an element open over the rest of the template (a {@code <details>} that would fold up the footer) or close
 * one of the template's. Lines are the Markdown body's, 0-based.
 */
final class RawHtml {

    /** Elements whose end tag HTML lets the author leave out. */
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "tr", "td", "th", "thead",
            "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rb", "rt", "rp");

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
        String text = html.toString();
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(100);
        Element body = Document.createShell(ContentPolicy.BASE).body();
        for (org.jsoup.nodes.Node node : parser.parseFragmentInput(text, body, ContentPolicy.BASE)) {
            body.appendChild(node);
        }
        for (Element element : body.getAllElements()) {
            if (element != body) {
                checkElement(element, firstLine, text.length());
            }
        }
        for (ParseError error : parser.getErrors()) {
            Matcher stray = STRAY_END_TAG.matcher(error.getErrorMessage());
            if (stray.find()) {
                close(stray.group(1), firstLine + lineOf(text, error.getPosition()));
            }
        }
    }

    /** Reports what is still open once every piece of the page has been read. */
    void finish() {
        while (!open.isEmpty()) {
            neverClosed(open.removeFirst());
        }
    }

    private void checkElement(Element element, int firstLine, int length) {
        Range start = element.sourceRange();
        if (!start.isTracked() || start.start().pos() == start.end().pos()) {
            return; // an element the parser implied, such as a <tbody>: the author did not write it
        }
        int line = firstLine + start.start().lineNumber() - 1;
        ContentPolicy.element(element.normalName()).ifPresentOrElse(
                refusal -> findings.add(new Finding(line, refusal.message(), refusal.fix())),
                () -> {
                    for (Attribute attribute : element.attributes()) {
                        ContentPolicy.attribute(element, attribute).ifPresent(refusal -> findings.add(
                                new Finding(attributeLine(element, attribute, line, firstLine), refusal.message(),
                                        refusal.fix())));
                    }
                });
        Range end = element.endSourceRange();
        boolean openAtEnd = end.isTracked() && end.start().pos() == end.end().pos() && end.start().pos() == length;
        if (openAtEnd && !element.tag().isEmpty() && !OPTIONAL_END.contains(element.normalName())) {
            open.addLast(new Open(element.normalName(), line));
        }
    }

    /**
     * An end tag that closes nothing in its own piece closes the element a previous piece left open; the elements
     * opened after that one are then closed by it without end tags of their own.
     */
    private void close(String tag, int line) {
        if (OPTIONAL_END.contains(tag)) {
            return;
        }
        if (open.stream().noneMatch(element -> element.tag().equals(tag))) {
            findings.add(new Finding(line, "`</" + tag + ">` closes no element opened before it in this page",
                    "remove it: an end tag without its start tag would close an element of the template"));
            return;
        }
        for (Open last = open.removeLast(); !last.tag().equals(tag); last = open.removeLast()) {
            neverClosed(last);
        }
    }

    private void neverClosed(Open element) {
        if (ContentPolicy.element(element.tag()).isEmpty()) { // a refused element is reported already
            findings.add(new Finding(element.line(), "`<" + element.tag() + ">` is never closed",
                    "close it with `</" + element.tag() + ">`: an element left open takes in the rest of the page"));
        }
    }

    private static int attributeLine(Element element, Attribute attribute, int elementLine, int firstLine) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute.getKey());
        return range.nameRange().isTracked() ? firstLine + range.nameRange().start().lineNumber() - 1 : elementLine;
    }

    private static int lineOf(String text, int position) {
        int lines = 0;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
