package org.amicus.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import org.amicus.util.FilePaths;

/**
 * One thing wrong with the author's input: where it is, what it is, and how to fix it.
 *
 * @param file   the file, relative to the project folder (never absolute, so messages read the same everywhere)
 * @param line   1-based line in that file, counting front matter lines; 0 when the problem concerns the whole file
 * @param message what is wrong, in the author's words
 * @param hint   how to fix it; may be empty
 */
public record Problem(Severity severity, Path file, int line, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    /** Files first, then lines, so a report reads top to bottom like the author's editor. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : FilePaths.slashed(p.file()))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public static Problem error(Path file, int line, String message, String hint) {
        return new Problem(Severity.ERROR, file, line, message, hint == null ? "" : hint);
    }

    public static Problem warning(Path file, int line, String message, String hint) {
        return new Problem(Severity.WARNING, file, line, message, hint == null ? "" : hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/en/the-case.md:12} — the form editors and terminals turn into a link. */
    public String location() {
        if (file == null) {
            return "(project)";
        }
        String name = FilePaths.slashed(file);
        return line > 0 ? name + ":" + line : name;
    }

    /** The full report line: {@code error: content/en/x.md:3: what. Fix: how.} */
    public String format() {
        String head = (isError() ? "error: " : "warning: ") + location() + ": " + message;
        return hint.isEmpty() ? head : head + "\n  fix: " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
