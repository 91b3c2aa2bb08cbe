package org.amicus.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;

class SchemaTest {

    private static final Schema TEXT = Schema.of("A text in one language", "this text", List.of(
            Field.text("title", "A title.").notBlank().required("title: …")));
    private static final Schema ENTRY = Schema.of("An entry", "this entry", List.of(
                    Field.text("key", "The key.").required("key: a").check(Check.pattern("[a-z]+",
                            "key %s is not lowercase", "write it like `key: abc`")),
                    Field.text("court", "A court."),
                    Field.text("publisher", "A publisher."),
                    Field.texts("sources", "Sources.").nonEmpty("sources: [a]"),
                    Field.languageVersion("fr", "Français", TEXT)))
            .identifiedBy("key", "entry")
            .exactlyOneOf(List.of("court", "publisher"), "write one of them");

    private final Problems problems = new Problems();
    private final YamlReader yaml = new YamlReader(Path.of("content/data/x.yaml"), 1, problems);

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private Optional<List<Values>> read(String text) {
        return ENTRY.readList(yaml, text, "x.yaml");
    }

    @Test
    void validEntryKeepsEachValueWithItsLine() {
        Values entry = read("- key: abc\n  court: C\n  fr: {title: T}\n").orElseThrow().get(0);

        assertEquals(Optional.of("abc"), entry.text("key"));
        assertEquals(Map.of("key", 1, "court", 2, "fr", 3), entry.lines());
        assertEquals(Optional.of("T"), entry.mapping("fr").flatMap(fr -> fr.text("title")));
        assertEquals(List.of(), reported());
    }

    @Test
    void entryIsNamedByItsIdentityAndANestedMappingByItsKey() {
        read("- key: abc\n  court: C\n  fr: {titel: T}\n");

        assertEquals(List.of(
                "error: content/data/x.yaml:3: `title` is missing from `fr` of entry `abc`\n  fix: add a line `title: …`",
                "error: content/data/x.yaml:3: unknown key `titel` in `fr` of entry `abc`\n"
                        + "  fix: did you mean `title`? Known keys: title"), reported());
    }

    @Test
    void missingLanguageVersionIsNamedByItsLanguage() {
        read("- key: abc\n  court: C\n");

        assertEquals(List.of("error: content/data/x.yaml:1: entry `abc` has no Français (fr) version\n"
                + "  fix: add `fr:` with the text in Français"), reported());
    }

    @Test
    void checkedValueNamesTheValueAndSuggestsNothingWithoutChoices() {
        read("- key: ABC\n  court: C\n  fr: {title: T}\n");

        assertEquals(List.of("error: content/data/x.yaml:1: key `ABC` is not lowercase\n"
                + "  fix: write it like `key: abc`"), reported());
    }

    @Test
    void entryDefinedTwiceIsReportedAtTheSecondAndLeftOut() {
        List<Values> entries = read("- {key: abc, court: C, fr: {title: T}}\n- {key: abc, court: D, fr: {title: T}}\n")
                .orElseThrow();

        assertEquals(List.of("C"), entries.stream().map(e -> e.text("court").orElseThrow()).toList());
        assertEquals(List.of("error: content/data/x.yaml:2: entry `abc` is defined twice\n"
                + "  fix: keep one entry per entry (the first is on line 1)"), reported());
    }

    @Test
    void bothOfTwoExclusiveKeysAreReported() {
        read("- {key: abc, court: C, publisher: P, fr: {title: T}}\n");

        assertEquals(List.of("error: content/data/x.yaml:1: entry `abc` needs exactly one of `court` and `publisher`\n"
                + "  fix: write one of them"), reported());
    }

    @Test
    void emptyListWhereOneIsNeededIsReportedOnItsLine() {
        read("- key: abc\n  court: C\n  sources: []\n  fr: {title: T}\n");

        assertEquals(List.of("error: content/data/x.yaml:3: `sources` is empty\n"
                + "  fix: add at least one, for example `sources: [a]`"), reported());
    }

    @Test
    void jsonSchemaSaysTheSameRules() {
        Map<String, Object> json = JsonSchemas.forMapping(Schema.of("A page", "the page", List.of(
                Field.text("title", "The title.").notBlank().required("title: T"),
                Field.bool("draft", "Left out."),
                Field.text("kind", "The kind.").check(Check.oneOf(List.of("a", "b"), "kind %s is not a kind", "")))));

        assertEquals(Map.of(
                "$schema", "http://json-schema.org/draft-07/schema#",
                "title", "A page",
                "description", "A page",
                "type", "object",
                "properties", Map.of(
                        "title", Map.of("description", "The title.", "type", List.of("string", "number", "boolean"),
                                "pattern", "\\S"),
                        "draft", Map.of("description", "Left out.", "type", "boolean"),
                        "kind", Map.of("description", "The kind.", "enum", List.of("a", "b"))),
                "required", List.of("title"),
                "additionalProperties", false), json);
    }
}
