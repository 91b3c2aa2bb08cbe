package org.amicus.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;

/** The common YAML mistakes are said in plain words at the line where they were made (front matter starts on 2). */
class YamlMistakesTest {

    private final Problems problems = new Problems();

    private List<String> read(String yaml) {
        new YamlReader(Path.of("content/en/the-appeal.md"), 2, problems).readMapping(yaml, "the front matter");
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void keyIndentedMoreThanTheOneAboveIsNamedWithTheSpacesToRemove() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: `description: \"x\"` is indented more than the line "
                + "above it\n  fix: start it in the same column as the other keys (remove 2 spaces)"),
                read("title: \"The appeal\"\n  description: \"x\"\ndate: 2025-01-01\n"));
    }

    @Test
    void keyIndentedUnderAPlainValueIsNamedToo() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: `description: x` is indented more than the line "
                + "above it\n  fix: start it in the same column as the other keys (remove 1 space)"),
                read("title: The appeal\n description: x\n"));
    }

    @Test
    void listItemOutOfLineIsNamed() {
        assertEquals(List.of("error: content/en/the-appeal.md:5: this list item is indented differently from the "
                + "lines above it\n  fix: start every `- ` of one list in the same column, under its key"),
                read("title: The appeal\ntags:\n  - a\n - b\n"));
    }

    @Test
    void unclosedDoubleQuoteIsReportedWhereItOpens() {
        assertEquals(List.of("error: content/en/the-appeal.md:2: the double quote opened on this line is never "
                + "closed\n  fix: end the value with the same quote on this line: `title: \"…\"`"),
                read("title: \"The appeal\ndescription: \"Something\"\ndate: 2025-01-01\n"));
    }

    @Test
    void unclosedSingleQuoteAtTheEndIsReportedWhereItOpens() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: the single quote opened on this line is never "
                + "closed\n  fix: end the value with the same quote on this line: `description: '…'`"),
                read("title: The appeal\ndescription: 'It''s\nslug: x\n"));
    }

    @Test
    void lineWithoutItsColonIsNamed() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: this line has no colon after its key\n"
                + "  fix: write `key: value`, with a colon and a space after the key"),
                read("title: The appeal\ndescription Something\ndate: 2025-01-01\n"));
    }

    @Test
    void colonInsideAValueStillSaysToQuoteIt() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: invalid YAML: mapping values are not allowed here\n"
                + "  fix: a value containing `: ` must be quoted, for example `title: \"Summary judgment: what it "
                + "means\"`"), read("title: The appeal\ndescription: x: y\n"));
    }

    @Test
    void quotesThatCloseAreNotMistakes() {
        assertEquals(java.util.Optional.empty(), YamlMistakes.unclosedQuote("title: \"He said \\\"no\\\"\""));
        assertEquals(java.util.Optional.empty(), YamlMistakes.unclosedQuote("- 'it''s'"));
        assertEquals(java.util.Optional.of('"'), YamlMistakes.unclosedQuote("  - \"open"));
    }
}
