package org.amicus.data;

import java.util.List;
import java.util.Map;

/** A dated event of the case, from {@code content/data/timeline.yaml}. */
public record TimelineEvent(PartialDate date, Map<String, Text> byLanguage, List<String> sources, int line) {

    /** The event told in one language. */
    public record Text(String title, String text) {
    }
}
