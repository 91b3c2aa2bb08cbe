package org.amicus.markdown.typography.internal;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import org.amicus.markdown.typography.ClauseEnd;
import org.amicus.markdown.typography.OrdinalSuffix;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.function.UnaryOperator;

/**
 * The character a reader sees just before or just after a text node, across the inline nodes around it.
 *
 * <p>French spacing depends on the neighbouring character even when it lives in another node ("*CFAA*:" puts
 * the colon in the text after the emphasis). We look through emphasis, links and quotes, whose text we know;
 * any other node (code span, inline HTML, image, footnote reference…) is {@link #OPAQUE}.
 */
final class InlineNeighbours {

    /** The start or end of the block, or a line break: nothing on this line to look at. */
    static final int BOUNDARY = -1;
    /** A node whose rendered text we do not know. */
    static final int OPAQUE = -2;

    private InlineNeighbours() {
    }

    static int charBefore(Node node) {
        for (Node n = node; ; n = n.getParent()) {
            Node previous = rendered(n.getPrevious(), Node::getPrevious);
            if (previous != null) {
                return lastChar(previous);
            }
            Node parent = n.getParent();
            if (parent instanceof TypographicQuotes quotes) {
                return lastCharOf(quotes.getTypographicOpening());
            }
            if (!isTransparent(parent)) {
                return BOUNDARY;
            }
        }
    }

    static int charAfter(Node node) {
        for (Node n = node; ; n = n.getParent()) {
            Node next = rendered(n.getNext(), Node::getNext);
            if (next != null) {
                return firstChar(next);
            }
            Node parent = n.getParent();
            if (parent instanceof TypographicQuotes quotes) {
                return firstCharOf(quotes.getTypographicClosing());
            }
            if (!isTransparent(parent)) {
                return BOUNDARY;
            }
        }
    }

    /** The first node from {@code node} on that prints something: attributes like {#id} print nothing. */
    private static Node rendered(Node node, UnaryOperator<Node> step) {
        Node n = node;
        while (n instanceof NonRenderingInline) {
            n = step.apply(n);
        }
        return n;
    }

    private static int lastChar(Node node) {
        if (node instanceof TypographicQuotes quotes) {
            return lastCharOf(quotes.getTypographicClosing());
        }
        if (isTransparent(node)) {
            Node last = rendered(node.getLastChild(), Node::getPrevious);
            return last == null ? OPAQUE : lastChar(last);
        }
        return lastCharOf(visibleText(node));
    }

    private static int firstChar(Node node) {
        if (node instanceof TypographicQuotes quotes) {
            return firstCharOf(quotes.getTypographicOpening());
        }
        if (isTransparent(node)) {
            Node first = rendered(node.getFirstChild(), Node::getNext);
            return first == null ? OPAQUE : firstChar(first);
        }
        return firstCharOf(visibleText(node));
    }

    /**
     * Null when the node's rendered text is unknown; "" for a line break, which counts as a boundary. A text
     * node's own characters, not a copy: only one of them is read.
     */
    private static CharSequence visibleText(Node node) {
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof ClauseEnd
                || node instanceof Footnote) {
            return "";
        }
        if (node instanceof Text || node instanceof Abbreviation || node instanceof OrdinalSuffix) {
            return node.getChars();
        }
        if (node instanceof TypographicSmarts smarts) {
            return smarts.getTypographicText();
        }
        if (node instanceof HtmlEntity) {
            return Escaping.unescapeString(node.getChars().toString());
        }
        return null;
    }

    /** Inline containers whose own text is just their children's. */
    private static boolean isTransparent(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link
                || node instanceof LinkRef || node instanceof TextBase;
    }

    private static int lastCharOf(CharSequence text) {
        if (text == null) {
            return OPAQUE;
        }
        return text.length() == 0 ? BOUNDARY : text.charAt(text.length() - 1);
    }

    private static int firstCharOf(CharSequence text) {
        if (text == null) {
            return OPAQUE;
        }
        return text.length() == 0 ? BOUNDARY : text.charAt(0);
    }
}
