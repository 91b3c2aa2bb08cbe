package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.amicus.Amicus;
import org.amicus.BuildOptions;
import org.amicus.TestSites;
import org.amicus.build.Memos;
import org.amicus.build.Pipeline;
import org.amicus.diagnostic.BuildFailedException;
import org.amicus.diagnostic.Problem;
import org.amicus.output.SiteUpdate;
import org.amicus.util.FilePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code serve} does after each save (a build that reuses the last one's pages, written file by file into
 * the served folder) against a fresh full build of the same project: after any sequence of edits, both folders
 * hold the same files, byte for byte, and both builds report the same problems.
 */
class RebuildsTest {

    private static final int EDITS = 25;
    private static final String THE_CASE = "content/en/the-case.md";
    private static final String CHART = "content/en/figures/chart.png";

    @TempDir
    Path dir;

    private Path project;
    private final Memos memos = new Memos();
    private SiteUpdate served;
    private boolean replaced;
    private final List<String> log = new ArrayList<>();
    private int created;
    /** When set, each rebuild shows pages picked with it first, as {@code serve} shows the pages saved or open. */
    private Random showFirst;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void randomEditsLeaveTheServedSiteAsAFullBuildWritesIt(long seed) {
        start();
        Random random = new Random(seed);
        for (int step = 1; step <= EDITS; step++) {
            edit(random, step);
            compare();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5})
    void pagesShownFirstLeaveTheServedSiteAsAFullBuildWritesIt(long seed) {
        showFirst = new Random(seed);
        start();
        Random random = new Random(seed);
        for (int step = 1; step <= EDITS; step++) {
            edit(random, step);
            compare();
        }
    }

    @Test
    void thePagesShownFirstAreHandedOverAsTheFinishedSiteHoldsThem() {
        start();
        write(THE_CASE, read(THE_CASE).replace("The judge ruled.", "The judge ruled at last."));
        SortedMap<String, byte[]> first = new TreeMap<>();
        SortedMap<String, byte[]> site = Amicus.make(options("out-incremental"), memos, new Pipeline.FirstPages(
                page -> page.file().equals(Path.of(THE_CASE)), first::putAll)).files();
        assertEquals(Set.of("en/the-case/index.html"), first.keySet());
        assertArrayEquals(site.get("en/the-case/index.html"), first.get("en/the-case/index.html"));
    }

    @Test
    void aPageWhoseTemplateFailsIsNotShownFirst() {
        start();
        write("templates/page.ftlh", read("templates/page.ftlh").replace("</@layout.shell>",
                "${page.noSuchField}</@layout.shell>"));
        SortedMap<String, byte[]> first = new TreeMap<>();
        Set<Path> wanted = Set.of(Path.of(THE_CASE), Path.of("content/en/_index.md")); // the home's template works
        assertThrows(BuildFailedException.class, () -> Amicus.make(options("out-incremental"), memos,
                new Pipeline.FirstPages(page -> wanted.contains(page.file()), first::putAll)));
        assertEquals(Set.of(), first.keySet());
    }

    @Test
    void aPageEditReportsTheFilesItChanged() {
        start();
        write("content/en/the-case.md", read("content/en/the-case.md").replace("The judge ruled.",
                "The judge ruled for WhatsApp."));
        Set<String> changed = rebuild();
        // The page, and its search entry; the pages that list it show its title only.
        assertEquals(new TreeSet<>(List.of("en/search-documents.json", "en/the-case/index.html")), changed);
    }

    @Test
    void aFrenchTitleEditReportsThePagesThatListIt() {
        start();
        write("content/fr/ruling.md", read("content/fr/ruling.md").replace("title: La décision",
                "title: Le jugement"));
        Set<String> changed = rebuild();
        // The page, the home that lists it, its search entry; its English translation links to it by language name.
        assertEquals(new TreeSet<>(List.of("fr/index.html", "fr/ruling/index.html", "fr/search-documents.json")),
                changed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "content/en/the-case.md | The judge ruled. | The judge ruled at last. | en/the-case/index.html",
        "content/fr/ruling.md | NSO n’a pas remis son code. | NSO n’a jamais remis son code. | fr/ruling/index.html"})
    void aBodyEditRendersThatPageAloneAgain(String file, String text, String edited, String page) {
        start();
        write(file, read(file).replace(text, edited));
        rebuild();
        // Every page of the language lists this one, by its title and description only.
        assertEquals(Set.of(page), memos.rendered());
    }

