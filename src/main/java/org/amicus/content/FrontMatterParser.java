package org.amicus.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Problems;
import org.amicus.yaml.YamlEntry;
import org.amicus.yaml.YamlMap;
import org.amicus.yaml.YamlReader;

/** Validates front matter against the schema of DESIGN.md: typed keys, two required, unknown keys reported. */
public final class FrontMatterParser {

    static final Set<String> KNOWN_KEYS = Set.copyOf(new TreeSet<>(List.of("title", "description", "date",
            "updated", "reviewed", "slug", "translationKey", "draft", "weight", "layout", "tags", "sources",
            "aliases", "toc", "summary", "image", "translatedFrom")));

    private static final Pattern LAYOUT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private FrontMatterParser() {
    }

    public static Optional<FrontMatter> parse(Path file, FrontMatterSplitter.Split split, Problems problems) {
        YamlReader yaml = new YamlReader(file, split.yamlFirstLine(), problems);
        Optional<YamlMap> read = yaml.readMapping(split.yaml(), "front matter");
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = new Fields();
        for (YamlEntry entry : read.get().entries()) {
            f.lines.put(entry.key(), entry.line());
            switch (entry.key()) {
                case "title" -> f.title = yaml.nonBlankString(entry).orElse(null);
                case "description" -> f.description = yaml.nonBlankString(entry).orElse(null);
                case "date" -> f.date = yaml.date(entry).orElse(null);
                case "updated" -> f.updated = yaml.date(entry).orElse(null);
                case "reviewed" -> f.reviewed = yaml.date(entry).orElse(null);
                case "slug" -> f.slug = yaml.string(entry).orElse(null);
                case "translationKey" -> f.translationKey = yaml.nonBlankString(entry).orElse(null);
                case "draft" -> f.draft = yaml.bool(entry).orElse(false);
                case "weight" -> f.weight = yaml.integer(entry).orElse(null);
                case "layout" -> f.layout = yaml.nonBlankString(entry).filter(name -> isTemplateName(yaml, entry, name))
                        .orElse(null);
                case "tags" -> f.tags = yaml.stringList(entry).orElse(null);
                case "sources" -> f.sources = yaml.stringList(entry).orElse(null);
                case "aliases" -> f.aliases = yaml.stringList(entry).orElse(null);
                case "toc" -> f.toc = yaml.bool(entry).orElse(null);
                case "summary" -> f.summary = yaml.string(entry).orElse(null);
                case "image" -> f.image = yaml.string(entry).orElse(null);
                case "translatedFrom" -> f.translatedFrom = yaml.nonBlankString(entry).orElse(null);
                default -> yaml.unknownKey(entry, KNOWN_KEYS, "front matter");
            }
        }
        int fenceLine = split.yamlFirstLine() - 1;
        if (!f.lines.containsKey("title")) {
            yaml.missingKey(fenceLine, "title", "the front matter", "title: The title of this page");
        }
        if (!f.lines.containsKey("description")) {
            yaml.missingKey(fenceLine, "description", "the front matter",
                    "description: One sentence that says what this page explains");
        }
        if (yaml.errorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(f.title, f.description, f.date, f.updated, f.reviewed, f.slug,
                f.translationKey, f.draft, f.weight, f.layout, f.tags, f.sources, f.aliases, f.toc, f.summary,
                f.image, f.translatedFrom, Map.copyOf(f.lines)));
    }

    /** A layout names a template of templates/, never a path. */
    private static boolean isTemplateName(YamlReader yaml, YamlEntry entry, String name) {
        if (LAYOUT.matcher(name).matches()) {
            return true;
        }
        yaml.invalid(entry, "layout `" + name + "` is not a template name",
                "write the name of a file of templates/ without .ftlh, like `layout: page`");
        return false;
    }

    /** Mutable scratch space while reading; the record is built once everything is valid. */
    private static final class Fields {
        String title;
        String description;
        LocalDate date;
        LocalDate updated;
        LocalDate reviewed;
        String slug;
        String translationKey;
        boolean draft;
        Integer weight;
        String layout;
        List<String> tags;
        List<String> sources;
        List<String> aliases;
        Boolean toc;
        String summary;
        String image;
        String translatedFrom;
        final Map<String, Integer> lines = new HashMap<>();
    }
}
