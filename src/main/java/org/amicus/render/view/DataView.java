package org.amicus.render.view;

import java.util.List;

/**
 * The data files in the current language. The URLs are null when the site has no such page; {@code changesUrl} is
 * the log on the {@code layout: about} page.
 *
 * @param glossary in the language's alphabetical order
 * @param timeline oldest first
 * @param sources  court documents and statutes first
 * @param changes  newest first
 * @param status   where the case stands, from the timeline's phases; null when no event has one
 * @param overview the timeline's overview figure; null without events
 * @param damages  the damages figure; null when no event sets an amount
 */
public record DataView(List<GlossaryEntry> glossary, List<TimelineEventView> timeline,
                       List<TimelineYear> timelineByYear, List<SourceView> sources, List<ChangeView> changes,
                       String glossaryUrl, String timelineUrl, String sourcesUrl, String changesUrl,
                       CaseStatusView status, FigureView overview, FigureView damages) {
}
