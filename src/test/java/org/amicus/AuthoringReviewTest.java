package org.amicus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs of the author's review (shared/reviews/authoring.md, by its case numbers) that were published
 * silently, lost words, ended in a stack trace or were reported at the wrong place: each gives the documented
 * result. A case writes one file into the bilingual site and builds it; an error case must fail with exit code 1 and
 * this exact problem line, a published case must exit 0 and pass its look at the site.
 */
class AuthoringReviewTest {

    private static final String GUIDE = "content/en/guides/first.md";
    private static final String FRONT = "---\ntitle: Guide\ndescription: Guide.\n---\n";
    /** The French page's front matter and the heading the French home links to: its text starts on line 8. */
    private static final String FR_FRONT = "---\ntitle: L'affaire\ndescription: Qui.\nslug: l-affaire\n---\n"
            + "## Les parties {#parties}\n\n";
    private static final String FR_PAGE = "content/fr/the-case.md";

    @TempDir
    Path dir;

    /** A look at the built site of a case that builds. */
    @FunctionalInterface
    interface SiteCheck {
        void check(Path site, String report);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // Part A.2: the common mistakes
                error("1 key indented", GUIDE, "---\ntitle: Guide\n  description: Guide.\n---\nBody.\n",
                        "error: content/en/guides/first.md:3: `description: Guide.` is indented more than the line "
                                + "above it"),
                error("1b list item out of line", GUIDE, "---\ntitle: Guide\ndescription: Guide.\ntags:\n  - a\n"
                        + " - b\n---\nBody.\n", "error: content/en/guides/first.md:6: this list item is indented "
                        + "differently from the lines above it"),
                error("19 unbalanced quote", FR_PAGE, "---\ntitle: \"L'affaire\ndescription: Qui.\n---\nTexte.\n",
                        "error: content/fr/the-case.md:2: the double quote opened on this line is never closed"),
                error("16b no space after the colon", FR_PAGE, "---\ntitle:L'affaire\ndescription: Qui.\n---\n",
                        "error: content/fr/the-case.md:2: `title:L'affaire` has no space after the colon of `title`"),
                error("5b impossible date", GUIDE, "---\ntitle: Guide\ndescription: Guide.\ndate: 2026-13-01\n---\n",
                        "error: content/en/guides/first.md:4: `date` is 2026-13-01, which is not a date: there is "
                                + "no month 13 (months go from 01 to 12)"),
                error("9b words in [[…]]", GUIDE, FRONT + "See [[summary judgment]].\n",
                        "error: content/en/guides/first.md:5: `[[summary judgment]]` names no glossary term"),
                error("9b words in [[…]], French", FR_PAGE, FR_FRONT + "Voir [[jugement sommaire]].\n",
                        "error: content/fr/the-case.md:8: `[[jugement sommaire]]` names no glossary term"),
                error("13 unclosed callout", GUIDE, FRONT + "> [!NOTE\n> Text.\n",
                        "error: content/en/guides/first.md:5: the callout marker `[!NOTE` is not closed"),
                error("13c unknown callout", FR_PAGE, FR_FRONT + "> [!WARN]\n> Texte.\n",
                        "error: content/fr/the-case.md:8: there is no callout `[!WARN]`"),
                error("figure without a caption", GUIDE, FRONT + "> [!FIGURE]\n> ![A chart](figures/chart.svg)\n",
                        "error: content/en/guides/first.md:5: the figure has no caption\n  fix: write its title, "
                                + "takeaway and source after the image: `> [!FIGURE]`, then `> ![what it shows]"
                                + "(figures/chart.svg)`, then `>` and `> **Its title.** Its takeaway. Source: …[@key]`"),
                error("figure without an image, French", FR_PAGE, FR_FRONT + "Texte.\n\n> [!FIGURE]\n> **Titre.**\n",
                        "error: content/fr/the-case.md:10: the figure has no image on the line after `[!FIGURE]`"),
                error("12c root-relative image", GUIDE, FRONT + "\n![A chart](/en/figures/nothere.png)\n",
                        "error: content/en/guides/first.md:6: <img src> `/en/figures/nothere.png`: the site has no "
                                + "en/figures/nothere.png"),
                error("S9 raw image", FR_PAGE, FR_FRONT + "Un <img src=x alt=\"Un x\">.\n",
                        "error: content/fr/the-case.md:8: <img src> `x`: the site has no fr/l-affaire/x or "
                                + "fr/l-affaire/x/index.html"),
                // Part B: encoding and file names
                error("E4 NUL in the body", GUIDE, FRONT + "A NUL \u0000 here.\n",
                        "error: content/en/guides/first.md:5: the text holds the invisible character U+0000 NULL"),
                error("E4 a bell in the body, French", FR_PAGE, FR_FRONT + "Une cloche \u0007.\n",
                        "error: content/fr/the-case.md:8: the text holds the invisible character U+0007 BEL"),
                error("Y6 NUL in the title", GUIDE, "---\ntitle: \"Gui\u0000de\"\ndescription: Guide.\n---\n",
                        "error: content/en/guides/first.md:2: the text holds the invisible character U+0000 NULL"),
                error("E5 zero-width space in a slug", FR_PAGE, "---\ntitle: L'affaire\ndescription: Qui.\n"
                        + "slug: l-app\u200Bel\n---\n", "error: content/fr/the-case.md:4: slug `l-app\u200Bel` is "
                        + "not allowed: it holds U+200B ZERO WIDTH SPACE, which is invisible\n  fix: write it like "
                        + "`slug: l-appel`"),
                error("E6 Cyrillic a in a slug", FR_PAGE, "---\ntitle: L'affaire\ndescription: Qui.\n"
                        + "slug: l-\u0430ppel\n---\n", "error: content/fr/the-case.md:4: slug `l-\u0430ppel` is not "
                        + "allowed: it holds U+0430 CYRILLIC SMALL LETTER A, which looks like a\n  fix: write it "
                        + "like `slug: l-appel`"),
                error("E7 full-width a in a slug", FR_PAGE, "---\ntitle: L'affaire\ndescription: Qui.\n"
                        + "slug: l-\uFF41ppel\n---\n", "error: content/fr/the-case.md:4: slug `l-\uFF41ppel` is not "
                        + "allowed: it holds U+FF41 FULLWIDTH LATIN SMALL LETTER A, which looks like a\n  fix: write "
                        + "it like `slug: l-appel`"),
                error("E9 a screenshot's name", "content/en/figures/Screenshot 2025-01-01 at 10.00.00.png", "png",
                        "error: content/en/figures/Screenshot 2025-01-01 at 10.00.00.png: the file name `Screenshot "
                                + "2025-01-01 at 10.00.00.png` cannot be part of an address\n  fix: rename it "
                                + "`screenshot-2025-01-01-at-10-00-00.png`"),
                error("E9 an accent", "content/fr/figures/schéma.png", "png", "error: content/fr/figures/schéma.png: "
                        + "the file name `schéma.png` cannot be part of an address\n  fix: rename it `schema.png`"),
                error("E9 capitals", "content/en/figures/My Chart.PNG", "png", "error: content/en/figures/My Chart.PNG:"
                        + " the file name `My Chart.PNG` cannot be part of an address\n  fix: rename it `my-chart.png`"));
    }

    static Stream<Arguments> published() {
        return Stream.of(
                built("T2 braces in prose stay text", GUIDE, FRONT + "A placeholder {name} in prose.\n",
                        (site, report) -> assertContains(site, "en/guides/first/index.html",
                                "<p>A placeholder {name} in prose.</p>")),
                built("T2 braces in prose stay text, French", FR_PAGE, FR_FRONT + "Un espace réservé {nom}.\n",
                        (site, report) -> assertContains(site, "fr/l-affaire/index.html", "{nom}")),
                built("13b empty callout", GUIDE, FRONT + "> [!TIP]\n\nNext.\n", (site, report) -> assertTrue(
                        report.contains("warning: content/en/guides/first.md:5: the callout `[!TIP]` is empty\n"),
                        report)),
                built("13d lowercase callout", GUIDE, FRONT + "> [!note]\n> Text.\n",
                        (site, report) -> assertContains(site, "en/guides/first/index.html", "callout-note")),
                built("a figure with its caption", GUIDE, FRONT + "> [!FIGURE]\n> ![A chart](../figures/chart.png)"
                        + "\n>\n> **Title.** Source: the ruling.\n",
                        (site, report) -> assertContains(site, "en/guides/first/index.html", "<figure>\n<img "
                                + "src=\"/en/figures/chart.png\" alt=\"A chart\" />\n<figcaption>\n<p><strong>"
                                + "Title.</strong> Source: the ruling.</p>\n</figcaption>\n</figure>")),
                built("14c editorial comment", FR_PAGE, FR_FRONT + "Texte.\n\n<!-- TODO: check with editor -->\n",
                        (site, report) -> assertFalse(read(site, "fr/l-affaire/index.html").contains("TODO"))),
                backup("E10 a backup", "content/en/the-case.md~"),
                backup("E10 an Emacs autosave", "content/en/#the-case.md#"),
                backup("E10 an Emacs lock file", "content/fr/.#the-case.md"),
                backup("E11 a Vim swap file", "content/en/.the-case.md.swp"),
                backup("E11 .DS_Store", "content/en/figures/.DS_Store"),
                backup("E11 Thumbs.db", "content/en/figures/Thumbs.db"),
                backup("a .bak copy", "content/fr/the-case.md.bak"),
                backup("a merge tool's .orig", "content/en/the-case.md.orig"),
                backup("an Office lock file", "content/en/~$notes.docx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void fails(String reviewCase, String file, String text, String expected) {
        TestSites.Run run = buildWith(file, text);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue((run.err() + "\n").contains(expected + "\n") || run.err().contains(expected + " "),
                "expected «" + expected + "» in:\n" + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void isPublished(String reviewCase, String file, String text, SiteCheck check) {
        TestSites.Run run = buildWith(file, text);
        assertEquals(0, run.exitCode(), run.err());
        check.check(dir.resolve("site"), run.err());
    }

    /** The bilingual site with one file written, built. */
    private TestSites.Run buildWith(String file, String text) {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve(file), text);
        return TestSites.build(project);
    }

    private static Arguments error(String reviewCase, String file, String text, String expected) {
        return Arguments.of(reviewCase, file, text, expected);
    }

    private static Arguments built(String reviewCase, String file, String text, SiteCheck check) {
        return Arguments.of(reviewCase, file, text, check);
    }

    /** What an editor leaves beside a page, written so that reading it as a page or a file would fail: ignored. */
    private static Arguments backup(String reviewCase, String file) {
        String name = Path.of(file).getFileName().toString();
        return built(reviewCase, file, "not a page {#} \u0000 [!WARN", (site, report) -> {
            try (Stream<Path> files = Files.walk(site)) {
                assertEquals(java.util.List.of(), files.filter(f -> f.getFileName().toString().equals(name)).toList());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertFalse(report.contains(name), report);
        });
    }

    private static String read(Path site, String file) {
        return TestSites.read(site.resolve(file));
    }

    private static void assertContains(Path site, String file, String text) {
        String html = read(site, file);
        assertTrue(html.contains(text), "expected «" + text + "» in " + file + ":\n" + html);
    }
}
