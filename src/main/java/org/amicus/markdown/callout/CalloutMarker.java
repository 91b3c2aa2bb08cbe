package org.amicus.markdown.callout;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a blockquote when it starts like a callout marker, {@code [!}, read whatever it holds, so that
 * a callout written wrong can be reported rather than published as a quote: {@code [!WARN]} (an unknown kind),
 * {@code [!NOTE} (never closed), {@code [!NOTE] text} (text after the marker), {@code [!NOTE x]} (a name after
 * a kind that takes none: only a figure drawn from data has one, {@code [!FIGURE attack]}).
 *
 * @param name     the letters after {@code [!}: {@code NOTE}
 * @param argument the word after the name, before {@code ]}: {@code attack} in {@code [!FIGURE attack]}; null
 *                 when there is none
 * @param closed   whether {@code ]} ends the marker
 * @param rest     what follows the marker on its line, trimmed
 */
public record CalloutMarker(String name, String argument, boolean closed, String rest) {

    private static final Pattern MARKER = Pattern.compile("\\[!(\\p{Alpha}*)(?:[ \\t]+([\\p{Alnum}_-]+))?(])?(.*)");

    /** The marker that starts this blockquote's first line, if it starts with {@code [!}. */
    public static Optional<CalloutMarker> of(Node blockquote) {
        if (!(blockquote instanceof BlockQuote) || !(blockquote.getFirstChild() instanceof Paragraph first)) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(spaceless(first.getLineChars(0).toString()));
        if (!marker.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CalloutMarker(marker.group(1), marker.group(2), marker.group(3) != null,
                marker.group(4).strip()));
    }

    /**
     * The line without the spaces around it, no-break and other Unicode spaces included: one copied from a word
     * processor before {@code [!NOTE]} is as invisible as an ordinary one, and must not turn the callout into a quote.
     */
    private static String spaceless(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The kind of a marker written right, alone on its line: {@code [!NOTE]} or {@code [!note]}. */
    public Optional<CalloutKind> kind() {
        return closed && argument == null && rest.isEmpty() ? CalloutKind.fromName(name) : Optional.empty();
    }

    /**
     * Removes the marker line from the blockquote's first paragraph: its inline nodes, with its line break; an
     * emptied paragraph goes too. For the callouts and the figures ({@code [!FIGURE]}), which share the marker.
     */
    public static void dropLine(NodeTracker state, Paragraph paragraph) {
        if (paragraph.getLineCount() == 1) {
            paragraph.unlink();
            state.nodeRemovedWithDescendants(paragraph);
            return;
        }
        int restStart = paragraph.getLineChars(1).getStartOffset();
        Node child = paragraph.getFirstChild();
        while (child != null && child.getStartOffset() < restStart) {
            Node next = child.getNext();
            child.unlink();
            state.nodeRemovedWithDescendants(child);
            child = next;
        }
        paragraph.setContent(paragraph, 1, paragraph.getLineCount());
    }
}
