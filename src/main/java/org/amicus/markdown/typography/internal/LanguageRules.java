package org.amicus.markdown.typography.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The typographic conventions of each language Amicus writes in: which quotation marks pairs of straight
 * quotes become, and whether the French rules apply (spacing, no-break spaces, raised ordinals).
 *
 * <p>Quote strings are characters, not entities, so that the rendered HTML is easy to read and to assert on.
 * French second-level quotes are “ ” (French has no ‘ ’ convention), so a pair of straight single quotes
 * becomes “ ” in French.
 */
public enum LanguageRules {
    ENGLISH("\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", false),
    FRENCH("\u00AB\u202F", "\u202F\u00BB", "\u201C", "\u201D", "\u00AB\u202F", "\u202F\u00BB", true);

    /** A straight single quote that pairs with nothing is an apostrophe in every language. */
    public static final String APOSTROPHE = "\u2019";

    public final String doubleQuoteOpen;
    public final String doubleQuoteClose;
    public final String singleQuoteOpen;
    public final String singleQuoteClose;
    /** Guillemets typed flexmark's way, {@code <<a>>}. */
    public final String angleQuoteOpen;
    public final String angleQuoteClose;
    public final boolean french;

    LanguageRules(String doubleQuoteOpen, String doubleQuoteClose, String singleQuoteOpen, String singleQuoteClose,
                  String angleQuoteOpen, String angleQuoteClose, boolean french) {
        this.doubleQuoteOpen = doubleQuoteOpen;
        this.doubleQuoteClose = doubleQuoteClose;
        this.singleQuoteOpen = singleQuoteOpen;
        this.singleQuoteClose = singleQuoteClose;
        this.angleQuoteOpen = angleQuoteOpen;
        this.angleQuoteClose = angleQuoteClose;
        this.french = french;
    }

    /**
     * What this language's rules change in a text, in order and without overlaps.
     *
     * @param text   the text, as a String: the rules read each character several times, and a flexmark sequence's
     *               charAt is much slower than a String's
     * @param before the character just before the text, or an {@link InlineNeighbours} constant
     * @param after  the character just after it
     */
    List<TextEdit> edits(String text, int before, int after) {
        List<TextEdit> edits = new ArrayList<>();
        Apostrophes.addEdits(text, before, after, edits);
        NoBreakSpaces.addEdits(text, french, edits);
        if (french) {
            FrenchSpacing.addEdits(text, before, after, edits);
            Ordinals.addEdits(text, edits);
        }
        return TextEdit.inOrder(edits);
    }

    /**
     * The rules for a BCP 47 language tag; only the primary subtag counts ("fr-CA" is French).
     *
     * @throws IllegalArgumentException for a language we have no rules for: silently using English quotes in,
     *                                  say, German would be wrong, so the site configuration must be fixed
     */
    /** Whether we have rules for this language tag. */
    public static boolean supports(String languageTag) {
        String primary = primary(languageTag);
        return primary.equals("en") || primary.equals("fr");
    }

    private static String primary(String languageTag) {
        if (languageTag == null) {
            return "";
        }
        int end = 0;
        while (end < languageTag.length() && languageTag.charAt(end) != '-' && languageTag.charAt(end) != '_') {
            end++;
        }
        return languageTag.substring(0, end).toLowerCase(Locale.ROOT);
    }

    public static LanguageRules forLanguage(String languageTag) {
        String primary = primary(languageTag);
        switch (primary) {
            case "en":
                return ENGLISH;
            case "fr":
                return FRENCH;
            default:
                throw new IllegalArgumentException("TypographyExtension.LANGUAGE must be \"en\" or \"fr\" (a regional"
                        + " variant such as \"fr-CA\" is fine), but was \"" + languageTag + "\"");
        }
    }
}
