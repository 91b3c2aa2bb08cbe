package org.amicus.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The structured data of {@code content/data/}: sources, glossary, timeline, the log of changes (newest first) and
 * the figures drawn from data, by key, validated.
 */
public record SiteData(Map<String, Source> sources, Map<String, GlossaryTerm> glossary, List<TimelineEvent> timeline,
                       List<Change> changes, Map<String, PathFigure> figures) {

    /** The figure drawn from the timeline's amounts: {@code [!FIGURE damages]}. */
    public static final String DAMAGES = "damages";

    /**
     * The names a page may give {@code [!FIGURE name]}, in order: the figures of figures.yaml, then
     * {@value #DAMAGES} when the timeline sets an amount.
     */
    public List<String> figureNames() {
        List<String> names = new ArrayList<>(figures.keySet());
        if (timeline.stream().anyMatch(event -> !event.amounts().isEmpty())) {
            names.add(DAMAGES);
        }
        return List.copyOf(names);
    }
}
