package org.amicus.data;

import java.util.ArrayList;
import java.util.List;
import org.amicus.config.Language;
import org.amicus.yaml.Check;
import org.amicus.yaml.Field;
import org.amicus.yaml.Schema;

/**
 * The schemas of the files of {@code content/data/}. An entry's words are given in every language of the site,
 * so the schemas of the glossary, the timeline and the changes are made for the site's languages.
 */
public final class DataSchemas {

    /** The key of a source or a term: it is cited in pages and makes an anchor. */
    static final Check KEY = Check.pattern("[a-z0-9][a-z0-9-]*", "key %s may contain only lowercase letters, digits and -",
            "write it like `key: summary-judgment`");
    /** Dates of the record are never more precise than the record: a day, or only a month. */
    private static final Check PARTIAL_DATE = Check.that(text -> PartialDate.parse(text).isPresent(),
            "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "date %s is not a date",
            "write YYYY-MM-DD, or YYYY-MM when only the month is known");
    private static final Check DAY = Check.that(text -> PartialDate.parse(text).filter(PartialDate::dayKnown)
            .isPresent(), "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "date %s is not a day",
            "write the day of the change as YYYY-MM-DD");
    private static final Check HTTP_URL = Check.pattern("https?://.+", "url %s is not an http(s) address",
            "give the full address, starting with https://");

    /** The sources of an entry: keys of sources.yaml, at least one. */
    private static final Field SOURCES = Field.texts("sources", "Keys of content/data/sources.yaml: at least one.")
            .required("sources: [a-key-of-sources-yaml]").nonEmpty("sources: [a-key-of-sources-yaml]");

    private DataSchemas() {
    }

    public static Schema sources() {
        return Schema.of("A source of content/data/sources.yaml: a document the explainer relies on",
                "this source", List.of(
                        Field.text("key", "Cited in pages as [@key].").notBlank().required("key: hamilton-2024-12-20")
                                .check(KEY),
                        Field.text("kind", "What the document is; court documents and statutes are listed first.")
                                .notBlank().required("kind: order").check(Check.oneOf(kinds(),
                                        "kind %s is not a kind of source", "use one of: " + String.join(", ", kinds()))),
                        Field.text("title", "The document's title, in its own language.").notBlank()
                                .required("title: \"Order granting …\""),
                        Field.text("court", "The court, for a court's document.").notBlank(),
                        Field.text("publisher", "The publisher, for any other document.").notBlank(),
                        Field.text("date", "YYYY-MM-DD, or YYYY-MM when only the month is known.").notBlank()
                                .check(PARTIAL_DATE),
                        Field.text("docket", "Docket, ECF number or reporter citation.").notBlank(),
                        Field.text("url", "The document's address.").notBlank().required("url: https://…")
                                .check(HTTP_URL),
                        Field.text("language", "The language the document itself is written in.").notBlank()
                                .required("language: en"),
                        Field.text("party", "When the source speaks for a party: its counsel.").notBlank()
                                .check(Check.oneOf(List.of("plaintiffs", "defendants", "amicus"),
                                        "party %s is not plaintiffs, defendants or amicus",
                                        "write `party: plaintiffs` or `party: defendants` for a party's counsel, "
                                                + "`party: amicus` for counsel to a friend of the court, or leave it out")),
                        Field.bool("undated", "true for a source with no date on purpose (a statute's page).")))
                .identifiedBy("key", "source")
                .exactlyOneOf(List.of("court", "publisher"),
                        "write `court:` for a court's document, `publisher:` for anything else");
    }

    public static Schema glossary(List<Language> languages) {
        Schema definition = Schema.of("A glossary term in one language", "this definition", List.of(
                Field.text("term", "The term as readers see it.").notBlank().required("term: summary judgment"),
                Field.text("short", "One sentence, shown on hover.").notBlank().required("short: One sentence."),
                Field.text("long", "Two to four sentences, on the glossary page.").notBlank()
                        .required("long: Two to four sentences.")));
        List<Field> fields = new ArrayList<>(List.of(
                Field.text("key", "Used in pages as [[key]], and the anchor on the glossary page.").notBlank()
                        .required("key: summary-judgment").check(KEY),
                Field.texts("related", "Keys of related terms.")));
        fields.addAll(versions(languages, definition));
        return Schema.of("A term of content/data/glossary.yaml", "this term", fields).identifiedBy("key", "term");
    }

