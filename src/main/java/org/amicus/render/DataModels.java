package org.amicus.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.amicus.config.Language;
import org.amicus.data.GlossaryTerm;
import org.amicus.data.SiteData;
import org.amicus.data.Source;
import org.amicus.data.TimelineEvent;
import org.amicus.markdown.citation.CitedSource;
import org.amicus.render.view.CaseStatusView;
import org.amicus.render.view.CitationView;
import org.amicus.render.view.FigureView;
import org.amicus.render.view.GlossaryEntry;
import org.amicus.render.view.SourceView;
import org.amicus.render.view.TimelineEventView;
import org.amicus.render.view.TimelineYear;

/**
 * The data files as templates see them in one language: the glossary in that language's alphabetical order, the
 * timeline grouped by year, the sources with court documents first, and a page's cited sources.
 */
final class DataModels {

    /** Where a language's generated pages are: root-relative URLs, null when the site has no such page. */
    record Pages(String glossary, String timeline, String sources) {
    }

    private final SiteData data;
    private final Language language;
    private final Pages pages;
    private final BiFunction<String, String, String> typeset;
    private final BiFunction<String, String, String> typesetHtml;
    private final Map<Source, SourceView> sourceViews = new ConcurrentHashMap<>();

    /**
     * @param typeset     (language, text) → the text with the language's typography, plain
     * @param typesetHtml the same as HTML, with the text's emphasis
     */
    DataModels(SiteData data, Language language, Pages pages, BiFunction<String, String, String> typeset,
               BiFunction<String, String, String> typesetHtml) {
        this.data = data;
        this.language = language;
        this.pages = pages;
        this.typeset = typeset;
        this.typesetHtml = typesetHtml;
    }

    /** A page's Sources list: each cited source with its number, pinpoints and back-links. */
    List<CitationView> citations(List<CitedSource> cited) {
        return cited.stream().map(c -> new CitationView(c.number(), c.id(), source(data.sources().get(c.key())),
                c.pinpoints(), c.citationIds())).toList();
    }

    List<GlossaryEntry> glossary() {
        Collator collator = Collator.getInstance(language.javaLocale());
        collator.setStrength(Collator.SECONDARY);
        // Sorted as readers see the terms, without the Markdown of their emphasis.
        Map<String, String> shown = new HashMap<>();
        data.glossary().values().forEach(t -> shown.put(t.key(), text(t.in(language.key()).term())));
        List<GlossaryTerm> terms = new ArrayList<>(data.glossary().values());
        terms.sort(Comparator.comparing((GlossaryTerm t) -> shown.get(t.key()), collator)
                .thenComparing(GlossaryTerm::key));
        List<GlossaryEntry> list = new ArrayList<>();
        for (GlossaryTerm term : terms) {
            GlossaryTerm.Definition d = term.in(language.key());
            List<GlossaryEntry.RelatedTerm> related = term.related().stream().map(key -> new GlossaryEntry.RelatedTerm(
                    key, html(data.glossary().get(key).in(language.key()).term()), glossaryUrl(key))).toList();
            list.add(new GlossaryEntry(term.key(), term.key(), html(d.term()), html(d.shortDefinition()),
                    html(d.longDefinition()), glossaryUrl(term.key()), related));
        }
        return list;
    }

    /** The events, oldest first, each with its anchor on the timeline page: {@code event-} and its date. */
    List<TimelineEventView> timeline() {
        List<TimelineEventView> list = new ArrayList<>();
        Map<String, Integer> perDate = new HashMap<>();
        for (TimelineEvent event : data.timeline()) {
            TimelineEvent.Text words = event.byLanguage().get(language.key());
            int nth = perDate.merge(event.date().iso(), 1, Integer::sum);
            String id = "event-" + event.date().iso() + (nth == 1 ? "" : "-" + nth);
            list.add(new TimelineEventView(id, pages.timeline() == null ? null : pages.timeline() + "#" + id,
                    Dates.view(event.date(), language), event.date().year(), html(words.title()), text(words.title()),
                    html(words.text()), event.sources().stream().map(key -> source(data.sources().get(key))).toList(),
                    event.phase() == null ? null : event.phase().key(),
                    words.label().isEmpty() ? "" : text(words.label())));
        }
        return list;
    }

    /** Where the case stands, for the home page; null when no event has a phase of the status line. */
    CaseStatusView status(List<TimelineEventView> timeline, Map<String, String> i18n) {
        return CaseStatus.of(timeline, i18n);
    }

    /** The timeline's overview; null for an empty timeline. */
    FigureView overview(List<TimelineEventView> timeline, Map<String, String> i18n) {
        DrawnFigure overview = TimelineOverview.of(timeline, i18n);
        return overview == null ? null : overview.view();
    }

    /** The damages on one scale; null when no event sets an amount. */
    DrawnFigure damages(List<TimelineEventView> timeline, Map<String, String> i18n) {
        return DamagesChart.of(timeline, data.timeline(), language, i18n);
    }

    /**
     * The figures a page may place in its text with {@code [!FIGURE name]}, by name: those of figures.yaml, and the
     * {@link #damages} when there are any (null otherwise).
     */
    Map<String, DrawnFigure.InText> figuresInText(Map<String, String> i18n, DrawnFigure damages) {
        Map<String, DrawnFigure.InText> figures = new LinkedHashMap<>();
        data.figures().values().forEach(figure -> figures.put(figure.key(), PathDiagram.of(figure, language.key(),
                this::text, key -> source(data.sources().get(key)), i18n).inText()));
        if (damages != null) {
            figures.put(SiteData.DAMAGES, damages.inText());
        }
        return Map.copyOf(figures);
    }

    static List<TimelineYear> byYear(List<TimelineEventView> timeline) {
        Map<Integer, List<TimelineEventView>> byYear = new LinkedHashMap<>();
        timeline.forEach(event -> byYear.computeIfAbsent(event.year(), y -> new ArrayList<>()).add(event));
        return byYear.entrySet().stream().map(e -> new TimelineYear(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    List<SourceView> sources() {
        return data.sources().values().stream()
                .sorted(Comparator.comparing(Source::kind)
                        .thenComparing(Source::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Source::key))
                .map(this::source).toList();
    }

    /** A source as templates see it; made once per source, since every page that cites it shows it. */
    private SourceView source(Source source) {
        return sourceViews.computeIfAbsent(source, this::sourceView);
    }

    private SourceView sourceView(Source source) {
        String anchor = "src-" + source.key();
        return new SourceView(source.key(), anchor, source.kind().name().toLowerCase(Locale.ROOT),
                source.kind().isCourtDocument(), source.title(), source.issuer(),
                source.date() == null ? null : Dates.view(source.date(), language), source.docket(), source.url(),
                source.language(), source.party(), pages.sources() == null ? null : pages.sources() + "#" + anchor);
    }

    private String glossaryUrl(String key) {
        return pages.glossary() == null ? null : pages.glossary() + "#" + key;
    }

    private String text(String words) {
        return typeset.apply(language.key(), words);
    }

    TemplateHTMLOutputModel html(String words) {
        return Markup.of(typesetHtml.apply(language.key(), words));
    }
}
