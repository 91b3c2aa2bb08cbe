package org.amicus.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.amicus.config.Language;
import org.amicus.data.GlossaryTerm;
import org.amicus.data.SiteData;
import org.amicus.data.Source;
import org.amicus.data.TimelineEvent;
import org.amicus.markdown.citation.CitedSource;

/**
 * The {@code data} variable of templates, per language: the glossary in that language's alphabetical order,
 * the timeline grouped by year, the sources with court documents first. Built once per language.
 */
final class DataModels {

    /** Where a language's generated pages are: root-relative URLs, or empty when the site has no such page. */
    record Pages(Optional<String> glossary, Optional<String> timeline, Optional<String> sources) {
    }

    private final SiteData data;
    private final BiFunction<String, String, String> typeset;

    DataModels(SiteData data, BiFunction<String, String, String> typeset) {
        this.data = data;
        this.typeset = typeset;
    }

    Map<String, Object> forLanguage(Language language, Pages pages) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("glossary", glossary(language, pages));
        List<Map<String, Object>> timeline = timeline(language, pages);
        model.put("timeline", timeline);
        model.put("timelineByYear", byYear(timeline));
        model.put("sources", sources(language, pages));
        pages.glossary().ifPresent(url -> model.put("glossaryUrl", url));
        pages.timeline().ifPresent(url -> model.put("timelineUrl", url));
        pages.sources().ifPresent(url -> model.put("sourcesUrl", url));
        return model;
    }

    /** A page's Sources list: each cited source with its number, pinpoints and back-links. */
    List<Map<String, Object>> citations(List<CitedSource> cited, Language language, Pages pages) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CitedSource c : cited) {
            Map<String, Object> entry = source(data.sources().get(c.key()), language, pages);
            entry.put("number", c.number());
            entry.put("id", c.id());
            entry.put("pinpoints", c.pinpoints());
            entry.put("citationIds", c.citationIds());
            list.add(entry);
        }
        return list;
    }

    private List<Map<String, Object>> glossary(Language language, Pages pages) {
        Collator collator = Collator.getInstance(language.javaLocale());
        collator.setStrength(Collator.SECONDARY);
        List<GlossaryTerm> terms = new ArrayList<>(data.glossary().values());
        terms.sort(Comparator.comparing((GlossaryTerm t) -> t.in(language.key()).term(), collator)
                .thenComparing(GlossaryTerm::key));
        List<Map<String, Object>> list = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            GlossaryTerm.Definition d = term.in(language.key());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", term.key());
            entry.put("id", term.key());
            entry.put("term", typeset.apply(language.key(), d.term()));
            entry.put("short", typeset.apply(language.key(), d.shortDefinition()));
            entry.put("long", typeset.apply(language.key(), d.longDefinition()));
            pages.glossary().ifPresent(url -> entry.put("url", url + "#" + term.key()));
            List<Map<String, Object>> related = new ArrayList<>();
            for (String key : term.related()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("key", key);
                r.put("term", typeset.apply(language.key(), data.glossary().get(key).in(language.key()).term()));
                pages.glossary().ifPresent(url -> r.put("url", url + "#" + key));
                related.add(r);
            }
            entry.put("related", related);
            list.add(entry);
        }
        return list;
    }

    private List<Map<String, Object>> timeline(Language language, Pages pages) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TimelineEvent event : data.timeline()) {
            TimelineEvent.Text text = event.byLanguage().get(language.key());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", Dates.model(event.date(), language));
            entry.put("year", event.date().year());
            entry.put("title", typeset.apply(language.key(), text.title()));
            entry.put("text", typeset.apply(language.key(), text.text()));
            List<Map<String, Object>> sources = new ArrayList<>();
            for (String key : event.sources()) {
                sources.add(source(data.sources().get(key), language, pages));
            }
            entry.put("sources", sources);
            list.add(entry);
        }
        return list;
    }

    private static List<Map<String, Object>> byYear(List<Map<String, Object>> timeline) {
        Map<Integer, List<Map<String, Object>>> byYear = new LinkedHashMap<>();
        for (Map<String, Object> event : timeline) {
            byYear.computeIfAbsent((Integer) event.get("year"), y -> new ArrayList<>()).add(event);
        }
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((year, events) -> years.add(Map.of("year", year, "events", events)));
        return years;
    }

    private List<Map<String, Object>> sources(Language language, Pages pages) {
        List<Source> sorted = new ArrayList<>(data.sources().values());
        sorted.sort(Comparator.comparing(Source::kind)
                .thenComparing(Source::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Source::key));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Source source : sorted) {
            list.add(source(source, language, pages));
        }
        return list;
    }

    private static Map<String, Object> source(Source source, Language language, Pages pages) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", source.key());
        entry.put("anchor", "src-" + source.key());
        entry.put("kind", source.kind().name().toLowerCase(java.util.Locale.ROOT));
        entry.put("isCourtDocument", source.kind().isCourtDocument());
        entry.put("title", source.title());
        entry.put("issuer", source.issuer());
        if (source.date() != null) {
            entry.put("date", Dates.model(source.date(), language));
        }
        entry.put("docket", source.docket());
        entry.put("url", source.url());
        entry.put("language", source.language());
        entry.put("party", source.party());
        pages.sources().ifPresent(url -> entry.put("sourcesPageUrl", url + "#src-" + source.key()));
        return entry;
    }
}
