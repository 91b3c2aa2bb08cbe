package org.amicus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final Path A = Path.of("content/en/a.md");
    private static final Path B = Path.of("content/en/b.md");

    private final Problems problems = new Problems();

    @Test
    void warningsAloneDoNotStopTheBuild() {
        problems.warning(A, 1, "no French translation yet", "");

        problems.throwIfErrors();

        assertFalse(problems.hasErrors());
    }

    @Test
    void errorsStopTheBuildWithEveryProblemSorted() {
        problems.error(B, 1, "second file", "");
        problems.warning(A, 5, "a warning", "");
        problems.error(A, 2, "first file", "");

        BuildFailedException e = assertThrows(BuildFailedException.class, problems::throwIfErrors);

        assertEquals("2 error(s)", e.getMessage());
        assertEquals(List.of("first file", "a warning", "second file"),
                e.problems().stream().map(Problem::message).toList());
        assertEquals(List.of("first file", "second file"), e.errors().stream().map(Problem::message).toList());
    }

    @Test
    void errorsAndWarningsAreKeptApart() {
        problems.warning(A, 1, "w", "");
        problems.error(A, 2, "e", "");

        assertEquals(List.of("e"), problems.errors().stream().map(Problem::message).toList());
        assertEquals(List.of("w"), problems.warnings().stream().map(Problem::message).toList());
    }

    @Test
    void problemsFromManyThreadsAreAllKept() {
        IntStream.range(0, 1000).parallel().forEach(i -> problems.error(A, i, "e" + i, ""));

        assertEquals(1000, problems.sorted().size());
    }
}
