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
 * Markdown that would not come out as meant is reported at its line, in both languages, rather than published: one
 * {@code amicus check} of a page of mistakes in English and its French translation, with a glossary of one term,
 * {@code summary-judgment}.
 */
class MarkdownSyntaxTest {

    @TempDir
    static Path dir;
    static TestSites.Run run;

    @BeforeAll
    static void checkThePagesOfMistakes() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve("content/data/glossary.yaml"), """
                - key: summary-judgment
                  en: {term: summary judgment, short: "A decision without a trial.", long: "A US procedure."}
                  fr: {term: jugement sommaire, short: "Une décision sans procès.", long: "Une procédure."}
                """);
        TestSites.write(project.resolve("content/en/mistakes.md"), """
                ---
                title: Mistakes
                description: Every mistake once.
                ---
                A placeholder {name} in prose.

                > [!WARN]
                > Text.

                > [!NOTE
                > Text.

                > [!TIP]

                > [!NOTE] Text on the marker line.

                See [[summary judgment]] and [[Summary-Judgement|the motion]].

                `[[in code]]` is code, and so is this:

                    [[indented code]]

                A NUL here: \u0000 and a bell: \u0007.
                An escape: \u001b.

                ~~~ js
                var x = 1;

                A paragraph the author meant as prose.
                """);
        TestSites.write(project.resolve("content/fr/mistakes.md"), """
                ---
                title: Erreurs
                description: Chaque erreur une fois.
                ---
                > [!REMARQUE]
                > Texte.

                Voir [[jugement sommaire]].

                > [!FIGUR]
                > ![Un graphique](graphique.png)

                ```
                Du code.
                ```

                ```
                """);
        run = TestSites.run("check", "--project", project.toString());
    }

    private static void assertReported(String problem) {
        assertTrue(run.out().contains(problem + "\n") || run.err().contains(problem + "\n"),
                "expected «" + problem + "» in:\n" + run.out() + run.err());
    }

    @Test
    void theCheckFails() {
        assertEquals(1, run.exitCode());
    }

    @Test
    void aCalloutOfAnUnknownKindIsAnErrorWithTheKindItMeant() {
        assertReported("error: content/en/mistakes.md:7: there is no callout `[!WARN]`\n"
                + "  fix: did you mean `[!WARNING]`? the callouts are `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, "
                + "`[!WARNING]`, `[!CAUTION]`, `[!FIGURES]`, an image with its caption is `[!FIGURE]`, and a figure "
                + "drawn from data is `[!FIGURE name]` (its name a key of content/data/figures.yaml)");
    }

    @Test
    void aFigureMarkerMistypedIsAnErrorThatNamesTheFigureMarker() {
        assertReported("error: content/fr/mistakes.md:10: there is no callout `[!FIGUR]`\n"
                + "  fix: did you mean `[!FIGURE]`? the callouts are `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, "
                + "`[!WARNING]`, `[!CAUTION]`, `[!FIGURES]`, an image with its caption is `[!FIGURE]`, and a figure "
                + "drawn from data is `[!FIGURE name]` (its name a key of content/data/figures.yaml)");
    }

    @Test
    void aCalloutInFrenchWordsIsAnErrorListingTheKinds() {
        assertReported("error: content/fr/mistakes.md:5: there is no callout `[!REMARQUE]`\n"
                + "  fix: the callouts are `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`, "
                + "`[!FIGURES]`, an image with its caption is `[!FIGURE]`, and a figure drawn from data is "
                + "`[!FIGURE name]` (its name a key of content/data/figures.yaml)");
    }

    @Test
    void anUnclosedCalloutMarkerIsAnError() {
        assertReported("error: content/en/mistakes.md:10: the callout marker `[!NOTE` is not closed\n"
                + "  fix: write `[!NOTE]`, alone on the line");
    }

    @Test
    void anEmptyCalloutIsAWarning() {
        assertReported("warning: content/en/mistakes.md:13: the callout `[!TIP]` is empty\n"
                + "  fix: write its text on the next lines, each starting with `>`, or remove it");
    }

    @Test
    void textOnTheMarkerLineIsAnError() {
        assertReported("error: content/en/mistakes.md:15: text follows the callout marker `[!NOTE]` on its line\n"
                + "  fix: put the marker alone on its line and the text on the next one: `> [!NOTE]` then "
                + "`> Text on the marker line.`");
    }

    @Test
    void aGlossaryTermWrittenInWordsIsAnErrorGivingItsKey() {
        assertReported("error: content/en/mistakes.md:17: `[[summary judgment]]` names no glossary term\n"
                + "  fix: write the key: `[[summary-judgment]]`, or `[[summary-judgment|summary judgment]]` to show "
                + "these words");
    }

    @Test
    void aMistypedGlossaryKeyIsAnErrorWithADidYouMean() {
        assertReported("error: content/en/mistakes.md:17: `[[Summary-Judgement|the motion]]` names no glossary term\n"
                + "  fix: did you mean `[[summary-judgment]]`? `[[…]]` takes a key of content/data/glossary.yaml: "
                + "lowercase letters, digits and dashes");
    }

    @Test
    void frenchWordsForAGlossaryTermAreAnError() {
        assertReported("error: content/fr/mistakes.md:8: `[[jugement sommaire]]` names no glossary term\n"
                + "  fix: `[[…]]` takes a key of content/data/glossary.yaml: lowercase letters, digits and dashes");
    }

    @Test
    void doubleBracketsInCodeAreNotReported() {
        assertFalse(run.out().contains("mistakes.md:19:") || run.out().contains("mistakes.md:21:"), run.out());
    }

    @Test
    void aNulCharacterIsAnErrorOncePerLine() {
        assertReported("error: content/en/mistakes.md:23: the text holds the invisible character U+0000 NULL\n"
                + "  fix: delete it: it is not text (it often comes from copying out of a PDF or a word processor)");
        assertFalse(run.out().contains("U+0007"), run.out());
    }

    @Test
    void anotherControlCharacterIsAnErrorNamingIt() {
        assertReported("error: content/en/mistakes.md:24: the text holds the invisible character U+001B ESCAPE");
    }

    @Test
    void aCodeFenceNeverClosedIsAWarningCountingTheLinesItTurnsIntoCode() {
        assertReported("warning: content/en/mistakes.md:26: the code block opened with `~~~` is never closed: the "
                + "3 lines after it, to the end of the page, show as code\n  fix: add a line `~~~` where the code ends");
    }

    @Test
    void aClosedCodeFenceAndAnEmptyOneLeftOpenAtTheEndAreNotReported() {
        assertFalse((run.out() + run.err()).lines().anyMatch(line -> line.contains("content/fr/mistakes.md")
                && line.contains("never closed")), run.out() + run.err());
    }

    @Test
    void bracesInProseAreNeitherAnErrorNorLost() {
        assertFalse(run.out().contains("content/en/mistakes.md:5:"), run.out());
    }
}
