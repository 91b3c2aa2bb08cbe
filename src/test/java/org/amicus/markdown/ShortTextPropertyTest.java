package org.amicus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random short texts (titles, descriptions, data texts) in both languages: a text without Markdown is typeset
 * by the typography rules alone, and must come out as flexmark and jsoup would make it, as text and as HTML. The
 * pieces are those typography acts on (apostrophes, « : ; ! ? », days and months, 1er, n°, §, figures) and Markdown
 * that must send a text to flexmark. A failure names the seed and the text.
 */
class ShortTextPropertyTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final int TEXTS = 3000;

    private static final String[] PIECES = {
        "word", "Mot", "été", "NSO", "WhatsApp", "2019", "1er", "1re", "1ers", "n°", "§", "¶", "25-7380", "12",
        "mai", "décembre", "May", "millions", "dollars", "%", "fois", "ans", "jours", "pages", " ", " ", " ", " ",
        "  ", "\u00A0", "\u202F", "l'", "d'", "don't", "'", ":", ";", "!", "?", "?!", ".", ",", "(", ")", "/", "-",
        "–", "—", "’", "«", "»", "« ", " »", "“", "”", "…", "10:30", "https://example.org", "www.example.org",
        "mailto:a@b.org", "€", "$", "@", "+", "=", "°", "\n", "\n  ", "1.", "1)", "# ", "- ", "> ", ": ", "*", "_",
        "`", "\"", "&", "&amp;", "<", ">", "[", "]", "{", "}", "|", "~~", "\\", "[[term]]", "*[NSO]: x", "é́",
    };

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void plainTextsAreTypesetAsFlexmarkWouldTypesetThem(String lang) {
        Random random = new Random(20261202L + lang.hashCode());
        int plain = 0;
        for (int n = 0; n < TEXTS; n++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = 1 + random.nextInt(8); pieces > 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = ShortText.inline(text.toString());
            String what = "text " + n + " of " + lang + ": `" + text + "`";
            assertEquals(MARKDOWN.typesetMarkdown(lang, line), MARKDOWN.typeset(lang, text.toString()), what);
            assertEquals(MARKDOWN.typesetHtmlMarkdown(lang, line), MARKDOWN.typesetHtml(lang, text.toString()), what);
            plain += ShortText.plain(line) ? 1 : 0;
        }
        assertTrue(plain > TEXTS / 5, "too few plain texts to test the short way: " + plain);
    }
}
