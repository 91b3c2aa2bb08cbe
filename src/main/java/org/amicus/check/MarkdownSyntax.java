package org.amicus.check;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.markdown.Nodes;
import org.amicus.markdown.SequenceText;
import org.amicus.markdown.SourceLines;
import org.amicus.markdown.callout.Callout;
import org.amicus.markdown.callout.CalloutKind;
import org.amicus.markdown.callout.CalloutMarker;
import org.amicus.markdown.figure.FigureExtension;
import org.amicus.markdown.glossary.TermReference;
import org.amicus.site.Page;
import org.amicus.util.OddCharacters;
import org.amicus.util.Slugs;

/**
 * Markdown that would not come out as its author meant, reported rather than published as it is: a callout marker
 * of an unknown kind, never closed or followed by text, an empty callout, {@code [[words]]} that name no glossary
 * key, characters that are not text (NUL and other control characters), and a code fence never closed, which
 * turns the rest of the page into code.
 */
final class MarkdownSyntax {

    /** {@code [[…]]} on one line, as an author writes a glossary term. */
    private static final Pattern DOUBLE_BRACKETS = Pattern.compile("\\[\\[([^\\[\\]\\n]*)]]");

    private static final String KINDS = String.join(", ", Arrays.stream(CalloutKind.values())
            .map(kind -> "`[!" + kind.name() + "]`").toList());
    /** What a blockquote's first line may name: a callout's kind, or a figure. */
    private static final List<String> MARKERS = Stream.concat(Arrays.stream(CalloutKind.values())
            .map(CalloutKind::name), Stream.of(FigureExtension.MARKER)).toList();

    private MarkdownSyntax() {
    }

