package org.amicus.util;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text made into the part of an address or an id: lowercase ASCII letters, digits and dashes. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    /**
     * Each character below the combining marks (U+0300) as {@link #slowly} folds it alone: accents dropped, in lower
     * case. No character there combines with its neighbours, so a text of them folds character by character.
     */
    private static final String[] FOLDED = new String[0x300];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
        }
    }

    private Slugs() {
    }

    /**
     * « Décision du tribunal » → {@code decision-du-tribunal}: accents dropped, every run of other characters one
     * dash, none at either end.
     *
     * @param ifEmpty what to return when nothing is left (text of punctuation only)
     */
    public static String of(String text, String ifEmpty) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FOLDED.length) {
                return slowly(text, ifEmpty); // a character that may combine, or be cased, with others
            }
            String folded = FOLDED[c];
            for (int j = 0; j < folded.length(); j++) {
                char f = folded.charAt(j);
                if (f >= 'a' && f <= 'z' || f >= '0' && f <= '9') {
                    if (dash && !slug.isEmpty()) {
                        slug.append('-');
                    }
                    dash = false;
                    slug.append(f);
                } else {
                    dash = true;
                }
            }
        }
        return slug.isEmpty() ? ifEmpty : slug.toString();
    }

    /** {@link #of} for any text: the whole text decomposed, its marks dropped, then lower-cased. */
    static String slowly(String text, String ifEmpty) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? ifEmpty : slug;
    }

    /**
     * What an author meant for a slug or a file name's stem: like {@link #of}, after removing invisible characters
     * and writing look-alike letters as the ASCII ones they imitate ({@link OddCharacters#plain}), so a fix never
     * suggests {@code l-app-el} for {@code l-app\u200Bel}.
     */
    public static String suggestion(String text, String ifEmpty) {
        return of(OddCharacters.plain(text), ifEmpty);
    }

    /** A file name a URL can hold: {@code Screenshot 2025-01-01 at 10.00.00.PNG} → {@code screenshot-2025-01-01-at-10-00-00.png}. */
    public static String fileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return suggestion(name, "file");
        }
        return suggestion(name.substring(0, dot), "file") + "." + suggestion(name.substring(dot + 1), "bin");
    }
}
