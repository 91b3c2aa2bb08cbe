package org.amicus.markdown.citation;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amicus.markdown.Nodes;
import org.amicus.markdown.SourceLines;

/** Numbers the citations of a page in reading order and lists the sources it cites. */
public final class Citations {

    private Citations() {
    }

    /**
     * Gives each citation of a known source its number and id, reports unknown sources, and returns the page's
     * Sources list in order of first citation.
     */
    public static List<CitedSource> number(Document document, CitationContext context) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Node node : Nodes.below(document)) {
            if (!(node instanceof Citation citation)) {
                continue;
            }
            if (!context.isKnown().test(citation.getKey())) {
                context.problems().report(SourceLines.of(citation), citation.getKey());
                continue;
            }
            Entry entry = byKey.computeIfAbsent(citation.getKey(), k -> new Entry(byKey.size() + 1));
            String id = "cite-" + entry.number + (entry.ids.isEmpty() ? "" : "-" + entry.ids.size());
            citation.number(entry.number, id);
            entry.ids.add(id);
            if (!citation.getPinpoint().isEmpty() && !entry.pinpoints.contains(citation.getPinpoint())) {
                entry.pinpoints.add(citation.getPinpoint());
            }
        }
        List<CitedSource> sources = new ArrayList<>();
        byKey.forEach((key, e) -> sources.add(new CitedSource(e.number, key, List.copyOf(e.pinpoints),
                List.copyOf(e.ids))));
        return List.copyOf(sources);
    }

    private static final class Entry {
        final int number;
        final List<String> pinpoints = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        Entry(int number) {
            this.number = number;
        }
    }
}
