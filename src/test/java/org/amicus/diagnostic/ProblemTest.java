package org.amicus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final Path FILE = Path.of("content/en/the-case.md");

    @Test
    void formatGivesKindLocationMessageAndFix() {
        Problem problem = Problem.error(FILE, 12, "link `x.md`: there is no page x.md", "fix the link");

        assertEquals("error: content/en/the-case.md:12: link `x.md`: there is no page x.md\n  fix: fix the link",
                problem.format());
    }

    @Test
    void formatLeavesOutAnEmptyFix() {
        assertEquals("warning: content/en/the-case.md:3: something", Problem.warning(FILE, 3, "something", "").format());
    }

    @Test
    void nullHintBecomesEmpty() {
        assertEquals("", Problem.error(FILE, 3, "something", null).hint());
    }

    @Test
    void lineZeroMeansTheWholeFile() {
        assertEquals("content/en/the-case.md", Problem.error(FILE, 0, "m", "").location());
    }

    @Test
    void problemWithoutAFileConcernsTheProject() {
        assertEquals("error: (project): m", Problem.error(null, 0, "m", "").format());
    }

    @Test
    void toStringIsTheFormattedReport() {
        Problem problem = Problem.error(FILE, 1, "m", "h");

        assertEquals(problem.format(), problem.toString());
    }

    @Test
    void problemsAreOrderedByFileThenLineThenMessage() {
        Problem b3 = Problem.error(Path.of("content/en/b.md"), 3, "x", "");
        Problem a10 = Problem.error(Path.of("content/en/a.md"), 10, "x", "");
        Problem a2y = Problem.error(Path.of("content/en/a.md"), 2, "y", "");
        Problem a2x = Problem.warning(Path.of("content/en/a.md"), 2, "x", "");
        Problem project = Problem.error(null, 0, "z", "");

        assertEquals(List.of(project, a2x, a2y, a10, b3),
                Stream.of(b3, a10, a2y, a2x, project).sorted(Problem.ORDER).toList());
    }
}
