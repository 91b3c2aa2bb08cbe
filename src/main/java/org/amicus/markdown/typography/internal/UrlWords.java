package org.amicus.markdown.typography.internal;

import java.util.regex.Pattern;

/**
 * Plain-text URLs ("https://…", "www.…", "mailto:…"): their colons, question marks and quotes belong to them,
 * so no typographic rule may touch a character inside one.
 */
final class UrlWords {

    private static final Pattern URL_WORD = Pattern.compile("(?i).*://.*|[^\\p{L}]*(www\\.|mailto:|tel:).*");

    private UrlWords() {
    }

    /** Whether the whitespace-delimited word around {@code index} looks like a URL. */
    static boolean isInUrl(CharSequence text, int index) {
        int start = index;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = index;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return URL_WORD.matcher(text.subSequence(start, end)).matches();
    }
}
