package org.amicus.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicus.diagnostic.Problems;
import org.amicus.yaml.Check;
import org.amicus.yaml.Field;
import org.amicus.yaml.Schema;
import org.amicus.yaml.Values;
import org.amicus.yaml.YamlReader;

/** Checks front matter against its schema (the README's table): typed keys, two required, unknown keys reported. */
public final class FrontMatterParser {

    public static final Schema SCHEMA = Schema.of("The front matter of a page of content/", "the front matter",
            List.of(
                    Field.text("title", "The page's title: its <h1>, <title> and its name in lists.").notBlank()
                            .required("title: The title of this page"),
                    Field.text("description", "One sentence: the lead paragraph and <meta name=\"description\">.")
                            .notBlank().required("description: One sentence that says what this page explains"),
                    Field.date("date", "First published, YYYY-MM-DD."),
                    Field.date("updated", "Last substantive change, YYYY-MM-DD."),
                    Field.date("reviewed", "Last legal review, YYYY-MM-DD."),
                    Field.text("slug", "The last part of the URL: lowercase letters, digits, - and _."),
                    Field.text("translationKey", "Pairs translations whose paths differ: the same value in each "
                            + "language.").notBlank(),
                    Field.bool("draft", "Left out of the build unless --drafts."),
                    Field.integer("weight", "Order in menus and lists, low first (then by title)."),
                    Field.text("layout", "The template, templates/<layout>.ftlh (default page; home for a "
                            + "language's home).").notBlank().check(Check.pattern("[A-Za-z0-9][A-Za-z0-9_-]*",
                            "layout %s is not a template name",
                            "write the name of a file of templates/ without .ftlh, like `layout: page`")),
                    Field.texts("tags", "Tags: tags: [cfaa, spyware] (a single text is a list of one)."),
                    Field.texts("sources", "Keys of content/data/sources.yaml."),
                    Field.texts("aliases", "Old URLs of this page, redirected to it."),
                    Field.bool("toc", "Show the table of contents (default true)."),
                    Field.text("summary", "A short summary for lists."),
                    Field.text("image", "An image for social cards."),
                    Field.text("translatedFrom", "On a translation: the version of its source page it was "
                            + "translated from, as the build's warning gives it.").notBlank(),
                    Field.texts("minorEdit", "On a source page: an edit that needs no retranslation (a typo "
                            + "fix), as OLD..NEW versions, as the stale-translation warning gives it.")
                            .check(Check.pattern("[0-9a-f]{10}\\.\\.[0-9a-f]{10}",
                                    "minorEdit %s is not two versions joined by `..`",
                                    "copy the line the stale-translation warning gives, like "
                                            + "`minorEdit: 3a23094362..7be1c0d2aa`"))));

    private FrontMatterParser() {
    }

    public static Optional<FrontMatter> parse(Path file, FrontMatterSplitter.Split split, Problems problems) {
        YamlReader yaml = new YamlReader(file, split.yamlFirstLine(), problems);
        // A key that is not written is reported on the opening fence, the line before the YAML.
        return SCHEMA.readMapping(yaml, split.yaml(), split.yamlFirstLine() - 1).map(FrontMatterParser::frontMatter);
    }

    private static FrontMatter frontMatter(Values v) {
        return new FrontMatter(v.text("title").orElseThrow(), v.text("description").orElseThrow(),
                v.date("date").orElse(null), v.date("updated").orElse(null), v.date("reviewed").orElse(null),
                v.text("slug").orElse(null), v.text("translationKey").orElse(null), v.bool("draft").orElse(false),
                v.integer("weight").orElse(null), v.text("layout").orElse(null), v.texts("tags").orElse(null),
                v.texts("sources").orElse(null), v.texts("aliases").orElse(null), v.bool("toc").orElse(null),
                v.text("summary").orElse(null), v.text("image").orElse(null), v.text("translatedFrom").orElse(null),
                v.texts("minorEdit").orElse(null), Map.copyOf(v.lines()));
    }
}
