package org.amicus.diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build, so the author sees them all at once instead of one per run.
 * Thread-safe: pages are processed on all cores.
 */
public final class Problems {

    private final List<Problem> all = new ArrayList<>();

    public synchronized void add(Problem problem) {
        all.add(problem);
    }

    public void error(Path file, int line, String message, String hint) {
        add(Problem.error(file, line, message, hint));
    }

    public void warning(Path file, int line, String message, String hint) {
        add(Problem.warning(file, line, message, hint));
    }

    /** Makes every warning an error, for {@code --strict}: each is then reported once, as an error. */
    public synchronized void promoteWarnings(String note) {
        all.replaceAll(p -> p.isError() ? p : Problem.error(p.file(), p.line(), p.message() + note, p.hint()));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Problem::isError);
    }

    /** All problems, sorted by file and line. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(all);
        copy.sort(Problem.ORDER);
        return List.copyOf(copy);
    }

    public synchronized List<Problem> errors() {
        return sorted().stream().filter(Problem::isError).toList();
    }

    public synchronized List<Problem> warnings() {
        return sorted().stream().filter(p -> !p.isError()).toList();
    }

    /** Stops the build here if anything so far is an error: later stages would only add noise. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailedException(sorted());
        }
    }
}
