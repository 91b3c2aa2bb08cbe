package org.amicus.util;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text made into the part of an address or an id: lowercase ASCII letters, digits and dashes. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /**
     * « Décision du tribunal » → {@code decision-du-tribunal}: accents dropped, every run of other characters one
     * dash, none at either end.
     *
     * @param ifEmpty what to return when nothing is left (text of punctuation only)
     */
    public static String of(String text, String ifEmpty) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? ifEmpty : slug;
    }
}
