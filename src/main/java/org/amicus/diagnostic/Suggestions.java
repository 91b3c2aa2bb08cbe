package org.amicus.diagnostic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for mistyped keys, file names and anchors. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The closest candidate within a small edit distance, if any; of equally close ones, the first by name, so
     * that the hint does not depend on the order of {@code candidates} (a {@code Set.of}'s differs per JVM).
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(2, typed.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** " Did you mean `x`?" or an empty string, ready to append to a hint. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return didYouMeanOr(typed, candidates, "");
    }

    /** "did you mean `x`?" when a candidate is close, else {@code otherwise}: a whole hint. */
    public static String didYouMeanOr(String typed, Collection<String> candidates, String otherwise) {
        return closest(typed, candidates).map(c -> "did you mean `" + c + "`?").orElse(otherwise);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
