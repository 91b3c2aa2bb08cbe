package org.amicus.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.content.FrontMatterSplitter;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.yaml.YamlEntry;
import org.amicus.yaml.YamlMap;
import org.amicus.yaml.YamlReader;

/**
 * Reads {@code content/data/sources.yaml}, {@code glossary.yaml}, {@code timeline.yaml} and {@code changes.yaml}.
 * Every entry is checked: required fields, types, every language present, and every key it refers to defined
 * (the pages a change names are checked against the site, by the build).
 */
public final class DataLoader {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> SOURCE_FIELDS = Set.of("key", "kind", "title", "court", "publisher", "date",
            "docket", "url", "language", "party", "undated");
    private static final Set<String> PARTIES = Set.of("plaintiffs", "defendants", "amicus");
    private static final Set<String> DEFINITION_FIELDS = Set.of("term", "short", "long");
    private static final Set<String> TEXT_FIELDS = Set.of("title", "text");
    private static final Map<String, Change.Kind> CHANGE_KINDS = Map.of("update", Change.Kind.UPDATE,
            "correction", Change.Kind.CORRECTION);

    private final Path project;
    private final SiteConfig config;
    private final Problems problems;

    public DataLoader(Path project, SiteConfig config, Problems problems) {
        this.project = project;
        this.config = config;
        this.problems = problems;
    }

    public SiteData load() {
        Map<String, Source> sources = new LinkedHashMap<>();
        read("sources.yaml").ifPresent(r -> r.entries().forEach(entry -> source(r.yaml(), entry)
                .ifPresent(s -> {
                    if (sources.putIfAbsent(s.key(), s) != null) {
                        r.yaml().error(entry.line(), "source `" + s.key() + "` is defined twice",
                                "give each source its own key");
                    }
                })));
        Map<String, GlossaryTerm> glossary = new LinkedHashMap<>();
        Map<String, Integer> termLines = new LinkedHashMap<>();
        Optional<Read> glossaryFile = read("glossary.yaml");
        glossaryFile.ifPresent(r -> r.entries().forEach(entry -> term(r.yaml(), entry).ifPresent(t -> {
            if (glossary.putIfAbsent(t.key(), t) != null) {
                r.yaml().error(entry.line(), "term `" + t.key() + "` is defined twice", "keep one entry per term");
            }
            termLines.put(t.key(), entry.line());
        })));
        glossaryFile.ifPresent(r -> glossary.values().forEach(t -> t.related().stream()
                .filter(k -> !glossary.containsKey(k))
                .forEach(k -> r.yaml().error(termLines.get(t.key()), "term `" + t.key() + "` lists `" + k
                        + "` as related, but the glossary has no such term", hint(k, glossary.keySet())))));
        List<TimelineEvent> timeline = new ArrayList<>();
        read("timeline.yaml").ifPresent(r -> r.entries().forEach(entry -> event(r.yaml(), entry, sources)
                .ifPresent(timeline::add)));
        timeline.sort((a, b) -> a.date().compareTo(b.date()));
        List<Change> changes = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new java.util.HashMap<>();
        read("changes.yaml").ifPresent(r -> r.entries().forEach(entry -> change(r.yaml(), entry, perDay)
                .ifPresent(changes::add)));
        // Newest first; changes of one day keep the file's order.
        changes.sort(Comparator.comparing(Change::date).reversed());
        return new SiteData(Map.copyOf(sources), Map.copyOf(glossary), List.copyOf(timeline), List.copyOf(changes));
    }

    private record Read(YamlReader yaml, List<YamlMap> entries) {
    }

    private Optional<Read> read(String name) {
        Path shown = Path.of("content", "data", name);
        Path file = project.resolve(shown);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = FrontMatterSplitter.normalize(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.error(shown, 0, "cannot read the file: " + e.getMessage(), "save it as UTF-8");
            return Optional.empty();
        }
        YamlReader yaml = new YamlReader(shown, 1, problems);
        return yaml.readMappingList(text, name).map(entries -> new Read(yaml, entries));
    }

