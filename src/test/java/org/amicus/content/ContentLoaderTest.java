package org.amicus.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private static final String SITE_YAML = """
            baseUrl: https://example.org/
            languages:
              - key: en
                locale: en-US
            """;
    private static final String PAGE = "---\ntitle: T\ndescription: D\n---\nBody\n";

    @TempDir
    Path project;

    private final Problems problems = new Problems();

    @BeforeEach
    void writeSmallestSite() throws IOException {
        write("content/site.yaml", SITE_YAML);
        write("content/en/_index.md", PAGE);
    }

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private Content load() {
        return new ContentLoader(project, problems).load().orElseThrow();
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private static List<String> paths(Content content) {
        return content.pages().stream().map(p -> p.lang() + "/" + p.sourcePath()).sorted().toList();
    }

    @Test
    void pageIsReadWithItsLanguagePathFrontMatterAndBodyLine() throws IOException {
        write("content/en/cases/nso.md", "---\ntitle: NSO\ndescription: D\nweight: 2\n---\n# NSO\n");

        Content content = load();

        SourcePage page = content.pages().stream().filter(p -> p.sourcePath().equals("cases/nso.md")).findFirst()
                .orElseThrow();
        assertEquals(List.of(Path.of("content/en/cases/nso.md"), "en", "NSO", 2, "# NSO\n", 6),
                List.of(page.file(), page.lang(), page.frontMatter().title(), page.frontMatter().weight(),
                        page.body(), page.bodyFirstLine()));
        assertEquals(List.of(), reported());
    }

    @Test
    void aPageReadBeforeIsNotParsedAgainWhileItsBytesAreTheSame() throws IOException {
        write("content/en/the-case.md", "---\ntitle: The case\ndescription: D\n---\nBody\n");
        Map<Path, ContentLoader.PageRead> reads = new ConcurrentHashMap<>(); // pages are read on all cores
        SourcePage first = page(new ContentLoader(project, problems, reads).load().orElseThrow(), "the-case.md");
        SourcePage same = page(new ContentLoader(project, problems, reads).load().orElseThrow(), "the-case.md");
        write("content/en/the-case.md", "---\ntitle: The lawsuit\ndescription: D\n---\nBody\n");
        SourcePage edited = page(new ContentLoader(project, problems, reads).load().orElseThrow(), "the-case.md");

        assertSame(first.frontMatter(), same.frontMatter());
        assertEquals("The lawsuit", edited.frontMatter().title());
        assertEquals(List.of(), reported());
    }

    @Test
    void aPageReadBeforeReportsItsProblemsAgain() throws IOException {
        write("content/en/latin.md", "---\ntitle: T\ndescription: Caf\u00e9\n---\nBody\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Map<Path, ContentLoader.PageRead> reads = new ConcurrentHashMap<>(); // pages are read on all cores
        for (int load = 1; load <= 2; load++) {
            Problems own = new Problems();
            new ContentLoader(project, own, reads).load();
            assertEquals(List.of("error: content/en/latin.md:3: the file is not valid UTF-8 (byte 0xE9)"),
                    own.sorted().stream().map(p -> p.format().lines().findFirst().orElseThrow()).toList(),
                    "load " + load);
        }
    }

    @Test
    void aDeletedPageIsForgotten() throws IOException {
        write("content/en/gone.md", PAGE);
        Map<Path, ContentLoader.PageRead> reads = new ConcurrentHashMap<>(); // pages are read on all cores
        new ContentLoader(project, problems, reads).load();
        Files.delete(project.resolve("content/en/gone.md"));
        new ContentLoader(project, problems, reads).load();

        assertEquals(Set.of(Path.of("content/en/_index.md")), reads.keySet());
    }

    private static SourcePage page(Content content, String sourcePath) {
        return content.pages().stream().filter(p -> p.sourcePath().equals(sourcePath)).findFirst().orElseThrow();
    }

    @Test
    void siteSettingsComeFromSiteYaml() {
        Content content = load();

        assertEquals("https://example.org/", content.config().baseUrl());
    }

    @Test
    void invalidUtf8IsReportedOnItsLineNamingUtf8() throws IOException {
        write("content/en/latin.md", "---\ntitle: T\ndescription: Caf\u00e9 au lait\n---\nBody\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        Content content = load();

        assertEquals(List.of("en/_index.md"), paths(content));
        assertEquals(List.of("error: content/en/latin.md:3: the file is not valid UTF-8 (byte 0xE9)\n"
                + "  fix: save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)"), reported());
    }

    @Test
    void invalidUtf8InSiteYamlIsReportedAndStopsLoading() throws IOException {
        write("content/site.yaml", (SITE_YAML + "    name: Fran\u00e7ais\n").getBytes(StandardCharsets.ISO_8859_1));

        Optional<Content> content = new ContentLoader(project, problems).load();

        assertEquals(Optional.empty(), content);
        assertEquals(List.of("error: content/site.yaml:5: the file is not valid UTF-8 (byte 0xE7)\n"
                + "  fix: save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)"), reported());
    }

    @Test
    void folderThatIsNotALanguageOfSiteYamlIsReported() throws IOException {
        write("content/de/_index.md", PAGE);

        Content content = load();

        assertEquals(List.of("en/_index.md"), paths(content));
        assertEquals(List.of("error: content/de: folder content/de/ is not a language of site.yaml\n"
                + "  fix: add a language with `key: de` to site.yaml, or move these pages into a language folder"),
                reported());
    }

    @Test
    void dataFolderIsNotMistakenForALanguage() throws IOException {
        write("content/data/cases.yaml", "a: b\n");

        load();

        assertEquals(List.of(), reported());
    }

    @Test
    void languageWithoutAFolderIsReported() throws IOException {
        write("content/site.yaml", SITE_YAML + "  - key: fr\n    locale: fr-FR\n");

        load();

        assertEquals(List.of("error: content/fr: the folder for language `fr` is missing\n"
                + "  fix: create content/fr/ with an _index.md, or remove the language from site.yaml"), reported());
    }

    @Test
    void missingSiteYamlIsReported() throws IOException {
        Files.delete(project.resolve("content/site.yaml"));

        Optional<Content> content = new ContentLoader(project, problems).load();

        assertEquals(Optional.empty(), content);
        assertEquals(List.of("error: content/site.yaml: content/site.yaml is missing\n"
                + "  fix: create it with at least `baseUrl:` and `languages:` (see the README)"), reported());
    }

    @Test
    void errorInSiteYamlStopsLoading() throws IOException {
        write("content/site.yaml", SITE_YAML + "colour: blue\n");

        Optional<Content> content = new ContentLoader(project, problems).load();

        assertEquals(Optional.empty(), content);
        assertEquals(1, problems.errors().size());
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        write("content/en/.draft.md", "not even front matter");
        write("content/en/.obsidian/notes.md", "not even front matter");
        write("content/en/.DS_Store", "junk");
        write("content/.git/config", "junk");

        Content content = load();

        assertEquals(List.of("en/_index.md"), paths(content));
        assertEquals(List.of(), content.assets());
        assertEquals(List.of(), reported());
    }

    @Test
    void filesBesidePagesBecomeAssetsOfTheirLanguage() throws IOException {
        write("content/en/figures/chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Content content = load();

        assertEquals(List.of(new Asset(project.resolve("content/en/figures/chart.png"), "en/figures/chart.png")),
                content.assets());
    }

    @Test
    void symbolicLinkIsSkippedWithAWarning() throws IOException {
        Path outside = Files.writeString(project.resolve("secret.md"), PAGE);
        Path link = project.resolve("content/en/linked.md");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
        }

        Content content = load();

        assertEquals(List.of("en/_index.md"), paths(content));
        assertEquals(List.of("warning: content/en/linked.md: symbolic link skipped\n"
                + "  fix: copy the file into content/ instead: links could reach outside the project"), reported());
        assertEquals(List.of(), problems.errors());
    }

    @Test
    void errorsInSeveralPagesAreAllReported() throws IOException {
        write("content/en/a.md", "---\ntitle: A\n---\n");
        write("content/en/b.md", "no front matter\n");

        load();

        assertEquals(List.of("content/en/a.md:1: `description` is missing from the front matter",
                "content/en/b.md:1: no front matter found"),
                problems.sorted().stream().map(p -> p.location() + ": " + p.message()).toList());
    }

    @Test
    void editorLeftoversAreNeitherPagesNorPublishedFiles() throws IOException {
        for (String leftover : List.of("the-case.md~", "#the-case.md#", ".#the-case.md", ".the-case.md.swp",
                "figures/chart.png~", "figures/Thumbs.db", "figures/desktop.ini", ".DS_Store", "notes.swp")) {
            write("content/en/" + leftover, "leftover");
        }
        write("content/en/figures/chart.png", "png");

        Content content = load();

        assertEquals(List.of(), reported());
        assertEquals(List.of("en/_index.md"), paths(content));
        assertEquals(List.of("en/figures/chart.png"), content.assets().stream().map(Asset::outputPath).toList());
    }

    @Test
    void fileWhoseNameCannotBeAnAddressIsRefusedWithItsExactRename() throws IOException {
        write("content/en/figures/Screenshot 2025-01-01 at 10.00.00.PNG", "png");
        write("content/en/figures/sch\u00e9ma.png", "png");
        write("content/en/My Figures/chart.png", "png");

        load();

        assertEquals(List.of(
                "error: content/en/My Figures/chart.png: the folder name `My Figures` cannot be part of an address\n"
                        + "  fix: rename it `my-figures` (letters, digits, `-`, `_` and `.` only), and link to it by that "
                        + "name",
                "error: content/en/figures/Screenshot 2025-01-01 at 10.00.00.PNG: the file name `Screenshot 2025-01-01 "
                        + "at 10.00.00.PNG` cannot be part of an address\n  fix: rename it "
                        + "`screenshot-2025-01-01-at-10-00-00.png` (letters, digits, `-`, `_` and `.` only), and link to "
                        + "it by that name",
                "error: content/en/figures/sch\u00e9ma.png: the file name `sch\u00e9ma.png` cannot be part of an "
                        + "address\n  fix: rename it `schema.png` (letters, digits, `-`, `_` and `.` only), and link to "
                        + "it by that name"), reported());
    }
}
