package org.amicus.util;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Characters that make a name look right and be wrong: invisible ones (U+200B ZERO WIDTH SPACE, a soft hyphen,
 * a byte-order mark) and letters of another script or width that look like ASCII ones (Cyrillic а, full-width
 * ａ). Messages name them, since the author cannot see them, and fixes replace them with what they look like.
 */
public final class OddCharacters {

    /** Cyrillic and Greek letters that look like a lowercase ASCII letter, with that letter. */
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x0430, "a"), Map.entry(0x0435, "e"), Map.entry(0x043E, "o"), Map.entry(0x0440, "p"),
            Map.entry(0x0441, "c"), Map.entry(0x0443, "y"), Map.entry(0x0445, "x"), Map.entry(0x0456, "i"),
            Map.entry(0x0458, "j"), Map.entry(0x0455, "s"), Map.entry(0x0501, "d"), Map.entry(0x04BB, "h"),
            Map.entry(0x03BF, "o"), Map.entry(0x03B1, "a"), Map.entry(0x03BD, "v"), Map.entry(0x03C1, "p"),
            Map.entry(0x03B9, "i"), Map.entry(0x03BA, "k"), Map.entry(0x03C4, "t"), Map.entry(0x0261, "g"));

    private OddCharacters() {
    }

    /**
     * Each odd character of {@code text}, named: {@code U+200B ZERO WIDTH SPACE, which is invisible},
     * {@code U+0430 CYRILLIC SMALL LETTER A, which looks like a}. Empty when there is none.
     */
    public static List<String> describe(String text) {
        List<String> found = new ArrayList<>();
        text.codePoints().distinct().forEach(c -> {
            String name = "U+" + String.format(Locale.ROOT, "%04X", c) + " " + Character.getName(c);
            if (isInvisible(c)) {
                found.add(name + ", which is invisible");
            } else if (c > 0x7F && lookAlike(c) != null) {
                found.add(name + ", which looks like " + lookAlike(c));
            }
        });
        return found;
    }

    /** What an error says of a character that is not text: {@code the text holds the invisible character U+0000 NULL}. */
    public static String notText(int c) {
        return "the text holds the invisible character U+" + String.format(Locale.ROOT, "%04X", c) + " "
                + Character.getName(c);
    }

    /** How to fix {@link #notText}. */
    public static final String NOT_TEXT_FIX = "delete it: it is not text (it often comes from copying out of a PDF or "
            + "a word processor)";

    /** The text with invisible characters removed and look-alikes replaced by the ASCII letter they imitate. */
    public static String plain(String text) {
        StringBuilder plain = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!isInvisible(c)) {
                String ascii = c > 0x7F ? lookAlike(c) : null;
                plain.append(ascii != null ? ascii : Character.toString(c));
            }
        });
        return plain.toString();
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
                || c == 0x3164 || c == 0x115F || c == 0x1160; // Hangul fillers: letters that show nothing
    }

    /** The ASCII letter or digit {@code c} is a variant of (full-width ａ) or looks like (Cyrillic а); else null. */
    private static String lookAlike(int c) {
        String mapped = LOOK_ALIKES.get(Character.toLowerCase(c));
        if (mapped != null) {
            return Character.isUpperCase(c) ? mapped.toUpperCase(Locale.ROOT) : mapped;
        }
        String compatible = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
        return compatible.length() == 1 && compatible.charAt(0) < 0x80 && Character.isLetterOrDigit(compatible.charAt(0))
                ? compatible : null;
    }
}
