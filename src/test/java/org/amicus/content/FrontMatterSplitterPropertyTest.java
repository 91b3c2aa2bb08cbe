package org.amicus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.amicus.Generated;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;

/**
 * Any text, made of the lines front matter and bodies are made of: the splitter gives the front matter and body back
 * as written, each with the file line it starts on, or reports one problem at line 1; it never throws.
 */
class FrontMatterSplitterPropertyTest {

    private static final Path FILE = Path.of("content/en/page.md");
    private static final String[] LINES = {
        "---", "--- ", "----", "-- -", "title: The case", "description: \"a --- b\"", "", " ", "text", "## Heading",
        "- item", "```", "+++", "...", "\uFEFF---", "key: |", "  ---", "déjà vu", "\t---",
    };
    private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

    private record Page(String frontMatter, String body, String ending) {
    }

    private static Page page(Random random) {
        String frontMatter = Generated.pieces(random, LINES, 10, "\n").lines()
                .filter(line -> !line.startsWith("---")).map(line -> line + "\n").reduce("", String::concat);
        return new Page(frontMatter, Generated.pieces(random, LINES, 10, "\n"),
                ENDINGS[random.nextInt(ENDINGS.length)]);
    }

    @Test
    void aPageSplitsBackIntoItsFrontMatterAndItsBodyWithTheirLines() {
        Generated.forEach(1_000, 500, FrontMatterSplitterPropertyTest::page, page -> {
            String file = ("---\n" + page.frontMatter() + "---\n" + page.body()).replace("\n", page.ending());
            Problems problems = new Problems();

            FrontMatterSplitter.Split split = FrontMatterSplitter.split(FILE, file, problems).orElseThrow();

            assertEquals(page.frontMatter(), split.yaml());
            assertEquals(page.body(), split.body());
            assertEquals(2, split.yamlFirstLine());
            assertEquals(page.frontMatter().lines().count() + 3, split.bodyFirstLine());
        });
    }

    @Test
    void anyTextIsSplitAtTheRightLineOrGivesOneProblemAtLineOne() {
        Generated.forEach(2_000, 1000, random -> Generated.pieces(random, LINES, 12, "\n"), text -> {
            Problems problems = new Problems();

            Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(FILE, text, problems);

            List<Problem> reported = problems.sorted();
            if (split.isPresent()) {
                assertEquals(List.of(), reported);
                List<String> fileLines = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
                assertEquals(split.get().body().lines().toList(), fileLines.subList(
                        Math.min(split.get().bodyFirstLine() - 1, fileLines.size()), fileLines.size()));
            } else {
                assertEquals(1, reported.size(), reported::toString);
                assertEquals(1, reported.get(0).line());
                assertTrue(reported.get(0).isError());
            }
        });
    }
}
