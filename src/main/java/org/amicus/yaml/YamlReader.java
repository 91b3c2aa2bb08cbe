package org.amicus.yaml;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.util.OddCharacters;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads author-written YAML (front matter, site.yaml, data and i18n files) safely and with line numbers.
 *
 * <p>We only <em>compose</em> YAML into a node tree and never construct Java objects from tags, so a document
 * cannot instantiate classes. The loader also caps aliases (no "billion laughs"), nesting depth and size.
 * Every value we hand out keeps its line, so every type error points at the author's line.
 */
public final class YamlReader {

    /** Big enough for any real page or data file, small enough that a runaway file fails fast. */
    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 20;

    private final Path file;
    private final int firstLine;
    private final Problems problems;
    private int errors;

    /**
     * @param file      the file, for messages
     * @param firstLine the 1-based line of the file where this YAML text starts (2 for front matter after `---`)
     */
    public YamlReader(Path file, int firstLine, Problems problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    public Path file() {
        return file;
    }

    /** Parses a YAML text whose top level must be a mapping; an empty text is an empty mapping. */
    public Optional<YamlMap> readMapping(String text, String whatItIs) {
        Optional<Node> root = compose(text);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Node node = root.get();
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(new YamlMap(this, firstLine, List.of()));
        }
        if (!(node instanceof MappingNode mapping)) {
            error( line(node), whatItIs + " must be a set of `key: value` lines, not a "
                    + describe(node), "write one `key: value` per line, for example `title: The case`");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(this, line(mapping), entries(mapping)));
    }

