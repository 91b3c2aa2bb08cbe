package org.amicus.yaml;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML mistakes authors make most, said in their words at the line where they made them, instead of the
 * parser's ({@code expected <block end>, but found '<block mapping start>'}, one line late): a quote never
 * closed, a key indented more than its neighbours, a list item out of line, a line without its colon.
 */
final class YamlMistakes {

    /** A mistake: the 0-based line of the YAML text it is on, what is wrong and how to fix it. */
    record Mistake(int line, String message, String hint) {
    }

    /** {@code key: value} or {@code - value}: group 1 is the indentation, group 2 the value. */
    private static final Pattern VALUE = Pattern.compile("^(\\s*)(?:-\\s+|[^\\s\"'#:][^:#]*:\\s+)(.*)$");
    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)[^\\s\"'#:-][^:#]*:(\\s.*)?$");
    /** {@code title:The appeal}: a key, its colon, and no space before the value. Group 1 the key, 2 the value. */
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_][\\w-]*):([^\\s/].*)$");
    /** The names the parser gives what it reads, in an author's words. */
    private static final Map<String, String> TOKENS = Map.of(
            "<block end>", "the end of the indented lines", "<block mapping start>", "an indented key",
            "<block sequence start>", "an indented list item", "<scalar>", "a value",
            "<document start>", "a line `---`", "<document end>", "a line `...`", "<stream end>", "the end of the text",
            "<block sequence end>", "the end of the list", "<flow mapping start>", "`{`",
            "<flow sequence start>", "`[`");

    private YamlMistakes() {
    }

    /** What the author most likely did wrong, when it is one of the common mistakes. */
    static Optional<Mistake> explain(String text, MarkedYAMLException e) {
        String[] lines = text.split("\r?\n", -1);
        String problem = e.getProblem() == null ? "" : e.getProblem();
        int at = lineOf(e.getProblemMark(), lines.length);
        boolean quoteTrouble = problem.contains("end of stream") || problem.contains("<scalar>")
                || problem.contains("could not find expected ':'") || problem.contains("mapping values");
        for (int i = 0; quoteTrouble && i <= Math.min(at, lines.length - 1); i++) {
            Optional<Character> quote = unclosedQuote(lines[i]);
            if (quote.isPresent()) {
                String key = lines[i].strip().startsWith("-") ? "- " : lines[i].strip().split(":", 2)[0] + ": ";
                return Optional.of(new Mistake(i, "the " + (quote.get() == '"' ? "double" : "single")
                        + " quote opened on this line is never closed", "end the value with the same quote on this "
                        + "line: `" + key + quote.get() + "…" + quote.get() + "`"));
            }
        }
        if (quoteTrouble) {
            Optional<Mistake> noSpace = noSpaceAfterColon(lines, at);
            if (noSpace.isPresent()) {
                return noSpace;
            }
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            boolean list = problem.contains("']'");
            int line = Math.min(e.getContextMark() != null ? lineOf(e.getContextMark(), lines.length) : at,
                    lines.length - 1);
            String key = lines[line].strip().split(":", 2)[0];
            return Optional.of(new Mistake(line, "the " + (list ? "`[`" : "`{`") + " opened on this line is never "
                    + "closed", "close it on the same line, like `" + key + ": " + (list ? "[one, two]" : "{name: x}")
                    + "`; if the " + (list ? "`[`" : "`{`") + " is part of the text, quote the value: `" + key
                    + ": \"" + (list ? "[" : "{") + "…\"`"));
        }
        if (at >= lines.length) {
            return Optional.empty();
        }
        if (problem.contains("(TAB)")) {
            return Optional.of(new Mistake(at, "this line has a tab where YAML only allows spaces",
                    "indent with spaces, not tabs"));
        }
        int before = previousContentLine(lines, at);
        int indent = indentation(lines[at]);
        boolean deeper = before >= 0 && indent > indentation(lines[before]);
        if (problem.contains("<block sequence start>") || problem.contains("<block end>")
                && lines[at].stripLeading().startsWith("- ")) {
            return Optional.of(new Mistake(at, "this list item is indented differently from the lines above it",
                    "start every `- ` of one list in the same column, under its key"));
        }
        if (deeper && KEY_LINE.matcher(lines[at]).matches() && (problem.contains("<block mapping start>")
                || problem.contains("mapping values are not allowed"))) {
            return Optional.of(new Mistake(at, "`" + lines[at].strip() + "` is indented more than the line above it",
                    "start it in the same column as the other keys (remove " + (indent - indentation(lines[before]))
                            + (indent - indentation(lines[before]) == 1 ? " space" : " spaces") + ")"));
        }
        if (problem.contains("could not find expected ':'")) {
            int line = e.getContextMark() != null ? lineOf(e.getContextMark(), lines.length) : at;
            return Optional.of(new Mistake(Math.min(line, lines.length - 1), "this line has no colon after its key",
                    "write `key: value`, with a colon and a space after the key"));
        }
        return Optional.empty();
    }

    /**
     * {@code title:The appeal} on the line a parser trips over, or on the one before: a colon without its space
     * is part of the value, so the next key looks like text and the parser stops there.
     */
    private static Optional<Mistake> noSpaceAfterColon(String[] lines, int at) {
        for (int i = Math.min(at, lines.length - 1); i >= Math.max(0, at - 1); i--) {
            Matcher key = NO_SPACE_AFTER_COLON.matcher(lines[i]);
            if (key.matches() && !lines[i].contains(": ")) {
                return Optional.of(new Mistake(i, "`" + lines[i].strip() + "` has no space after the colon of `"
                        + key.group(1) + "`", "write `" + key.group(1) + ": " + key.group(2) + "`, with a space "
                        + "after the colon"));
            }
        }
        return Optional.empty();
    }

    /** A parser's message with its token names in words: {@code expected <block end>} → the end of the indented lines. */
    static String plain(String problem) {
        String plain = problem;
        for (Map.Entry<String, String> token : TOKENS.entrySet()) {
            plain = plain.replace("'" + token.getKey() + "'", token.getValue()).replace(token.getKey(), token.getValue());
        }
        return plain;
    }

    /** The quote that opens a line's value and does not close on that line, if any. */
    static Optional<Character> unclosedQuote(String line) {
        Matcher value = VALUE.matcher(line);
        if (!value.matches() || value.group(2).isEmpty()) {
            return Optional.empty();
        }
        String text = value.group(2);
        char quote = text.charAt(0);
        if (quote != '"' && quote != '\'') {
            return Optional.empty();
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++; // an escaped character, \" included
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++; // '' is a quote inside single quotes
                } else {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(quote);
    }

    private static int lineOf(Mark mark, int lines) {
        return mark == null ? lines : mark.getLine();
    }

    private static int previousContentLine(String[] lines, int at) {
        for (int i = at - 1; i >= 0; i--) {
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