    private Optional<Source> source(YamlReader yaml, YamlMap map) {
        int errors = yaml.errorCount();
        Map<String, String> values = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            if (!SOURCE_FIELDS.contains(entry.key())) {
                yaml.unknownKey(entry, SOURCE_FIELDS, "a source");
            } else {
                yaml.nonBlankString(entry).ifPresent(v -> values.put(entry.key(), v));
            }
        }
        String key = required(yaml, map, values, "key", "key: hamilton-2024-12-20");
        String kindName = required(yaml, map, values, "kind", "kind: order");
        String title = required(yaml, map, values, "title", "title: \"Order granting …\"");
        String dateText = values.get("date"); // optional: a statute's page or an undated article has none
        String url = required(yaml, map, values, "url", "url: https://…");
        String language = required(yaml, map, values, "language", "language: en");
        if (key != null && !KEY.matcher(key).matches()) {
            yaml.error(lineOf(map, "key"), "source key `" + key + "` may contain only lowercase letters, digits and -",
                    "write it like `key: hamilton-2024-12-20`");
        }
        Source.Kind kind = null;
        if (kindName != null) {
            try {
                kind = Source.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                yaml.error(lineOf(map, "kind"), "kind `" + kindName + "` is not a kind of source",
                        "use one of: " + String.join(", ", Source.Kind.names()));
            }
        }
        Optional<PartialDate> date = Optional.empty();
        if (dateText != null) {
            date = PartialDate.parse(dateText);
            if (date.isEmpty()) {
                yaml.error(lineOf(map, "date"), "date `" + dateText + "` is not a date",
                        "write YYYY-MM-DD, or YYYY-MM when only the month is known");
            }
        }
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            yaml.error(lineOf(map, "url"), "url `" + url + "` is not an http(s) address",
                    "give the full address, starting with https://");
        }
        String issuer = values.getOrDefault("court", values.get("publisher"));
        if (values.containsKey("court") == values.containsKey("publisher")) {
            yaml.error(map.line(), "a source needs exactly one of `court` and `publisher`",
                    "write `court:` for a court's document, `publisher:` for anything else");
        }
        String party = values.getOrDefault("party", "");
        if (!party.isEmpty() && !PARTIES.contains(party)) {
            yaml.error(lineOf(map, "party"), "party `" + party + "` is not plaintiffs, defendants or amicus",
                    "write `party: plaintiffs` or `party: defendants` for a party's counsel, `party: amicus` for"
                            + " counsel to a friend of the court, or leave it out");
        }
        String undatedText = values.getOrDefault("undated", "false");
        boolean undated = undatedText.equals("true");
        if (!undated && !undatedText.equals("false")) {
            yaml.error(lineOf(map, "undated"), "undated `" + undatedText + "` is not true or false",
                    "write `undated: true` for a source that has no date on purpose, or leave it out");
        } else if (undated && dateText != null) {
            yaml.error(lineOf(map, "undated"), "a source with a `date` cannot be `undated: true`",
                    "keep the date and remove `undated: true`");
        }
        if (yaml.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new Source(key, kind, title, issuer, date.orElse(null), values.getOrDefault("docket", ""),
                url, language, party, undated));
    }

    private Optional<GlossaryTerm> term(YamlReader yaml, YamlMap map) {
        int errors = yaml.errorCount();
        String key = null;
        List<String> related = List.of();
        Map<String, GlossaryTerm.Definition> byLanguage = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            if (entry.key().equals("key")) {
                key = yaml.nonBlankString(entry).orElse(null);
                if (key != null && !KEY.matcher(key).matches()) {
                    yaml.invalid(entry, "term key `" + key + "` may contain only lowercase letters, digits and -",
                            "write it like `key: summary-judgment`");
                }
            } else if (entry.key().equals("related")) {
                related = yaml.stringList(entry).orElse(List.of());
            } else if (config.language(entry.key()).isPresent()) {
                yaml.mapping(entry).ifPresent(m -> {
                    Map<String, String> fields = texts(yaml, m, DEFINITION_FIELDS, "a glossary definition");
                    for (String field : List.of("term", "short", "long")) {
                        if (!fields.containsKey(field)) {
                            yaml.missingKey(m.line(), field, "the " + entry.key() + " definition", field + ": …");
                        }
                    }
                    byLanguage.put(entry.key(), new GlossaryTerm.Definition(fields.get("term"), fields.get("short"),
                            fields.get("long")));
                });
            } else {
                yaml.unknownKey(entry, knownKeys("key", "related"), "a glossary term");
            }
        }
        if (key == null) {
            yaml.missingKey(map.line(), "key", "this term", "key: summary-judgment");
        }
        requireEveryLanguage(yaml, map.line(), byLanguage.keySet(), "term `" + key + "`");
        if (yaml.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new GlossaryTerm(key, Map.copyOf(byLanguage), List.copyOf(related)));
    }

    private Optional<TimelineEvent> event(YamlReader yaml, YamlMap map, Map<String, Source> sources) {
        int errors = yaml.errorCount();
        Optional<PartialDate> date = Optional.empty();
        List<String> keys = List.of();
        Map<String, TimelineEvent.Text> byLanguage = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            if (entry.key().equals("date")) {
                Optional<String> text = yaml.string(entry);
                date = text.flatMap(PartialDate::parse);
                if (text.isPresent() && date.isEmpty()) {
                    yaml.invalid(entry, "date `" + text.get() + "` is not a date",
                            "write YYYY-MM-DD, or YYYY-MM when only the month is known");
                }
            } else if (entry.key().equals("sources")) {
                keys = yaml.stringList(entry).orElse(List.of());
                for (String key : keys) {
                    if (!sources.containsKey(key)) {
                        yaml.invalid(entry, "source `" + key + "` is not in content/data/sources.yaml",
                                hint(key, sources.keySet()));
                    }
                }
            } else if (config.language(entry.key()).isPresent()) {
                yaml.mapping(entry).ifPresent(m -> {
                    Map<String, String> fields = texts(yaml, m, TEXT_FIELDS, "an event");
                    if (!fields.containsKey("title")) {
                        yaml.missingKey(m.line(), "title", "the " + entry.key() + " text of this event", "title: …");
                    }
                    byLanguage.put(entry.key(), new TimelineEvent.Text(fields.get("title"),
                            fields.getOrDefault("text", "")));
                });
            } else {
                yaml.unknownKey(entry, knownKeys("date", "sources"), "a timeline event");
            }
        }
        if (map.get("date").isEmpty()) {
            yaml.missingKey(map.line(), "date", "this event", "date: 2024-12-20");
        }
        if (keys.isEmpty()) {
            yaml.error(map.line(), "this event cites no source", "add `sources: [key]` with a key of sources.yaml");
        }
        requireEveryLanguage(yaml, map.line(), byLanguage.keySet(), "this event");
        if (yaml.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEvent(date.orElseThrow(), Map.copyOf(byLanguage), List.copyOf(keys),
                map.line()));
    }

    private Optional<Change> change(YamlReader yaml, YamlMap map, Map<LocalDate, Integer> perDay) {
        int errors = yaml.errorCount();
        LocalDate date = null;
        Change.Kind kind = null;
        List<String> pages = List.of();
        Map<String, Change.Text> byLanguage = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            switch (entry.key()) {
                case "date" -> {
                    Optional<String> text = yaml.string(entry);
                    Optional<PartialDate> parsed = text.flatMap(PartialDate::parse);
                    if (parsed.isPresent() && parsed.get().dayKnown()) {
                        date = parsed.get().date();
                    } else if (text.isPresent()) {
                        yaml.invalid(entry, "date `" + text.get() + "` is not a day",
                                "write the day of the change as YYYY-MM-DD");
                    }
                }
                case "kind" -> {
                    Optional<String> text = yaml.string(entry);
                    kind = text.map(CHANGE_KINDS::get).orElse(null);
                    if (text.isPresent() && kind == null) {
                        yaml.invalid(entry, "kind `" + text.get() + "` is not a kind of change",
                                "write `kind: update` for a new development, `kind: correction` for a mistake put right");
                    }
                }
                case "pages" -> pages = yaml.stringList(entry).orElse(List.of());
                default -> {
                    if (config.language(entry.key()).isPresent()) {
                        yaml.mapping(entry).ifPresent(m -> {
                            Map<String, String> fields = texts(yaml, m, TEXT_FIELDS, "a change");
                            if (!fields.containsKey("title") || !fields.containsKey("text")) {
                                yaml.missingKey(m.line(), fields.containsKey("title") ? "text" : "title",
                                        "the " + entry.key() + " text of this change", "title: …, text: …");
                            }
                            byLanguage.put(entry.key(), new Change.Text(fields.get("title"), fields.get("text")));
                        });
                    } else {
                        yaml.unknownKey(entry, knownKeys("date", "kind", "pages"), "a change");
                    }
                }
            }
        }
        if (map.get("date").isEmpty()) {
            yaml.missingKey(map.line(), "date", "this change", "date: 2026-12-01");
        }
        if (map.get("kind").isEmpty()) {
            yaml.missingKey(map.line(), "kind", "this change", "kind: update");
        }
        if (pages.isEmpty()) {
            yaml.error(lineOf(map, "pages"), "this change names no page",
                    "add `pages: [the-ruling.md]` with the files it changed, under content/"
                            + config.defaultLanguage() + "/");
        }
        requireEveryLanguage(yaml, map.line(), byLanguage.keySet(), "this change");
        if (yaml.errorCount() > errors) {
            return Optional.empty();
        }
        int nth = perDay.merge(date, 1, Integer::sum);
        String id = "change-" + date + (nth == 1 ? "" : "-" + nth);
        return Optional.of(new Change(id, date, kind, List.copyOf(pages), Map.copyOf(byLanguage), map.line(),
                lineOf(map, "pages")));
    }

    private Map<String, String> texts(YamlReader yaml, YamlMap map, Set<String> fields, String where) {
        Map<String, String> values = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            if (fields.contains(entry.key())) {
                yaml.nonBlankString(entry).ifPresent(v -> values.put(entry.key(), v));
            } else {
                yaml.unknownKey(entry, fields, where);
            }
        }
        return values;
    }

    private void requireEveryLanguage(YamlReader yaml, int line, Set<String> present, String what) {
        for (Language language : config.languages()) {
            if (!present.contains(language.key())) {
                yaml.error(line, what + " has no " + language.name() + " (" + language.key() + ") version",
                        "add `" + language.key() + ":` with the text in " + language.name());
            }
        }
    }

    private Set<String> knownKeys(String... fixed) {
        Set<String> keys = new java.util.TreeSet<>(List.of(fixed));
        config.languages().forEach(l -> keys.add(l.key()));
        return keys;
    }

    private static String required(YamlReader yaml, YamlMap map, Map<String, String> values, String key,
                                   String example) {
        if (!values.containsKey(key) && map.get(key).isEmpty()) {
            yaml.missingKey(map.line(), key, "this source", example);
        }
        return values.get(key);
    }

    private static int lineOf(YamlMap map, String key) {
        return map.get(key).map(YamlEntry::line).orElse(map.line());
    }

    static String hint(String key, Set<String> known) {
        String suggestion = Suggestions.didYouMean(key, known);
        return suggestion.isEmpty() ? "use a key defined in the file" : suggestion;
    }
}