    /** Parses a YAML text whose top level must be a list of mappings (data files); empty text is an empty list. */
    public Optional<List<YamlMap>> readMappingList(String text, String whatItIs) {
        Optional<Node> root = compose(text);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Node node = root.get();
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(List.of());
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(line(node), whatItIs + " must be a list of entries, each starting with `- `, not a "
                    + describe(node), "start each entry with `- key: …`");
            return Optional.empty();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                maps.add(new YamlMap(this, line(mapping), entries(mapping)));
            } else {
                error(line(item), "each entry of " + whatItIs + " must be a set of `key: value` lines, not a "
                        + describe(item), "start each entry with `- key: …`");
            }
        }
        return Optional.of(List.copyOf(maps));
    }

    private Optional<Node> compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options);
        try {
            Node node = yaml.compose(new StringReader(text));
            return Optional.ofNullable(node).or(() -> Optional.of(new ScalarNode(Tag.NULL, "", null, null,
                    DumperOptions.ScalarStyle.PLAIN)));
        } catch (MarkedYAMLException e) {
            Optional<YamlMistakes.Mistake> mistake = YamlMistakes.explain(text, e);
            if (mistake.isPresent()) {
                error(firstLine + mistake.get().line(), mistake.get().message(), mistake.get().hint());
                return Optional.empty();
            }
            // At the end of the text, the problem is where something was opened and never closed.
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Mark mark = e.getContextMark() != null && (atEnd || e.getProblemMark() == null)
                    ? e.getContextMark() : e.getProblemMark();
            int at = mark == null ? firstLine : firstLine + mark.getLine();
            String what = e.getProblem() == null ? "invalid YAML" : YamlMistakes.plain(e.getProblem());
            String context = e.getContext() == null ? "" : " (" + YamlMistakes.plain(e.getContext()) + ")";
            error( at, "invalid YAML: " + what + context, yamlHint(what));
        } catch (ReaderException e) {
            // A character YAML does not allow (NUL, other control characters): name it, at its line.
            int at = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            error(firstLine + line, OddCharacters.notText(e.getCodePoint()), OddCharacters.NOT_TEXT_FIX);
        } catch (YAMLException e) {
            error( firstLine, "YAML rejected: " + e.getMessage(),
                    "keep YAML simple: no more than " + MAX_ALIASES + " aliases, " + MAX_NESTING
                            + " levels of nesting, " + MAX_CODE_POINTS + " characters");
        }
        return Optional.empty();
    }

    private static String yamlHint(String problem) {
        if (problem.contains("end of stream")) {
            return "a quote or bracket opened here is never closed: close it on the same line";
        }
        if (problem.toLowerCase(Locale.ROOT).contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a value containing `: ` must be quoted, for example `title: \"Summary judgment: what it means\"`";
        }
        if (problem.contains("found duplicate key")) {
            return "each key may appear once; remove or rename the second one";
        }
        if (problem.contains("found character") || problem.contains("found unexpected")) {
            return "quote the value with double quotes";
        }
        return "check the YAML syntax on this line and the one before it (quotes, colons, indentation)";
    }

    private List<YamlEntry> entries(MappingNode mapping) {
        List<YamlEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                error( line(keyNode), "a key must be a plain word, not a " + describe(keyNode),
                        "write `key: value`");
                continue;
            }
            String key = keyScalar.getValue();
            if (!seen.add(key)) {
                error( line(keyNode), "`" + key + "` appears twice",
                        "keep one `" + key + ":` line and remove the other");
                continue;
            }
            entries.add(new YamlEntry(key, line(keyNode), tuple.getValueNode()));
        }
        return entries;
    }

    /** Reports a problem of this file; counted, so a caller knows whether *its* text was valid. */
    public void error(int line, String message, String hint) {
        errors++;
        problems.error(file, line, message, hint);
    }

    /** How many errors this reader has reported (the shared {@link Problems} also holds other files'). */
    public int errorCount() {
        return errors;
    }

    /** The 1-based line of a node in the author's file. */
    public int line(Node node) {
        return node.getStartMark() == null ? firstLine : firstLine + node.getStartMark().getLine();
    }

    public Optional<String> string(YamlEntry entry) {
        if (entry.value() instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        typeError(entry, "text", "`" + entry.key() + ": Some text`");
        return Optional.empty();
    }

    /** Text that must not be blank (title, description). */
    public Optional<String> nonBlankString(YamlEntry entry) {
        Optional<String> text = string(entry);
        if (text.isPresent() && text.get().isBlank()) {
            error( entry.line(), "`" + entry.key() + "` is empty",
                    "write the " + entry.key() + " after the colon");
            return Optional.empty();
        }
        return text;
    }

    public Optional<Boolean> bool(YamlEntry entry) {
        if (entry.value() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            String value = scalar.getValue().toLowerCase();
            return Optional.of(value.equals("true") || value.equals("yes") || value.equals("on") || value.equals("y"));
        }
        typeError(entry, "true or false", "`" + entry.key() + ": true`");
        return Optional.empty();
    }

    public Optional<Integer> integer(YamlEntry entry) {
        if (entry.value() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // falls through to the type error: a number too large or in another base
            }
        }
        typeError(entry, "a whole number", "`" + entry.key() + ": 10`");
        return Optional.empty();
    }

    public Optional<LocalDate> date(YamlEntry entry) {
        if (entry.value() instanceof ScalarNode scalar) {
            String text = scalar.getValue().trim();
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                Optional<String> impossible = ImpossibleDates.why(text);
                if (impossible.isPresent()) {
                    error(entry.line(), "`" + entry.key() + "` is " + text + ", which is not a date: "
                            + impossible.get(), "check the day and the month (YYYY-MM-DD)");
                    return Optional.empty();
                }
            }
        }
        typeError(entry, "a date written YYYY-MM-DD", "`" + entry.key() + ": 2024-12-20`");
        return Optional.empty();
    }

    /** A list of texts; a single text is accepted as a list of one, as authors often write `tags: cfaa`. */
    public Optional<List<String>> stringList(YamlEntry entry) {
        if (entry.value() instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(List.of(scalar.getValue()));
        }
        if (entry.value() instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                    values.add(scalar.getValue());
                } else {
                    error( line(item), "each item of `" + entry.key() + "` must be a text, not a "
                            + describe(item), "write the items as `- text` lines");
                    return Optional.empty();
                }
            }
            return Optional.of(List.copyOf(values));
        }
        typeError(entry, "a list of texts", "`" + entry.key() + ": [one, two]`");
        return Optional.empty();
    }

    /** A nested mapping, for structured values such as `publisher: {name: …}`. */
    public Optional<YamlMap> mapping(YamlEntry entry) {
        if (entry.value() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(this, line(mapping), entries(mapping)));
        }
        typeError(entry, "a set of `key: value` lines", "indented `key: value` lines under `" + entry.key() + ":`");
        return Optional.empty();
    }

    /** A list of mappings, such as site.yaml's `languages`. */
    public Optional<List<YamlMap>> mappingList(YamlEntry entry) {
        if (entry.value() instanceof SequenceNode sequence) {
            List<YamlMap> maps = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    maps.add(new YamlMap(this, line(mapping), entries(mapping)));
                } else {
                    error( line(item), "each item of `" + entry.key() + "` must be a set of "
                            + "`key: value` lines, not a " + describe(item), "start each item with `- key: value`");
                    return Optional.empty();
                }
            }
            return Optional.of(List.copyOf(maps));
        }
        typeError(entry, "a list", "items written as `- …` lines under `" + entry.key() + ":`");
        return Optional.empty();
    }

    /** A flat map of texts (i18n files). */
    public Map<String, String> stringMap(YamlMap map) {
        Map<String, String> values = new LinkedHashMap<>();
        for (YamlEntry entry : map.entries()) {
            string(entry).ifPresent(value -> values.put(entry.key(), value));
        }
        return values;
    }

    public void unknownKey(YamlEntry entry, Set<String> known, String where) {
        String suggestion = Suggestions.didYouMean(entry.key(), known);
        error( entry.line(), "unknown key `" + entry.key() + "` in " + where,
                (suggestion.isEmpty() ? "" : suggestion + " ") + "Known keys: " + String.join(", ", known.stream()
                        .sorted().toList()));
    }

    public void missingKey(int line, String key, String where, String example) {
        error( line, "`" + key + "` is missing from " + where, "add a line `" + example + "`");
    }

    public void invalid(YamlEntry entry, String message, String hint) {
        error( entry.line(), message, hint);
    }

    private void typeError(YamlEntry entry, String expected, String example) {
        error( entry.line(), "`" + entry.key() + "` must be " + expected + ", not "
                + describeValue(entry.value()), "write it as " + example);
    }

    private static String describeValue(Node node) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL)) {
                return "empty";
            }
            return "`" + scalar.getValue() + "`";
        }
        return "a " + describe(node);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "set of `key: value` lines";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        return "single value";
    }
}
