package org.amicus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.amicus.EditorSchemas.EditorSchema;
import org.amicus.config.SiteConfig;
import org.amicus.config.SiteConfigLoader;
import org.amicus.content.FrontMatterSplitter;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.amicus.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in .schemas/ are what editors check the author's YAML with: they are the ones the build checks
 * with, they accept the real site, and they reject what the build rejects.
 */
class EditorSchemasTest {

    private static final SiteConfig CONFIG = SiteConfigLoader.load(Path.of("content/site.yaml"),
            read(Path.of("content/site.yaml")), new Problems()).orElseThrow();
    private static final List<EditorSchema> SCHEMAS = EditorSchemas.all(CONFIG);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EditorSchema schema(String file) {
        return SCHEMAS.stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
    }

    /** What an editor would mark in {@code yaml}, as {@code location: message}. */
    private static List<String> editorErrors(String file, String yaml) {
        com.networknt.schema.Schema json = REGISTRY.getSchema(read(EditorSchemas.FOLDER.resolve(file)),
                InputFormat.JSON);
        return json.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }

    /** What the build reports for the same text. */
    private static List<String> buildErrors(String file, String yaml) {
        EditorSchema schema = schema(file);
        Problems problems = new Problems();
        YamlReader reader = new YamlReader(Path.of("example.yaml"), 1, problems);
        if (schema.listTitle() == null) {
            schema.schema().readMapping(reader, yaml);
        } else {
            schema.schema().readList(reader, yaml, "example.yaml");
        }
        return problems.sorted().stream().map(Problem::message).toList();
    }

