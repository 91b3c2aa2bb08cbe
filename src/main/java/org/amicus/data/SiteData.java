package org.amicus.data;

import java.util.List;
import java.util.Map;

/**
 * The structured data of {@code content/data/}: sources, glossary, timeline and the log of changes (newest
 * first), validated.
 */
public record SiteData(Map<String, Source> sources, Map<String, GlossaryTerm> glossary, List<TimelineEvent> timeline,
                       List<Change> changes) {
}
