package org.amicus.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amicus.TestSites;
import org.amicus.config.Language;
import org.amicus.config.MissingTranslationPolicy;
import org.amicus.config.SiteConfig;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {

    private static final SiteConfig CONFIG = new SiteConfig("https://example.org/", "en",
            MissingTranslationPolicy.NOTICE, List.of(new Language("en", "en-US", "English", "", "", "d MMMM uuuu"),
            new Language("fr", "fr-FR", "Français", "", "", "d MMMM uuuu")), new SiteConfig.Publisher("", ""));

    @TempDir
    Path project;
    private final Problems problems = new Problems();

    private SiteData load(String file, String yaml) {
        TestSites.write(project.resolve("content/data/" + file), yaml);
        return new DataLoader(project, CONFIG, problems).load();
    }

    private List<String> errors() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private static final String SOURCE = """
            - key: order-2024
              kind: order
              title: Order
              court: N.D. Cal.
              date: 2024-12-20
              url: https://example.org/order
              language: en
            """;

    @Test
    void validSourceIsRead() {
        Source source = load("sources.yaml", SOURCE).sources().get("order-2024");
        assertEquals(Source.Kind.ORDER, source.kind());
        assertEquals("N.D. Cal.", source.issuer());
        assertEquals("2024-12-20", source.date().iso());
        assertEquals(List.of(), errors());
    }

    @Test
    void sourceWithMonthPrecisionKeepsIt() {
        Source source = load("sources.yaml", SOURCE.replace("2024-12-20", "2024-02")).sources().get("order-2024");
        assertEquals("2024-02", source.date().iso());
    }

    @Test
    void sourceWithUnknownKindIsReportedAtItsLine() {
        load("sources.yaml", SOURCE.replace("kind: order", "kind: ruling"));
        assertEquals(List.of("error: content/data/sources.yaml:2: kind `ruling` is not a kind of source\n"
                + "  fix: did you mean `filing`? use one of: order, opinion, filing, statute, report, article"), errors());
    }

    @Test
    void sourceWithoutUrlIsReported() {
        load("sources.yaml", SOURCE.replace("  url: https://example.org/order\n", ""));
        assertEquals(List.of("error: content/data/sources.yaml:1: `url` is missing from source `order-2024`\n"
                + "  fix: add a line `url: https://…`"), errors());
    }

    @Test
    void sourceDefinedTwiceIsReported() {
        load("sources.yaml", SOURCE + SOURCE);
        assertTrue(errors().get(0).startsWith("error: content/data/sources.yaml:8: source `order-2024` is defined twice"),
                errors().toString());
    }

    @Test
    void glossaryTermMissingALanguageIsReported() {
        load("glossary.yaml", """
                - key: summary-judgment
                  en: {term: summary judgment, short: A decision., long: A longer text.}
                """);
        assertEquals(List.of("error: content/data/glossary.yaml:1: term `summary-judgment` has no Français (fr) "
                + "version\n  fix: add `fr:` with the text in Français"), errors());
    }

    @Test
    void glossaryRelatedTermMustExist() {
        load("glossary.yaml", """
                - key: summary-judgment
                  en: {term: summary judgment, short: A decision., long: A longer text.}
                  fr: {term: jugement sommaire, short: Une décision., long: Un texte plus long.}
                  related: [discovry]
                """);
        assertTrue(errors().get(0).startsWith("error: content/data/glossary.yaml:4: term `summary-judgment` lists "
                + "`discovry` as related, but the glossary has no such term"), errors().toString());
    }

    @Test
    void timelineIsSortedAndChecksItsSources() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        SiteData data = load("timeline.yaml", """
                - date: 2025-05-06
                  en: {title: Verdict, text: The jury decided.}
                  fr: {title: Verdict, text: Le jury a décidé.}
                  sources: [order-2024]
                - date: 2019-05
                  en: {title: Attack}
                  fr: {title: Attaque}
                  sources: [order-2024]
                """);
        assertEquals(List.of("2019-05", "2025-05-06"), data.timeline().stream().map(e -> e.date().iso()).toList());
        assertEquals(List.of(), errors());
    }

    @Test
    void timelineEventReadsItsPhaseMilestoneLabelsAndAmounts() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        TimelineEvent event = load("timeline.yaml", """
                - date: 2025-05-06
                  en: {title: Verdict, label: Jury verdict}
                  fr: {title: Verdict, label: Verdict du jury}
                  sources: [order-2024]
                  phase: damages
                  amounts:
                    - {kind: compensatory, usd: 444719}
                    - {kind: punitive, usd: 4000000, approximate: true}
                """).timeline().get(0);
        assertEquals(TimelineEvent.Phase.DAMAGES, event.phase());
        assertEquals("Verdict du jury", event.byLanguage().get("fr").label());
        assertEquals(List.of(new TimelineEvent.Amount("compensatory", 444719, false),
                new TimelineEvent.Amount("punitive", 4000000, true)), event.amounts());
        assertEquals(List.of(), errors());
    }

    @Test
    void timelineEventWithAnUnknownPhaseIsReportedAtItsLine() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        load("timeline.yaml", """
                - date: 2025-05-06
                  en: {title: Verdict}
                  fr: {title: Verdict}
                  sources: [order-2024]
                  phase: trial
                """);
        assertEquals(List.of("error: content/data/timeline.yaml:5: phase `trial` is not a phase of the case\n"
                + "  fix: use one of: lawsuit, immunity, discovery, liability, damages, injunction, appeal, separate"),
                errors());
    }

    @Test
    void timelineEventOfAnEarlierPhaseAfterALaterOneIsReportedAtItsLine() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        load("timeline.yaml", """
                - date: 2024-12-20
                  en: {title: Liable}
                  fr: {title: Responsable}
                  sources: [order-2024]
                  phase: liability
                - date: 2021-06-03
                  en: {title: Van Buren}
                  fr: {title: Van Buren}
                  sources: [order-2024]
                  phase: separate
                - date: 2025-01
                  en: {title: Immunity again}
                  fr: {title: Immunité encore}
                  sources: [order-2024]
                  phase: immunity
                """);
        assertEquals(List.of("error: content/data/timeline.yaml:11: phase `immunity` of the event of 2025-01 comes after "
                + "the event of 2024-12-20 (line 1), of the later phase `liability`\n"
                + "  fix: the phases follow the case's order (lawsuit, immunity, discovery, liability, damages, "
                + "injunction, appeal): give the event the phase of its period, or correct its date"), errors());
    }

    @Test
    void amountThatIsNotASumOfMoneyIsReportedAtItsLine() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        load("timeline.yaml", """
                - date: 2025-05-06
                  en: {title: Verdict}
                  fr: {title: Verdict}
                  sources: [order-2024]
                  amounts:
                    - kind: punitive
                      usd: 0
                """);
        assertEquals(List.of("error: content/data/timeline.yaml:7: amount 0 is not a sum of money\n"
                + "  fix: write the sum in dollars as a whole number above 0, like `usd: 444719`"), errors());
    }

    @Test
    void timelineEventWithUnknownSourceIsReportedAtItsLine() {
        load("timeline.yaml", """
                - date: 2025-05-06
                  en: {title: Verdict}
                  fr: {title: Verdict}
                  sources: [verdict]
                """);
        assertEquals(List.of("error: content/data/timeline.yaml:4: source `verdict` is not in content/data/sources.yaml\n"
                + "  fix: use a key defined in the file"), errors());
    }

    @Test
    void dataFileThatIsNotUtf8IsReportedOnItsLine() throws IOException {
        Files.createDirectories(project.resolve("content/data"));
        Files.write(project.resolve("content/data/sources.yaml"),
                SOURCE.replace("N.D. Cal.", "Cour d'appel de Paris, 3e chambre, d\u00e9cision")
                        .getBytes(StandardCharsets.ISO_8859_1));

        new DataLoader(project, CONFIG, problems).load();

        assertEquals(List.of("error: content/data/sources.yaml:4: the file is not valid UTF-8 (byte 0xE9)\n"
                + "  fix: save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)"), errors());
    }

    @Test
    void dataFileThatIsNotAListIsReported() {
        load("glossary.yaml", "key: x\n");
        assertTrue(errors().get(0).startsWith("error: content/data/glossary.yaml:1: glossary.yaml must be a list"),
                errors().toString());
    }

    @Test
    void sourceMarkedUndatedOnPurposeIsRead() {
        Source source = load("sources.yaml", SOURCE.replace("  date: 2024-12-20\n", "  undated: true\n"))
                .sources().get("order-2024");
        assertTrue(source.undated());
        assertEquals(null, source.date());
        assertEquals(List.of(), errors());
    }

    @Test
    void sourceWithADateCannotBeUndated() {
        load("sources.yaml", SOURCE + "  undated: true\n");
        assertEquals(List.of("error: content/data/sources.yaml:8: a source with a `date` cannot be `undated: true`\n"
                + "  fix: keep the date and remove `undated: true`"), errors());
    }

    @Test
    void counselForAnAmicusIsAParty() {
        assertEquals("amicus", load("sources.yaml", SOURCE + "  party: amicus\n").sources().get("order-2024").party());
        assertEquals(List.of(), errors());
    }

    private static final String CHANGES = """
            - date: 2026-11-27
              kind: correction
              pages: [the-case.md]
              en: {title: A date corrected, text: The filing date was wrong.}
              fr: {title: Une date corrigée, text: La date du dépôt était fausse.}
            - date: 2026-12-01
              kind: update
              pages: [_index.md, the-case.md]
              en: {title: The stay denied, text: The court denied the stay.}
              fr: {title: La suspension refusée, text: Le tribunal a refusé la suspension.}
            - date: 2026-12-01
              kind: correction
              pages: [_index.md]
              en: {title: A quote, text: A quote was shortened.}
              fr: {title: Une citation, text: Une citation était tronquée.}
            """;

    @Test
    void changesAreNewestFirstWithAStableIdPerDay() {
        List<Change> changes = load("changes.yaml", CHANGES).changes();
        assertEquals(List.of("change-2026-12-01", "change-2026-12-01-2", "change-2026-11-27"),
                changes.stream().map(Change::id).toList());
        assertEquals(List.of(Change.Kind.UPDATE, Change.Kind.CORRECTION, Change.Kind.CORRECTION),
                changes.stream().map(Change::kind).toList());
        assertEquals(List.of("_index.md", "the-case.md"), changes.get(0).pages());
        assertEquals("La suspension refusée", changes.get(0).byLanguage().get("fr").title());
        assertEquals(List.of(), errors());
    }

    @Test
    void changeOfAnUnknownKindIsReportedAtItsLine() {
        load("changes.yaml", CHANGES.replace("kind: update", "kind: news"));
        assertEquals(List.of("error: content/data/changes.yaml:7: kind `news` is not a kind of change\n"
                + "  fix: write `kind: update` for a new development, `kind: correction` for a mistake put right"),
                errors());
    }

    @Test
    void changeNeedsADayAPageAndEveryLanguage() {
        load("changes.yaml", """
                - date: 2026-12
                  kind: update
                  en: {title: T, text: X.}
                """);
        assertEquals(List.of(
                "error: content/data/changes.yaml:1: `pages` is missing from this change\n"
                        + "  fix: add a line `pages: [the-ruling.md]`",
                "error: content/data/changes.yaml:1: date `2026-12` is not a day\n"
                        + "  fix: write the day of the change as YYYY-MM-DD",
                "error: content/data/changes.yaml:1: this change has no Français (fr) version\n"
                        + "  fix: add `fr:` with the text in Français"),
                errors());
    }

    private static final String FIGURE = """
            - key: attack
              en: {title: How it travelled, takeaway: Through the servers., there: Messages, back: Information, description: Three boxes.}
              fr: {title: Le trajet, takeaway: Par les serveurs., there: Messages, back: Informations, description: Trois cases.}
              sources: [order-2024]
              steps:
                - en: {label: Installation server}
                  fr: {label: Serveur d'installation}
                  sources: [order-2024]
                - en: {label: WhatsApp's servers, detail: some in California}
                  fr: {label: Serveurs de WhatsApp, detail: certains en Californie}
                  sources: [order-2024]
            """;

    @Test
    void figureIsReadWithItsStepsInEveryLanguage() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        PathFigure figure = load("figures.yaml", FIGURE).figures().get("attack");
        assertEquals(List.of(), errors());
        assertEquals("Le trajet", figure.byLanguage().get("fr").title());
        assertEquals("Information", figure.byLanguage().get("en").back());
        assertEquals(List.of("Installation server", "WhatsApp's servers"),
                figure.steps().stream().map(step -> step.byLanguage().get("en").label()).toList());
        assertEquals(List.of("", "certains en Californie"),
                figure.steps().stream().map(step -> step.byLanguage().get("fr").detail()).toList());
    }

    @Test
    void figureNamesAreTheFiguresThenTheDamagesWhenTheTimelineSetsAnAmount() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        TestSites.write(project.resolve("content/data/timeline.yaml"), """
                - date: 2025-05-06
                  en: {title: Verdict}
                  fr: {title: Verdict}
                  sources: [order-2024]
                  amounts: [{kind: punitive, usd: 167254000}]
                """);
        assertEquals(List.of("attack", "damages"), load("figures.yaml", FIGURE).figureNames());
    }

    @Test
    void figureStepWithAnUnknownSourceIsReportedAtItsLine() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        load("figures.yaml", FIGURE.replace("sources: [order-2024]\n    - en: {label: WhatsApp's",
                "sources: [order-2O24]\n    - en: {label: WhatsApp's"));
        assertEquals(List.of("error: content/data/figures.yaml:8: source `order-2O24` is not in "
                + "content/data/sources.yaml\n  fix: did you mean `order-2024`?"), errors());
    }

    @Test
    void figureStepWithoutItsFrenchLabelIsReportedAtItsLine() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        load("figures.yaml", FIGURE.replace("fr: {label: Serveur d'installation}", "fr: {detail: Serveur}"));
        assertEquals(List.of("error: content/data/figures.yaml:7: `label` is missing from `fr` of this step\n"
                + "  fix: add a line `label: WhatsApp's servers`"), errors());
    }

    @Test
    void pathOfOnePlaceIsReportedAtItsStepsLine() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        load("figures.yaml", FIGURE.substring(0, FIGURE.indexOf("    - en: {label: WhatsApp's")));
        assertEquals(List.of("error: content/data/figures.yaml:5: the path of figure `attack` has 1 place\n"
                + "  fix: a path goes from one place to another: give `steps:` two places or more, from the first "
                + "to the last"), errors());
    }

    @Test
    void figureNamedLikeTheDamagesIsReportedAtItsKey() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        SiteData data = load("figures.yaml", FIGURE.replace("key: attack", "key: damages"));
        assertEquals(List.of("error: content/data/figures.yaml:1: the figure `damages` is drawn from the amounts of "
                + "timeline.yaml\n  fix: give this figure another key, like `key: damages-path`"), errors());
        assertEquals(Map.of(), data.figures());
    }

    @Test
    void figureWithoutATakeawayIsReportedAtItsLine() {
        TestSites.write(project.resolve("content/data/sources.yaml"), SOURCE);
        load("figures.yaml", FIGURE.replace("takeaway: Par les serveurs., ", ""));
        assertEquals(List.of("error: content/data/figures.yaml:3: `takeaway` is missing from `fr` of figure "
                + "`attack`\n"
                + "  fix: add a line `takeaway: Through WhatsApp's servers, there and back.`"), errors());
    }
}