    static Stream<EditorSchema> schemas() {
        return SCHEMAS.stream();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void committedSchemaIsTheOneTheBuildChecksWith(EditorSchema schema) {
        assertEquals(schema.text(), read(EditorSchemas.FOLDER.resolve(schema.file())), schema.file()
                + " is out of date: write it again with "
                + "`mvn -q package -DskipTests && java -cp target/amicus.jar org.amicus.EditorSchemas`");
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void schemaIsNamedInTheReadme(EditorSchema schema) {
        assertTrue(read(Path.of("README.md")).contains(".schemas/" + schema.file()), schema.file());
    }

    /** VS Code's YAML extension reads YAML files; front matter inside Markdown is checked by the build only. */
    @ParameterizedTest
    @MethodSource("schemas")
    void schemaOfAYamlFileIsMappedForVsCode(EditorSchema schema) {
        String settings = read(Path.of(".vscode/settings.json"));
        boolean mapped = settings.contains("\"./.schemas/" + schema.file() + "\": \"" + schema.appliesTo() + "\"");
        assertEquals(schema.appliesTo().endsWith(".yaml"), mapped, settings);
    }

    static Stream<Path> authorYamlFiles() throws IOException {
        try (Stream<Path> data = Files.list(Path.of("content/data"));
             Stream<Path> i18n = Files.list(Path.of("templates/i18n"))) {
            return Stream.concat(Stream.of(Path.of("content/site.yaml")), Stream.concat(data, i18n)
                    .filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("authorYamlFiles")
    void realYamlFileIsValidForItsSchema(Path file) {
        EditorSchema schema = SCHEMAS.stream()
                .filter(s -> file.getFileSystem().getPathMatcher("glob:" + s.appliesTo()).matches(file))
                .findFirst().orElseThrow(() -> new AssertionError("no schema for " + file));

        assertEquals(List.of(), editorErrors(schema.file(), read(file)), file.toString());
    }

    @Test
    void everyDataFileOfTheSiteHasItsSchema() throws IOException {
        List<Path> unmatched = authorYamlFiles().filter(file -> SCHEMAS.stream().noneMatch(
                s -> file.getFileSystem().getPathMatcher("glob:" + s.appliesTo()).matches(file))).toList();

        assertEquals(List.of(), unmatched);
    }

    static Stream<Path> pages() throws IOException {
        List<Path> pages = CONFIG.languages().stream().flatMap(language -> {
            try (Stream<Path> files = Files.walk(Path.of("content", language.key()))) {
                return files.filter(file -> file.toString().endsWith(".md")).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        assertTrue(pages.size() > 2, pages.toString());
        return pages.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void frontMatterOfARealPageIsValid(Path page) {
        Problems problems = new Problems();
        String yaml = FrontMatterSplitter.split(page, read(page), problems).orElseThrow().yaml();

        assertEquals(List.of(), editorErrors("front-matter.schema.json", yaml), page.toString());
    }

    static Stream<Arguments> validExamples() {
        return Stream.of(
                Arguments.of("changes.schema.json", """
                        - date: 2026-12-01
                          kind: update
                          pages: [_index.md, the-case.md]
                          en: {title: The stay denied, text: The court denied the stay.}
                          fr: {title: La suspension refusée, text: Le tribunal a refusé la suspension.}
                        """),
                Arguments.of("front-matter.schema.json", """
                        title: The case
                        description: What the court decided
                        date: 2024-12-20
                        draft: false
                        weight: 3
                        tags: cfaa
                        toc: false
                        """));
    }

    /** The log of changes may not exist yet: its schema still accepts a good entry. */
    @ParameterizedTest
    @MethodSource("validExamples")
    void goodExampleIsValidForTheEditorAndTheBuild(String file, String yaml) {
        assertEquals(List.of(), editorErrors(file, yaml));
        assertEquals(List.of(), buildErrors(file, yaml));
    }

    static Stream<Arguments> brokenExamples() {
        return Stream.of(
                Arguments.of("site.schema.json", "baseUrl: https://example.org/\nmissingTranslation: sometimes\n"
                                + "languages: [{key: en, locale: en-US}]\n",
                        "/missingTranslation: does not have a value in the enumeration [\"strict\", \"notice\", \"fallback\"]",
                        "missingTranslation `sometimes` is not a policy"),
                Arguments.of("site.schema.json", "baseUrl: https://example.org/\nlanguages: [{key: English, locale: en-US}]\n",
                        "/languages/0/key: does not match the regex pattern ^(?:[a-z]{2,3}(-[a-z0-9]+)?)$",
                        "language key `English` is not a short lowercase code"),
                Arguments.of("front-matter.schema.json", "title: The case\ndescripton: What the court decided\n",
                        ": required property 'description' not found\n"
                                + ": property 'descripton' is not defined in the schema and the schema does not allow "
                                + "additional properties",
                        "`description` is missing from the front matter\n"
                                + "unknown key `descripton` in the front matter"),
                Arguments.of("front-matter.schema.json", "title: T\ndescription: D\ndate: 20 December 2024\n",
                        "/date: does not match the date pattern must be a valid RFC 3339 full-date\n"
                                + "/date: does not match the regex pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                        "`date` must be a date written YYYY-MM-DD, not `20 December 2024`"),
                Arguments.of("sources.schema.json", """
                                - key: order-2024
                                  kind: ruling
                                  title: Order
                                  court: N.D. Cal.
                                  url: https://example.org/order
                                  language: en
                                """,
                        "/0/kind: does not have a value in the enumeration [\"order\", \"opinion\", \"filing\", "
                                + "\"statute\", \"report\", \"article\"]",
                        "kind `ruling` is not a kind of source"),
                Arguments.of("sources.schema.json", """
                                - key: order-2024
                                  kind: order
                                  title: Order
                                  url: https://example.org/order
                                  language: en
                                """,
                        "/0: must be valid to one and only one schema, but 0 are valid\n"
                                + "/0: required property 'court' not found\n"
                                + "/0: required property 'publisher' not found",
                        "source `order-2024` needs exactly one of `court` and `publisher`"),
                Arguments.of("glossary.schema.json", """
                                - key: summary-judgment
                                  en: {term: summary judgment, short: A decision., long: A longer text.}
                                """,
                        "/0: required property 'fr' not found",
                        "term `summary-judgment` has no Français (fr) version"),
                Arguments.of("timeline.schema.json", """
                                - date: 2025-05-06
                                  en: {title: Verdict}
                                  fr: {title: Verdict}
                                  sources: []
                                """,
                        "/0/sources: array found, [string, number, boolean] expected\n"
                                + "/0/sources: must have at least 1 items but found 0",
                        "`sources` is empty"),
                Arguments.of("changes.schema.json", """
                                - date: 2026-12-01
                                  kind: news
                                  pages: [the-case.md]
                                  en: {title: T, text: X.}
                                  fr: {title: T, text: X.}
                                """,
                        "/0/kind: does not have a value in the enumeration [\"update\", \"correction\"]",
                        "kind `news` is not a kind of change"),
                Arguments.of("i18n.schema.json", "search: Search\nnested:\n  a: b\n",
                        "/nested: object found, [string, number, boolean] expected",
                        "`nested` must be text, not a set of `key: value` lines"));
    }

    /** Each line of the expected texts is one error: the editor and the build find the same mistake. */
    @ParameterizedTest
    @MethodSource("brokenExamples")
    void brokenExampleIsRejectedByTheEditorAndTheBuild(String file, String yaml, String editorError,
                                                         String buildError) {
        assertEquals(editorError, String.join("\n", editorErrors(file, yaml)));
        assertEquals(buildError, String.join("\n", buildErrors(file, yaml)));
    }
}
