package org.amicus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicus.content.FrontMatterSplitter.Split;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrontMatterSplitterTest {

    private static final Path FILE = Path.of("content/en/the-case.md");

    private static final String NEVER_CLOSED = "error: content/en/the-case.md:1: the front matter opened with `---` on "
            + "line 1 is never closed\n  fix: add a line with only `---` after the last front matter line";
    private static final String NOT_FOUND = "error: content/en/the-case.md:1: no front matter found\n  fix: start the "
            + "file with a line `---`, then `title: …` and `description: …`, then a line `---`";

    /** One row per kind of page: what the author wrote, then the split we expect or the error we expect. */
    static Stream<Arguments> pages() {
        return Stream.of(
                splits("valid front matter",
                        "---\ntitle: The case\ndescription: D\n---\nBody\n",
                        "title: The case\ndescription: D\n", "Body\n", 5),
                splits("`---` in the body is a thematic break and stays in the body",
                        "---\ntitle: T\n---\nBefore\n\n---\n\nAfter\n",
                        "title: T\n", "Before\n\n---\n\nAfter\n", 4),
                fails("no closing fence", "---\ntitle: T\ndescription: D\n\nBody\n", NEVER_CLOSED),
                fails("only an opening fence", "---", NEVER_CLOSED),
                fails("four dashes do not close the front matter", "---\ntitle: T\n----\nBody\n", NEVER_CLOSED),
                fails("no front matter at all", "# The case\n\nBody\n", NOT_FOUND),
                fails("four dashes do not open front matter", "----\ntitle: T\n---\nBody\n", NOT_FOUND),
                fails("empty file", "", NOT_FOUND),
                splits("a UTF-8 byte-order mark is dropped",
                        "\uFEFF---\ntitle: T\n---\nBody\n", "title: T\n", "Body\n", 4),
                splits("CRLF line endings become LF and lines still count",
                        "---\r\ntitle: T\r\ndescription: D\r\n---\r\nBody\r\nMore\r\n",
                        "title: T\ndescription: D\n", "Body\nMore\n", 5),
                splits("old Mac CR line endings become LF",
                        "---\rtitle: T\r---\rBody\r", "title: T\n", "Body\n", 4),
                splits("empty body", "---\ntitle: T\n---\n", "title: T\n", "", 4),
                splits("empty front matter", "---\n---\n", "", "", 3),
                splits("empty front matter before a body", "---\n---\nBody\n", "", "Body\n", 3),
                splits("closing fence at the end of the file without a newline",
                        "---\ntitle: T\n---", "title: T\n", "", 4),
                splits("trailing spaces and tabs after the fences",
                        "---  \ntitle: T\n--- \t\nBody\n", "title: T\n", "Body\n", 4),
                splits("blank lines at the top of the body count",
                        "---\ntitle: T\n---\n\n\nBody\n", "title: T\n", "\n\nBody\n", 4));
    }

    private static Arguments splits(String name, String text, String yaml, String body, int bodyFirstLine) {
        return arguments(name, text, Optional.of(new Split(yaml, 2, body, bodyFirstLine)), List.of());
    }

    private static Arguments fails(String name, String text, String error) {
        return arguments(name, text, Optional.empty(), List.of(error));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void splitsFrontMatterFromBody(String name, String text, Optional<Split> expected, List<String> errors) {
        Problems problems = new Problems();

        Optional<Split> split = FrontMatterSplitter.split(FILE, text, problems);

        assertEquals(expected, split);
        assertEquals(errors, problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void frontMatterWithoutClosingFenceIsReportedOnLineOne() {
        Problems problems = new Problems();

        FrontMatterSplitter.split(FILE, "---\ntitle: T\n\n\nBody\n", problems);

        Problem problem = problems.sorted().get(0);
        assertEquals(1, problem.line());
        assertEquals("the front matter opened with `---` on line 1 is never closed", problem.message());
    }
}
