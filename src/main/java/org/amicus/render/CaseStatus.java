package org.amicus.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicus.data.TimelineEvent;
import org.amicus.render.view.CaseStatusView;
import org.amicus.render.view.TimelineEventView;

/**
 * Where the case stands, from the phases of the timeline's events: a step is reached by the first milestone of its
 * phase (or its first event, when none is a milestone), and the case is in the last step reached. Nothing here is
 * written by hand, so the line moves on when an event is added to timeline.yaml.
 */
final class CaseStatus {

    private CaseStatus() {
    }

    /** The status, or null when no event has a phase of the status line. */
    static CaseStatusView of(List<TimelineEventView> events, Map<String, String> i18n) {
        List<TimelineEvent.Phase> steps = List.of(TimelineEvent.Phase.values()).stream()
                .filter(TimelineEvent.Phase::isStatusStep).toList();
        List<TimelineEventView> reached = new ArrayList<>();
        for (TimelineEvent.Phase step : steps) {
            List<TimelineEventView> inPhase = events.stream().filter(e -> step.key().equals(e.phase())).toList();
            reached.add(inPhase.stream().filter(e -> !e.label().isEmpty()).findFirst()
                    .orElse(inPhase.isEmpty() ? null : inPhase.get(0)));
        }
        int current = -1;
        for (int i = 0; i < reached.size(); i++) {
            if (reached.get(i) != null) {
                current = i;
            }
        }
        if (current < 0) {
            return null;
        }
        List<CaseStatusView.Step> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String key = steps.get(i).key();
            list.add(new CaseStatusView.Step(key, i18n.get("phase_" + key), i <= current ? reached.get(i) : null,
                    i == current));
        }
        TimelineEventView latest = events.stream().filter(e -> !"separate".equals(e.phase()))
                .reduce((a, b) -> b).orElseThrow();
        return new CaseStatusView(list, latest);
    }
}
