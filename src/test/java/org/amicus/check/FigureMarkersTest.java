package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.amicus.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure drawn from data written wrong is reported at its line, in both languages: one {@code amicus build} of
 * the fixture site {@code figures-in-text} (which draws {@code attack} from figures.yaml and {@code damages} from
 * the timeline) with a page of mistakes in English and its French translation. The build fails and leaves no site.
 */
class FigureMarkersTest {

    @TempDir
    static Path dir;
    static Path project;
    static TestSites.Run run;

    @BeforeAll
    static void buildThePagesOfMistakes() {
        project = TestSites.withRealTemplates(dir, "figures-in-text");
        TestSites.write(project.resolve("content/en/mistakes.md"), """
                ---
                title: Mistakes
                description: Every mistake once.
                ---
                > [!FIGURE atack]

                > [!FIGURE attack]

                > [!FIGURE attack]

                > [!FIGURE damages]
                > **The damages.** A caption the data already gives.

                > [!NOTE attack]
                > Text.

                > [!FIGURE damages
                """);
        TestSites.write(project.resolve("content/fr/mistakes.md"), """
                ---
                title: Erreurs
                description: Chaque erreur une fois.
                ---
                > [!FIGURE trajet]

                > [!FIGURE attack] en plus

                > [!FIGUR attack]
                """);
        run = TestSites.build(project);
    }

    private static void assertReported(String problem) {
        assertTrue(run.err().contains(problem + "\n"), "expected «" + problem + "» in:\n" + run.out() + run.err());
    }

    @Test
    void theBuildFailsAndWritesNoSite() {
        assertEquals(1, run.exitCode());
        assertFalse(project.resolve("site").toFile().exists());
    }

    @Test
    void aNameTheDataDoesNotDrawIsAnErrorWithTheNameItMeant() {
        assertReported("error: content/en/mistakes.md:5: there is no figure `atack` to draw\n"
                + "  fix: did you mean `[!FIGURE attack]`? the figures drawn from data are `attack`, `damages`; add one "
                + "to content/data/figures.yaml, or write `[!FIGURE]` with an image");
    }

    @Test
    void aNameNothingLikeTheDatasListsTheFigures() {
        assertReported("error: content/fr/mistakes.md:5: there is no figure `trajet` to draw\n"
                + "  fix: the figures drawn from data are `attack`, `damages`; add one to content/data/figures.yaml, "
                + "or write `[!FIGURE]` with an image");
    }

    @Test
    void aFigurePlacedTwiceOnAPageIsAnErrorAtTheSecond() {
        assertReported("error: content/en/mistakes.md:9: the figure `attack` is already on this page\n"
                + "  fix: place each figure once on a page");
    }

    @Test
    void aCaptionUnderANamedFigureIsAnErrorAtItsLine() {
        assertReported("error: content/en/mistakes.md:12: the figure `[!FIGURE damages]` is drawn from data, and "
                + "this line is in it\n  fix: its title, takeaway and sources come from content/data/figures.yaml (or "
                + "timeline.yaml for the damages): leave the marker alone in its blockquote, and put any text after a "
                + "blank line");
    }

    @Test
    void aCalloutWithANameIsAnError() {
        assertReported("error: content/en/mistakes.md:14: the callout `[!NOTE]` takes no name, and `attack` follows "
                + "it\n  fix: write `[!NOTE]` alone on the line; only a figure drawn from data is named, like "
                + "`[!FIGURE attack]`");
    }

    @Test
    void anUnclosedNamedFigureIsAnErrorWithItsMarkerClosed() {
        assertReported("error: content/en/mistakes.md:17: the callout marker `[!FIGURE` is not closed\n"
                + "  fix: write `[!FIGURE damages]`, alone on the line");
    }

    @Test
    void aMistypedFigureMarkerIsAnErrorThatNamesTheFiguresTheDataDraws() {
        assertReported("error: content/fr/mistakes.md:9: there is no callout `[!FIGUR]`\n"
                + "  fix: did you mean `[!FIGURE attack]`? the callouts are `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, "
                + "`[!WARNING]`, `[!CAUTION]`, `[!FIGURES]`, an image with its caption is `[!FIGURE]`, and a figure "
                + "drawn from data is `[!FIGURE name]`: `[!FIGURE attack]`, `[!FIGURE damages]`");
    }

    @Test
    void textAfterANamedFigureOnItsLineIsAnError() {
        assertReported("error: content/fr/mistakes.md:7: text follows the figure marker `[!FIGURE attack]` on its "
                + "line\n  fix: put the marker alone on its line: `> [!FIGURE attack]`");
    }
}
