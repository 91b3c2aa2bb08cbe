package org.amicus.diagnostic;

import java.util.List;

/** A build that stopped because of errors in the author's input; carries all of them. */
public final class BuildFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).count() + " error(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