    /** @param figureNames the names of the figures the data draws, which {@code [!FIGURE name]} places */
    static void check(Page page, Document document, Set<String> glossaryKeys, List<String> figureNames,
                      Problems problems) {
        checkControlCharacters(page, problems);
        List<Node> notProse = new ArrayList<>();
        for (Node node : Nodes.below(document)) {
            if (node instanceof Callout callout && !callout.hasChildren()) {
                MarkdownChecks.bodyWarning(problems, page, SourceLines.of(callout), "the callout `[!"
                        + callout.getKind().name() + "]` is empty", "write its text on the next lines, each "
                        + "starting with `>`, or remove it");
            }
            if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
                checkUnclosedFence(page, fence, problems);
            }
            CalloutMarker.of(node).ifPresent(marker -> checkMarker(page, SourceLines.of(node), marker, figureNames,
                    problems));
            if (node instanceof TermReference || node instanceof Code || node instanceof HtmlInlineBase
                    || node instanceof HtmlBlockBase || isCodeBlock(node)) {
                notProse.add(node);
            }
        }
        checkTermsInWords(page, document, notProse, glossaryKeys, problems);
    }

    /** A blockquote that starts like a marker but is not one a callout can have. */
    private static void checkMarker(Page page, int line, CalloutMarker marker, List<String> figureNames,
                                    Problems problems) {
        String written = "`[!" + marker.name() + (marker.closed() ? "]" : "") + "`";
        boolean drawn = marker.argument() != null && marker.name().equalsIgnoreCase(FigureExtension.MARKER);
        if (!marker.closed()) {
            MarkdownChecks.bodyError(problems, page, line, "the callout marker " + written + " is not closed",
                    "write `[!" + marker.name().toUpperCase(Locale.ROOT) + (drawn ? " " + marker.argument() : "")
                            + "]`, alone on the line");
        } else if (CalloutKind.fromName(marker.name()).isEmpty()) {
            MarkdownChecks.bodyError(problems, page, line, "there is no callout " + written,
                    meantKind(marker.name()).map(kind -> "did you mean `[!" + kind
                            + (kind.equals(FigureExtension.MARKER) && marker.argument() != null
                            ? " " + marker.argument() : "") + "]`? ").orElse("")
                            + "the callouts are " + KINDS + ", an image with its caption is `[!"
                            + FigureExtension.MARKER + "]`, and a figure drawn from data is `[!"
                            + FigureExtension.MARKER + " name]`" + drawnFigures(figureNames));
        } else if (marker.argument() != null) {
            MarkdownChecks.bodyError(problems, page, line, "the callout `[!" + marker.name() + "]` takes no name, "
                    + "and `" + marker.argument() + "` follows it", "write `[!" + marker.name() + "]` alone on the "
                    + "line; only a figure drawn from data is named, like `[!" + FigureExtension.MARKER + " attack]`");
        } else if (!marker.rest().isEmpty()) {
            MarkdownChecks.bodyError(problems, page, line, "text follows the callout marker " + written
                    + " on its line", "put the marker alone on its line and the text on the next one: `> "
                    + written.replace("`", "") + "` then `> " + marker.rest() + "`");
        }
    }

    /** The figures a page may place, as their markers: {@code : `[!FIGURE attack]`, `[!FIGURE damages]`}. */
    private static String drawnFigures(List<String> names) {
        return names.isEmpty() ? " (its name a key of content/data/figures.yaml)"
                : ": " + String.join(", ", names.stream().map(name -> "`[!" + FigureExtension.MARKER + " " + name
                + "]`").toList());
    }

    /**
     * CommonMark lets a fence run to the end of the page when it is never closed: what follows is published as
     * code. A warning, since the page is published as written, and a fence left open at the end is harmless.
     */
    private static void checkUnclosedFence(Page page, FencedCodeBlock fence, Problems problems) {
        String marker = fence.getOpeningMarker().toString();
        String content = fence.getContentChars().toString();
        if (content.isBlank()) {
            return;
        }
        long lines = content.lines().count();
        MarkdownChecks.bodyWarning(problems, page, SourceLines.of(fence), "the code block opened with `" + marker
                + "` is never closed: the " + lines + (lines == 1 ? " line" : " lines") + " after it, to the end "
                + "of the page, show as code", "add a line `" + marker + "` where the code ends");
    }

    /**
     * The marker a name was meant for: the shortest it begins ({@code WARN}, {@code FIGUR} for {@code FIGURE}), else
     * one close to it ({@code NOTTE}).
     */
    private static Optional<String> meantKind(String name) {
        String typed = name.toUpperCase(Locale.ROOT);
        return MARKERS.stream().filter(kind -> !typed.isEmpty() && kind.startsWith(typed))
                .min(Comparator.comparingInt(String::length))
                .or(() -> Suggestions.closest(typed, MARKERS));
    }

    /** {@code [[summary judgment]]}: words, or a key written otherwise, where the glossary wants a key. */
    private static void checkTermsInWords(Page page, Document document, List<Node> notProse, Set<String> keys,
                                          Problems problems) {
        if (!page.body().contains("[[")) {
            return; // most pages: no copy of the page's text for a search that cannot find anything
        }
        String text = SequenceText.of(document.getChars()); // a String: the regex reads it many times faster
        Matcher brackets = DOUBLE_BRACKETS.matcher(text);
        while (brackets.find()) {
            int at = brackets.start();
            if (notProse.stream().anyMatch(node -> node.getStartOffset() <= at && at < node.getEndOffset())) {
                continue;
            }
            String words = brackets.group(1).split("\\\\?\\|", 2)[0].strip();
            String key = Slugs.of(words, "");
            String hint = keys.contains(key) ? "write the key: `[[" + key + "]]`, or `[[" + key + "|" + words
                    + "]]` to show these words"
                    : Suggestions.closest(key, keys).map(k -> "did you mean `[[" + k + "]]`? ").orElse("")
                    + "`[[…]]` takes a key of content/data/glossary.yaml: lowercase letters, digits and dashes";
            MarkdownChecks.bodyError(problems, page, SourceLines.in(document).line(at), "`" + brackets.group()
                    + "` names no glossary term", hint);
        }
    }

    /** NUL would become U+FFFD, and other control characters are not text: copied from a PDF, a word processor… */
    private static void checkControlCharacters(Page page, Problems problems) {
        int line = 0;
        boolean reported = false;
        for (char c : page.body().toCharArray()) {
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, most of a page: two comparisons instead of six
            }
            if (c == '\n') {
                line++;
                reported = false;
            } else if (!reported && isControl(c)) {
                MarkdownChecks.bodyError(problems, page, line, OddCharacters.notText(c), OddCharacters.NOT_TEXT_FIX);
                reported = true;
            }
        }
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F || c >= 0xFDD0 && c <= 0xFDEF
                || c == 0xFFFE || c == 0xFFFF;
    }

    private static boolean isCodeBlock(Node node) {
        return node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock;
    }
}
