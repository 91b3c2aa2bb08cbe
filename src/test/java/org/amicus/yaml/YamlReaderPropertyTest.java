package org.amicus.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.amicus.Generated;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;

/**
 * Any text made of what YAML is made of (keys, colons with and without their space, quotes, brackets, lists, tabs,
 * anchors, tags, block values, control characters) is read or refused with problems, never with an exception: each
 * problem is at a line of the text, and none speaks the parser's token names.
 */
class YamlReaderPropertyTest {

    private static final int FIRST_LINE = 2;
    private static final String[] PIECES = {
        "title", "description", "tags", "x", "Le recours", "2024-12-20", "2026-13-01", ":", ": ", ":x", " ", "  ",
        "\n", "\n", "\n  ", "\n    ", "\n- ", "- ", "\t", "\"", "'", "\\\"", "[", "]", "{", "}", ",", "#", "# note",
        "&a ", "*a", "<<: *a", "!!str ", "!!java.net.URL ", "!custom ", "|", ">", "|-", "---", "...", "?", "%YAML",
        "@", "`", "\u0000", "\u0007", "\u00A0", "\u200B", "\uFEFF", "é", "🙂", "~", "null", "yes", "0x1F", "1e9",
    };
    /** The names snakeyaml gives what it reads, which an author would not understand. */
    private static final Pattern PARSER_WORDS = Pattern.compile("<(block|flow|scalar|stream|document)[^>]*>");

    private static String yaml(Random random) {
        return Generated.pieces(random, PIECES, 24, "");
    }

    @Test
    void anyFrontMatterIsReadOrRefusedAtItsLinesInPlainWords() {
        Generated.forEach(9_000, 1500, YamlReaderPropertyTest::yaml, text -> {
            Problems problems = new Problems();
            YamlReader reader = new YamlReader(Path.of("content/en/page.md"), FIRST_LINE, problems);

            Optional<YamlMap> map = reader.readMapping(text, "the front matter");

            assertRefusedOnlyWithProblemsInPlainWords(text, FIRST_LINE, map.isPresent(), problems);
        });
    }

    @Test
    void anyDataFileIsReadOrRefusedAtItsLinesInPlainWords() {
        Generated.forEach(10_000, 1500, YamlReaderPropertyTest::yaml, text -> {
            Problems problems = new Problems();
            YamlReader reader = new YamlReader(Path.of("content/data/glossary.yaml"), 1, problems);

            Optional<List<YamlMap>> list = reader.readMappingList(text, "glossary.yaml");

            assertRefusedOnlyWithProblemsInPlainWords(text, 1, list.isPresent(), problems);
        });
    }

    private static void assertRefusedOnlyWithProblemsInPlainWords(String text, int firstLine, boolean read,
                                                                  Problems problems) {
        List<Problem> reported = problems.sorted();
        if (!read) {
            assertFalse(reported.isEmpty(), "refused without a problem");
        }
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (Problem problem : reported) {
            assertTrue(problem.isError());
            assertTrue(problem.line() >= firstLine && problem.line() < firstLine + lines,
                    () -> "line " + problem.line() + " outside the text: " + problem);
            assertFalse(PARSER_WORDS.matcher(problem.message()).find(), problem::toString);
            assertFalse(problem.hint().isBlank(), () -> "no fix: " + problem);
        }
        assertEquals(reported.size(), reported.stream().distinct().count());
    }
}
