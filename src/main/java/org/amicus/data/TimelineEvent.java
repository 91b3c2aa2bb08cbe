package org.amicus.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dated event of the case, from {@code content/data/timeline.yaml}. Its phase (null when the file gives none)
 * places it in the stages of the case, which the home page's status line and the timeline's overview show; its
 * amounts (what a court or a jury set, in dollars) are drawn on the damages figure.
 */
public record TimelineEvent(PartialDate date, Map<String, Text> byLanguage, List<String> sources, Phase phase,
                            List<Amount> amounts, int line) {

    /**
     * The event told in one language; {@code label} is a few words for the timeline's overview, empty for an event
     * that is not a milestone.
     */
    public record Text(String title, String text, String label) {
    }

    /**
     * The period of the case an event belongs to, in the order the case went through them. {@code SEPARATE} is an
     * event of another case or a government measure, told apart from the lawsuit's own phases. The last four are
     * the steps of the case's status line.
     */
    public enum Phase {
        LAWSUIT, IMMUNITY, DISCOVERY, LIABILITY, DAMAGES, INJUNCTION, APPEAL, SEPARATE;

        /** The word authors write ({@code phase: liability}) and the suffix of its i18n key ({@code phase_liability}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A step of the status line: liability → damages → injunction → appeal. */
        public boolean isStatusStep() {
            return compareTo(LIABILITY) >= 0 && this != SEPARATE;
        }

        public static List<String> keys() {
            return Arrays.stream(values()).map(Phase::key).toList();
        }
    }

    /**
     * A sum of money set at this event: {@code kind} is {@code compensatory} or {@code punitive}; an approximate
     * amount is one the sources give only roughly ("about $4 million"), and is never printed more exactly.
     */
    public record Amount(String kind, long usd, boolean approximate) {

        public static final List<String> KINDS = List.of("compensatory", "punitive");
    }
}
