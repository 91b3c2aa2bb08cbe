package org.amicus.util;

import java.util.regex.Pattern;

/** Text as a browser shows it: each run of HTML's spaces one space, and none at either end. */
public final class Spaces {

    /** HTML's ASCII whitespace; a no-break space is not one of them. */
    private static final Pattern RUNS = Pattern.compile("[ \t\n\r\f]+");

    private Spaces() {
    }

    /** Runs of spaces, tabs and line breaks as one space, stripped; no-break spaces kept. */
    public static String collapsed(String text) {
        return RUNS.matcher(text).replaceAll(" ").strip();
    }
}
