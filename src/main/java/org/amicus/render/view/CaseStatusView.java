package org.amicus.render.view;

import java.util.List;

/**
 * Where the case stands, drawn from the timeline's phases for the home page: each step (liability → damages →
 * injunction → appeal) with the event that reached it, the step the case is in now, and the latest event.
 *
 * @param latest the timeline's latest event of the lawsuit itself (not of a separate case)
 */
public record CaseStatusView(List<Step> steps, TimelineEventView latest) {

    /**
     * @param name    the phase's name in the language
     * @param event   the milestone that reached this step, null when the case has not reached it
     * @param current the step the case is in now: the last one reached
     */
    public record Step(String phase, String name, TimelineEventView event, boolean current) {
    }
}
