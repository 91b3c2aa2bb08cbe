package org.amicus.data;

import java.util.List;
import java.util.Map;

/**
 * A figure of {@code content/data/figures.yaml}: a path between places, as the court described it (how the attack
 * travelled: NSO's installation server → WhatsApp's servers → the target's phone, and back), drawn at build time
 * and placed in pages with {@code [!FIGURE key]}.
 *
 * @param key        its name in pages: {@code [!FIGURE attack]}
 * @param byLanguage its words in each language
 * @param sources    the sources of the way there and back
 * @param steps      the places on the path, from the first to the last
 */
public record PathFigure(String key, Map<String, Text> byLanguage, List<String> sources, List<Step> steps,
                         int line) {

    /**
     * The figure's words in one language: its visible title, a one-line takeaway, what travels there and back,
     * and a description of the whole for those who cannot see it.
     */
    public record Text(String title, String takeaway, String there, String back, String description) {
    }

    /** A place on the path: its name and a detail in each language, and the sources that put it there. */
    public record Step(Map<String, StepText> byLanguage, List<String> sources) {
    }

    public record StepText(String label, String detail) {
    }
}
