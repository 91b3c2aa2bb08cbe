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

    @Test
    void keyWithoutASpaceAfterItsColonIsNamedAtItsLine() {
        assertEquals(List.of("error: content/en/the-appeal.md:2: `title:The appeal` has no space after the colon of "
                + "`title`\n  fix: write `title: The appeal`, with a space after the colon"),
                read("title:The appeal\ndescription: x\n"));
    }

    @Test
    void lastKeyWithoutASpaceAfterItsColonIsNamedToo() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: `description:Le recours` has no space after the "
                + "colon of `description`\n  fix: write `description: Le recours`, with a space after the colon"),
                read("title: L’appel\ndescription:Le recours\n"));
    }

    @Test
    void unclosedBracketIsReportedWhereItOpens() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: the `[` opened on this line is never closed\n"
                + "  fix: close it on the same line, like `tags: [one, two]`; if the `[` is part of the text, quote "
                + "the value: `tags: \"[…\"`"), read("title: The appeal\ntags: [cfaa, nso\ndate: 2025-01-01\n"));
    }

    @Test
    void unclosedBraceIsReportedWhereItOpens() {
        assertEquals(List.of("error: content/en/the-appeal.md:2: the `{` opened on this line is never closed\n"
                + "  fix: close it on the same line, like `title: {name: x}`; if the `{` is part of the text, quote "
                + "the value: `title: \"{…\"`"), read("title: {Le recours\ndescription: x\n"));
    }

    @Test
    void aNulCharacterIsNamedAtItsLine() {
        assertEquals(List.of("error: content/en/the-appeal.md:3: the text holds the invisible character U+0000 NULL\n"
                + "  fix: delete it: it is not text (it often comes from copying out of a PDF or a word processor)"),
                read("title: The appeal\ndescription: \"a\u0000b\"\n"));
    }

    @Test
    void theParsersOtherWordsAreSaidAsAnAuthorWouldSayThem() {
        assertEquals("expected the end of the indented lines, but found an indented key",
                YamlMistakes.plain("expected <block end>, but found '<block mapping start>'"));
        assertEquals("expected a value, but found the end of the text",
                YamlMistakes.plain("expected <scalar>, but found <stream end>"));
    }
}