    @Test
    void aBodyEditRendersTheGuidePageThatShowsItToo() {
        start();
        write("templates/guide.ftlh", "<#list page.guide as part><section id=\"${part.id}\">${part.content}<ol>"
                + "<#list part.citations as c><li id=\"${c.id}\">${c.number}</li></#list></ol></section></#list>");
        for (String lang : List.of("en", "fr")) {
            write("content/" + lang + "/guide.md", "---\ntitle: Guide\ndescription: All of it.\nlayout: guide\n"
                    + "---\nEvery part.\n");
        }
        rebuild();
        write("content/en/the-case.md", read("content/en/the-case.md").replace("The judge ruled.",
                "The judge ruled at last."));
        rebuild();
        assertEquals(Set.of("en/guide/index.html", "en/the-case/index.html"), memos.rendered());
    }

    @Test
    void anAssetEditRewritesThatFileAloneAndRendersNoPage() {
        start();
        writeBytes(CHART, "another chart".getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("en/figures/chart.png"), rebuild());
        assertEquals(Set.of(), memos.rendered());
    }

    @Test
    void aHeadingIdChangedUnderLinksToItIsReportedAtEachLink() {
        start();
        write(THE_CASE, read(THE_CASE).replace("{#parties}", "{#the-parties}"));
        BuildFailedException failure = assertThrows(BuildFailedException.class, this::rebuild);
        assertEquals(List.of("content/en/_index.md:6", "content/en/ruling.md:6"), failure.problems().stream()
                .filter(problem -> problem.message().contains("`parties`"))
                .map(problem -> FilePaths.slashed(problem.file()) + ":" + problem.line()).toList());
        compare();
    }

    private void start() {
        project = TestSites.project(dir.resolve("project"), "rebuilds");
        served = new SiteUpdate(dir.resolve("out-incremental"));
        compare();
    }

    private Set<String> rebuild() {
        return served.update(Amicus.make(options("out-incremental"), memos).files());
    }

    /** One random edit of the kinds an author makes; each is described in the log a failure prints. */
    private void edit(Random random, int step) {
        String page = pick(random, pages());
        switch (random.nextInt(13)) {
            case 0 -> change(page, "\n\nA sentence added at step " + step + ".\n", "body");
            case 1 -> replaceLine(page, "title: ", "title: Title of step " + step, "title");
            case 2 -> replaceLine(page, "description: ", "description: Said at step " + step, "description");
            case 3 -> {
                String lang = random.nextBoolean() ? "en" : "fr";
                String file = "content/" + lang + "/new-" + (++created) + ".md";
                write(file, "---\ntitle: New " + created + "\ndescription: Made at step " + step + ".\nweight: "
                        + random.nextInt(30) + "\n---\nNew text with [[summary-judgment]].\n");
                log.add("create " + file);
            }
            case 4 -> {
                List<String> mine = pages().stream().filter(p -> p.contains("/new-")).toList();
                if (!mine.isEmpty()) {
                    String file = pick(random, mine);
                    delete(file);
                    log.add("delete " + file);
                }
            }
            case 5 -> {
                List<String> mine = pages().stream().filter(p -> p.contains("/new-")).toList();
                if (!mine.isEmpty()) {
                    String file = pick(random, mine);
                    String renamed = file.replace("/new-", "/renamed-" + step + "-");
                    write(renamed, read(file));
                    delete(file);
                    log.add("rename " + file + " to " + renamed);
                }
            }
            case 6 -> {
                String template = pick(random, List.of("templates/page.ftlh", "templates/home.ftlh",
                        "templates/layout.ftlh"));
                write(template, read(template).replace("</@layout.shell>", "<p>step " + step
                        + "</p>\n</@layout.shell>").replace("</body>", "<footer>" + step + "</footer></body>"));
                log.add("template " + template);
            }
            case 7 -> {
                String strings = "templates/i18n/" + (random.nextBoolean() ? "en" : "fr") + ".yaml";
                replaceLine(strings, "languages: ", "languages: Languages " + step, "i18n");
            }
            case 8 -> replaceLine("content/data/glossary.yaml", "  en: ", "  en: {term: summary judgment, short: "
                    + "\"Decided at step " + step + ".\", long: \"A US procedure.\"}", "data");
            case 9 -> {
                writeBytes(CHART, ("chart of step " + step).getBytes(StandardCharsets.UTF_8));
                log.add("asset " + CHART);
            }
            case 10 -> {
                String before = read(THE_CASE);
                write(THE_CASE, before.replace("{#parties}", "{#parties-" + step + "}"));
                log.add("heading id " + THE_CASE + " (content/en/ruling.md links to it)");
                compare();
                write(THE_CASE, before);
                log.add("heading id back " + THE_CASE);
            }
            case 11 -> {
                String template = "templates/page.ftlh";
                String before = read(template);
                write(template, before.replace("</@layout.shell>", "<a href=\"/nowhere/\">step " + step
                        + "</a>\n</@layout.shell>"));
                log.add("broken link in " + template);
                compare();
                write(template, before);
                log.add("fix " + template);
            }
            default -> {
                String before = read(page);
                change(page, "\n\nSee [[no-such-term]].\n", "error in");
                compare();
                write(page, before);
                log.add("fix " + page);
            }
        }
    }

