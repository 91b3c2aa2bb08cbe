package org.amicus.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.yaml.AuthorFiles;
import org.amicus.yaml.Schema;
import org.amicus.yaml.Values;
import org.amicus.yaml.YamlReader;

/**
 * Reads {@code content/data/sources.yaml}, {@code glossary.yaml}, {@code timeline.yaml}, {@code changes.yaml} and
 * {@code figures.yaml}.
 * Each entry is checked against its schema ({@link DataSchemas}: required fields, types, every language present);
 * here are the checks between entries: every key an entry refers to is defined (the pages a change names are
 * checked against the site, by the build).
 */
public final class DataLoader {

    private static final String NO_SOURCE = "source `%s` is not in content/data/sources.yaml";

    private final Path project;
    private final SiteConfig config;
    private final Problems problems;

    public DataLoader(Path project, SiteConfig config, Problems problems) {
        this.project = project;
        this.config = config;
        this.problems = problems;
    }

    public SiteData load() {
        List<Language> languages = config.languages();
        Map<String, Source> sources = new LinkedHashMap<>();
        read("sources.yaml", DataSchemas.sources())
                .ifPresent(file -> file.entries().forEach(entry -> sources.put(entry.text("key").orElseThrow(),
                        source(file.yaml(), entry))));
        Map<String, GlossaryTerm> glossary = new LinkedHashMap<>();
        read("glossary.yaml", DataSchemas.glossary(languages)).ifPresent(file -> {
            file.entries().forEach(entry -> glossary.put(entry.text("key").orElseThrow(), term(entry)));
            file.entries().forEach(entry -> checkKeys(file.yaml(), entry, "related", glossary.keySet(),
                    key -> "term `" + entry.text("key").orElseThrow() + "` lists `" + key
                            + "` as related, but the glossary has no such term"));
        });
        List<TimelineEvent> timeline = read("timeline.yaml", DataSchemas.timeline(languages))
                .map(file -> {
                    List<TimelineEvent> events = file.entries().stream().map(entry -> {
                        checkKeys(file.yaml(), entry, "sources", sources.keySet(),
                                key -> NO_SOURCE.formatted(key));
                        return event(file.yaml(), entry);
                    }).sorted(Comparator.comparing(TimelineEvent::date)).toList();
                    checkPhaseOrder(file.yaml(), events);
                    return events;
                })
                .orElse(List.of());
        Map<LocalDate, Integer> perDay = new HashMap<>();
        List<Change> changes = read("changes.yaml", DataSchemas.changes(languages))
                .map(file -> file.entries().stream().map(entry -> change(entry, perDay)).toList())
                .orElse(List.of());
        Map<String, PathFigure> figures = new LinkedHashMap<>();
        read("figures.yaml", DataSchemas.figures(languages)).ifPresent(file -> file.entries()
                .forEach(entry -> figure(file.yaml(), entry, sources.keySet())
                        .ifPresent(figure -> figures.put(figure.key(), figure))));
        // Newest first; changes of one day keep the file's order (the sort is stable).
        return new SiteData(Map.copyOf(sources), Map.copyOf(glossary), timeline,
                changes.stream().sorted(Comparator.comparing(Change::date).reversed()).toList(),
                Collections.unmodifiableMap(figures));
    }

    /** A data file's valid entries, with the reader that reports problems in it. */
    private record Read(YamlReader yaml, List<Values> entries) {
    }

    private Optional<Read> read(String name, Schema schema) {
        Path shown = Path.of("content", "data", name);
        Path file = project.resolve(shown);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        YamlReader yaml = new YamlReader(shown, 1, problems);
        return AuthorFiles.read(file, shown, problems)
                .flatMap(text -> schema.readList(yaml, text, name))
                .map(entries -> new Read(yaml, entries));
    }

    private static Source source(YamlReader yaml, Values entry) {
        boolean undated = entry.bool("undated").orElse(false);
        if (undated && entry.has("date")) {
            yaml.error(entry.lineOf("undated"), "a source with a `date` cannot be `undated: true`",
                    "keep the date and remove `undated: true`");
        }
        return new Source(entry.text("key").orElseThrow(),
                Source.Kind.valueOf(entry.text("kind").orElseThrow().toUpperCase(Locale.ROOT)),
                entry.text("title").orElseThrow(), entry.text("court").or(() -> entry.text("publisher")).orElseThrow(),
                entry.text("date").flatMap(PartialDate::parse).orElse(null), entry.text("docket").orElse(""),
                entry.text("url").orElseThrow(), entry.text("language").orElseThrow(),
                entry.text("party").orElse(""), undated);
    }

    private GlossaryTerm term(Values entry) {
        Map<String, GlossaryTerm.Definition> byLanguage = new LinkedHashMap<>();
        inEachLanguage(entry, (lang, text) -> byLanguage.put(lang, new GlossaryTerm.Definition(
                text.text("term").orElseThrow(), text.text("short").orElseThrow(), text.text("long").orElseThrow())));
        return new GlossaryTerm(entry.text("key").orElseThrow(), Map.copyOf(byLanguage),
                entry.texts("related").orElse(List.of()));
    }

