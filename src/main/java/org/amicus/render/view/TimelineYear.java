package org.amicus.render.view;

import java.util.List;

/** The events of one year, oldest first. */
public record TimelineYear(int year, List<TimelineEventView> events) {
}
