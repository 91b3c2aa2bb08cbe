package org.amicus.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlReaderTest {

    private static final Path FILE = Path.of("templates/i18n/en.yaml");

    private final Problems problems = new Problems();
    /** A text that starts on line 10 of its file, as front matter starts on line 2. */
    private final YamlReader reader = new YamlReader(FILE, 10, problems);

    private YamlMap read(String yaml) {
        return reader.readMapping(yaml, "the file").orElseThrow(() -> new AssertionError(problems.sorted()));
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void entryLinesCountFromTheLineWhereTheTextStarts() {
        YamlMap map = read("a: 1\n\nb: 2\n");

        assertEquals(List.of(10, 12), map.entries().stream().map(YamlEntry::line).toList());
    }

    @Test
    void emptyTextIsAnEmptyMapping() {
        assertEquals(List.of(), read("").entries());
    }

    @Test
    void commentsOnlyTextIsAnEmptyMapping() {
        assertEquals(List.of(), read("# nothing yet\n").entries());
    }

    @Test
    void textThatIsASingleValueIsReported() {
        Optional<YamlMap> map = reader.readMapping("just a sentence\n", "the file");

        assertEquals(Optional.empty(), map);
        assertEquals(List.of("error: templates/i18n/en.yaml:10: the file must be a set of `key: value` lines, not a "
                + "single value\n  fix: write one `key: value` per line, for example `title: The case`"), reported());
    }

    @Test
    void tabIndentationHintSaysToIndentWithSpaces() {
        reader.readMapping("a: 1\n\tb: 2\n", "the file");

        assertEquals("indent with spaces, not tabs", problems.sorted().get(0).hint());
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() {
        reader.readMapping("a: " + "[".repeat(30) + "]".repeat(30) + "\n", "the file");

        assertEquals(List.of("error: templates/i18n/en.yaml:10: YAML rejected: Nesting Depth exceeded max 20\n"
                + "  fix: keep YAML simple: no more than 20 aliases, 20 levels of nesting, 2097152 characters"),
                reported());
    }

    @Test
    void textLongerThanTheLimitIsRejected() {
        // Many short lines of a block scalar: SnakeYAML scans them much faster than one huge line.
        String line = "  " + "x".repeat(1000) + "\n";
        reader.readMapping("a: |\n" + line.repeat(YamlReader.MAX_CODE_POINTS / line.length() + 1), "the file");

        assertEquals("YAML rejected: The incoming YAML document exceeds the limit: 2097152 code points.",
                problems.sorted().get(0).message());
    }

    @Test
    void nonScalarKeyIsReported() {
        reader.readMapping("? [a, b]\n: value\n", "the file");

        assertEquals(List.of("error: templates/i18n/en.yaml:10: a key must be a plain word, not a list\n"
                + "  fix: write `key: value`"), reported());
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "yes, true", "no, false", "on, true", "off, false", "True, true"})
    void booleansFollowYaml11(String written, boolean expected) {
        YamlEntry entry = read("draft: " + written + "\n").get("draft").orElseThrow();

        assertEquals(Optional.of(expected), reader.bool(entry));
    }

    @Test
    void integerMayBeWrittenWithUnderscores() {
        YamlEntry entry = read("weight: 1_000\n").get("weight").orElseThrow();

        assertEquals(Optional.of(1000), reader.integer(entry));
    }

    @Test
    void hexadecimalIntegerIsReported() {
        YamlEntry entry = read("weight: 0x1F\n").get("weight").orElseThrow();

        assertEquals(Optional.empty(), reader.integer(entry));
        assertEquals(List.of("error: templates/i18n/en.yaml:10: `weight` must be a whole number, not `0x1F`\n"
                + "  fix: write it as `weight: 10`"), reported());
    }

    @Test
    void quotedDateIsADate() {
        YamlEntry entry = read("date: \"2024-12-20\"\n").get("date").orElseThrow();

        assertEquals(Optional.of(LocalDate.of(2024, 12, 20)), reader.date(entry));
    }

    @Test
    void dateWithATimeIsReported() {
        YamlEntry entry = read("date: 2024-12-20T10:00:00\n").get("date").orElseThrow();

        assertEquals(Optional.empty(), reader.date(entry));
        assertEquals("`date` must be a date written YYYY-MM-DD, not `2024-12-20T10:00:00`",
                problems.sorted().get(0).message());
    }

    @Test
    void numberIsReadAsTextWhereTextIsExpected() {
        YamlEntry entry = read("title: 2024\n").get("title").orElseThrow();

        assertEquals(Optional.of("2024"), reader.string(entry));
    }

    @Test
    void flatMapOfTextsIsRead() {
        Map<String, String> strings = reader.stringMap(read("skip_to_content: Skip to content\nsearch: Search\n"));

        assertEquals(List.of(Map.entry("skip_to_content", "Skip to content"), Map.entry("search", "Search")),
                List.copyOf(strings.entrySet()));
    }

    @Test
    void nestedValueInAFlatMapIsReportedAndLeftOut() {
        Map<String, String> strings = reader.stringMap(read("a: A\nb:\n  c: C\n"));

        assertEquals(Map.of("a", "A"), strings);
        assertEquals(List.of("error: templates/i18n/en.yaml:11: `b` must be text, not a set of `key: value` lines\n"
                + "  fix: write it as `b: Some text`"), reported());
    }

    @Test
    void mappingListItemThatIsNotAMappingIsReportedOnItsLine() {
        YamlEntry entry = read("languages:\n  - en\n").get("languages").orElseThrow();

        assertEquals(Optional.empty(), reader.mappingList(entry));
        assertEquals(List.of("error: templates/i18n/en.yaml:11: each item of `languages` must be a set of "
                + "`key: value` lines, not a single value\n  fix: start each item with `- key: value`"), reported());
    }
}