    private TimelineEvent event(YamlReader yaml, Values entry) {
        Map<String, TimelineEvent.Text> byLanguage = new LinkedHashMap<>();
        inEachLanguage(entry, (lang, text) -> byLanguage.put(lang, new TimelineEvent.Text(
                text.text("title").orElseThrow(), text.text("text").orElse(""), text.text("label").orElse(""))));
        List<TimelineEvent.Amount> amounts = entry.list("amounts").stream().map(amount -> {
            int usd = amount.integer("usd").orElseThrow();
            if (usd <= 0) {
                yaml.error(amount.lineOf("usd"), "amount " + usd + " is not a sum of money",
                        "write the sum in dollars as a whole number above 0, like `usd: 444719`");
            }
            return new TimelineEvent.Amount(amount.text("kind").orElseThrow(), usd,
                    amount.bool("approximate").orElse(false));
        }).toList();
        return new TimelineEvent(PartialDate.parse(entry.text("date").orElseThrow()).orElseThrow(),
                Map.copyOf(byLanguage), entry.texts("sources").orElseThrow(),
                entry.text("phase").map(p -> TimelineEvent.Phase.valueOf(p.toUpperCase(Locale.ROOT))).orElse(null),
                amounts, entry.line());
    }

    /** A figure of figures.yaml; none when its key is taken by the figure drawn from the timeline. */
    private Optional<PathFigure> figure(YamlReader yaml, Values entry, Set<String> sources) {
        String key = entry.text("key").orElseThrow();
        if (key.equals(SiteData.DAMAGES)) {
            yaml.error(entry.lineOf("key"), "the figure `" + key + "` is drawn from the amounts of timeline.yaml",
                    "give this figure another key, like `key: " + key + "-path`");
            return Optional.empty();
        }
        checkKeys(yaml, entry, "sources", sources, source -> NO_SOURCE.formatted(source));
        List<Values> steps = entry.list("steps");
        if (steps.size() < 2) {
            yaml.error(entry.lineOf("steps"), "the path of figure `" + key + "` has " + steps.size()
                    + (steps.size() == 1 ? " place" : " places"), "a path goes from one place to another: give "
                    + "`steps:` two places or more, from the first to the last");
        }
        Map<String, PathFigure.Text> byLanguage = new LinkedHashMap<>();
        inEachLanguage(entry, (lang, text) -> byLanguage.put(lang, new PathFigure.Text(text.text("title")
                .orElseThrow(), text.text("takeaway").orElseThrow(), text.text("there").orElseThrow(),
                text.text("back").orElseThrow(), text.text("description").orElseThrow())));
        return Optional.of(new PathFigure(key, Map.copyOf(byLanguage), entry.texts("sources").orElseThrow(),
                steps.stream().map(step -> {
                    checkKeys(yaml, step, "sources", sources, source -> NO_SOURCE.formatted(source));
                    Map<String, PathFigure.StepText> words = new LinkedHashMap<>();
                    inEachLanguage(step, (lang, text) -> words.put(lang, new PathFigure.StepText(
                            text.text("label").orElseThrow(), text.text("detail").orElse(""))));
                    return new PathFigure.Step(Map.copyOf(words), step.texts("sources").orElseThrow());
                }).toList(), entry.line()));
    }

    /** The phases follow one another in the case's order, so that each is one stretch of the timeline. */
    private static void checkPhaseOrder(YamlReader yaml, List<TimelineEvent> events) {
        TimelineEvent latest = null;
        for (TimelineEvent event : events) {
            if (event.phase() == null || event.phase() == TimelineEvent.Phase.SEPARATE) {
                continue;
            }
            if (latest != null && event.phase().compareTo(latest.phase()) < 0) {
                yaml.error(event.line(), "phase `" + event.phase().key() + "` of the event of " + event.date().iso()
                        + " comes after the event of " + latest.date().iso() + " (line " + latest.line()
                        + "), of the later phase `" + latest.phase().key() + "`",
                        "the phases follow the case's order (" + String.join(", ", TimelineEvent.Phase.keys()
                                .subList(0, TimelineEvent.Phase.SEPARATE.ordinal()))
                                + "): give the event the phase of its period, or correct its date");
            } else {
                latest = event;
            }
        }
    }

    private Change change(Values entry, Map<LocalDate, Integer> perDay) {
        LocalDate date = PartialDate.parse(entry.text("date").orElseThrow()).orElseThrow().date();
        Map<String, Change.Text> byLanguage = new LinkedHashMap<>();
        inEachLanguage(entry, (lang, text) -> byLanguage.put(lang, new Change.Text(text.text("title").orElseThrow(),
                text.text("text").orElseThrow())));
        int nth = perDay.merge(date, 1, Integer::sum);
        String id = "change-" + date + (nth == 1 ? "" : "-" + nth);
        return new Change(id, date, Change.Kind.valueOf(entry.text("kind").orElseThrow().toUpperCase(Locale.ROOT)),
                entry.texts("pages").orElseThrow(), Map.copyOf(byLanguage), entry.line(), entry.lineOf("pages"));
    }

    /** The entry's text in each language: the schema made sure every language has one. */
    private void inEachLanguage(Values entry, BiConsumer<String, Values> action) {
        config.languages().forEach(language -> action.accept(language.key(),
                entry.mapping(language.key()).orElseThrow()));
    }

    /** Every key of the list {@code field} must be one of {@code known}. */
    private static void checkKeys(YamlReader yaml, Values entry, String field, Set<String> known,
                                  Function<String, String> message) {
        for (String key : entry.texts(field).orElse(List.of())) {
            if (!known.contains(key)) {
                yaml.error(entry.lineOf(field), message.apply(key), hint(key, known));
            }
        }
    }

    static String hint(String key, Set<String> known) {
        return Suggestions.didYouMeanOr(key, known, "use a key defined in the file");
    }
}