    /**
     * Builds the project both ways and compares: the files of both folders (a failed build leaves each as it
     * was, but for the pages a rebuild showed first), and the problems, the output folder's name aside.
     */
    private void compare() {
        Set<String> shown = new TreeSet<>();
        List<String> incremental = problems(() -> {
            SortedMap<String, byte[]> files = Amicus.make(options("out-incremental"), memos, firstPages(shown))
                    .files();
            if (replaced) {
                served.update(files);
            } else {
                served.replace(project, files);
                replaced = true;
            }
        });
        List<String> full = problems(() -> Amicus.build(options("out-full")));
        String steps = String.join("\n", log);
        assertEquals(full, incremental, () -> "problems after\n" + steps);
        SortedMap<String, String> expected = snapshot("out-full");
        SortedMap<String, String> actual = snapshot("out-incremental");
        if (!full.isEmpty()) {
            shown.forEach(path -> { // written before the build failed, as it rendered them
                expected.remove(path);
                actual.remove(path);
            });
        }
        assertEquals(expected, actual, () -> "files after\n" + steps);
    }

    /** Random pages first, written as soon as they are rendered; none without {@link #showFirst}, or the first time. */
    private Pipeline.FirstPages firstPages(Set<String> shown) {
        if (showFirst == null || !replaced) {
            return Pipeline.FirstPages.NONE;
        }
        return new Pipeline.FirstPages(page -> showFirst.nextInt(3) == 0,
                pages -> shown.addAll(served.updateSome(pages)));
    }

    private List<String> problems(Runnable build) {
        try {
            build.run();
            return List.of();
        } catch (BuildFailedException failure) {
            return failure.problems().stream().map(Problem::format)
                    .map(text -> text.replace("out-incremental", "OUT").replace("out-full", "OUT")).toList();
        }
    }

    private SortedMap<String, String> snapshot(String out) {
        Path folder = dir.resolve(out);
        return Files.isDirectory(folder) ? TestSites.snapshot(folder) : new TreeMap<>();
    }

    private BuildOptions options(String out) {
        return new BuildOptions(project, dir.resolve(out), false, null, false);
    }

    private List<String> pages() {
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).map(p -> project.relativize(p).toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void change(String file, String added, String what) {
        write(file, read(file) + added);
        log.add(what + " " + file);
    }

    private void replaceLine(String file, String start, String line, String what) {
        String text = read(file);
        write(file, text.replaceFirst("(?m)^" + start + ".*$", line.replace("$", "\\$")));
        log.add(what + " " + file);
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String read(String file) {
        return TestSites.read(project.resolve(file));
    }

    private void write(String file, String text) {
        TestSites.write(project.resolve(file), text);
    }

    private void writeBytes(String file, byte[] bytes) {
        try {
            Files.write(project.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String file) {
        try {
            Files.delete(project.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
