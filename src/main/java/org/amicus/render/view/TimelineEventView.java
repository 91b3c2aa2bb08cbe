package org.amicus.render.view;

import java.util.List;

/** An event of timeline.yaml in the current language; {@code text} may be empty. */
public record TimelineEventView(DateView date, int year, String title, String text, List<SourceView> sources) {
}