    public static Schema timeline(List<Language> languages) {
        Schema text = Schema.of("An event told in one language", "this text", List.of(
                Field.text("title", "What happened, in a few words.").notBlank().required("title: …"),
                Field.text("text", "One or two sentences.").notBlank(),
                Field.text("label", "A milestone's name in a few words, shown on the timeline's overview.")
                        .notBlank()));
        Schema amount = Schema.of("A sum of money set at this event", "this amount", List.of(
                Field.text("kind", "What the sum is.").required("kind: punitive").check(Check.oneOf(
                        TimelineEvent.Amount.KINDS, "kind %s is not a kind of amount",
                        "use one of: " + String.join(", ", TimelineEvent.Amount.KINDS))),
                Field.integer("usd", "The sum in US dollars, a whole number without separators.")
                        .required("usd: 444719"),
                Field.bool("approximate", "true when the sources give only a round figure (\"about $4 million\").")));
        List<Field> fields = new ArrayList<>(List.of(
                Field.text("date", "YYYY-MM-DD, or YYYY-MM: never more precise than the record.").required(
                        "date: 2024-12-20").check(PARTIAL_DATE),
                SOURCES,
                Field.text("phase", "The period of the case the event belongs to; separate for another case.")
                        .check(Check.oneOf(TimelineEvent.Phase.keys(), "phase %s is not a phase of the case",
                                "use one of: " + String.join(", ", TimelineEvent.Phase.keys()))),
                Field.list("amounts", "Sums of money set at this event, drawn on the damages figure.", amount)));
        fields.addAll(versions(languages, text));
        return Schema.of("An event of content/data/timeline.yaml", "this event", fields);
    }

    public static Schema changes(List<Language> languages) {
        Schema text = Schema.of("A change told in one language", "this text", List.of(
                Field.text("title", "The change in a few words.").notBlank().required("title: …"),
                Field.text("text", "One or two sentences.").notBlank().required("text: …")));
        List<Field> fields = new ArrayList<>(List.of(
                Field.text("date", "The day of the change, YYYY-MM-DD.").required("date: 2026-12-01").check(DAY),
                Field.text("kind", "update for a new development, correction for a mistake put right.")
                        .required("kind: update").check(Check.oneOf(List.of("update", "correction"),
                                "kind %s is not a kind of change",
                                "write `kind: update` for a new development, `kind: correction` for a mistake put right")),
                Field.texts("pages", "The pages it changed, as paths under the default language's folder.")
                        .required("pages: [the-ruling.md]").nonEmpty("pages: [the-ruling.md]")));
        fields.addAll(versions(languages, text));
        return Schema.of("A change of content/data/changes.yaml", "this change", fields);
    }

    public static Schema figures(List<Language> languages) {
        Schema text = Schema.of("A figure's words in one language", "this text", List.of(
                Field.text("title", "The figure's visible title.").notBlank().required("title: How the attack travelled"),
                Field.text("takeaway", "One sentence: what the reader should see in it.").notBlank()
                        .required("takeaway: Through WhatsApp's servers, there and back."),
                Field.text("there", "What travels from the first place to the last, in a few words.").notBlank()
                        .required("there: Messages that install Pegasus"),
                Field.text("back", "What comes back the same way, in a few words.").notBlank()
                        .required("back: Information sent back the same way"),
                Field.text("description", "The whole path in one or two sentences, for those who cannot see it.")
                        .notBlank().required("description: A diagram in three boxes: …")));
        Schema place = Schema.of("A place on the path in one language", "this text", List.of(
                Field.text("label", "The place's name, in a few words.").notBlank()
                        .required("label: WhatsApp's servers"),
                Field.text("detail", "A few words under it.").notBlank()));
        List<Field> stepFields = new ArrayList<>(List.of(SOURCES));
        stepFields.addAll(versions(languages, place));
        Schema step = Schema.of("A place on the path, from the first to the last", "this step", stepFields);
        List<Field> fields = new ArrayList<>(List.of(
                Field.text("key", "Placed in pages as [!FIGURE key].").notBlank().required("key: attack").check(KEY),
                SOURCES,
                Field.list("steps", "The places on the path, from the first to the last: two or more.", step)
                        .required("steps: [{sources: […], en: {label: …}, fr: {label: …}}, …]")));
        fields.addAll(versions(languages, text));
        return Schema.of("A figure of content/data/figures.yaml, drawn at build time", "this figure", fields)
                .identifiedBy("key", "figure");
    }

    private static List<Field> versions(List<Language> languages, Schema text) {
        return languages.stream().map(language -> Field.languageVersion(language.key(), language.name(), text)).toList();
    }

    private static List<String> kinds() {
        return Source.Kind.names();
    }
}
