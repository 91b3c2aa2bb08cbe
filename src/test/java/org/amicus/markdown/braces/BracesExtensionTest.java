package org.amicus.markdown.braces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.filelink.FileLinkContext;
import org.junit.jupiter.api.Test;

/** Braces keep their words unless they are an attribute list of ids and classes. */
class BracesExtensionTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());

    private static String html(String lang, String markdown) {
        return MARKDOWN.render(lang, MARKDOWN.parse(lang, markdown), (FileLinkContext) null, false).html();
    }

    @Test
    void aWordInBracesStaysInProse() {
        assertEquals("<p>a placeholder {name} in prose</p>\n", html("en", "a placeholder {name} in prose\n"));
    }

    @Test
    void aWordInBracesStaysInFrenchProse() {
        assertEquals("<p>un paramètre {nom} dans le texte</p>\n", html("fr", "un paramètre {nom} dans le texte\n"));
    }

    @Test
    void emptyDoubledAndSpacedBracesStay() {
        assertEquals("<p>{} and {{x}} and { x } and {x y}</p>\n", html("en", "{} and {{x}} and { x } and {x y}\n"));
    }

    @Test
    void anIdListThatIsNotValidStaysAsText() {
        assertEquals("<p>a {#no such id}</p>\n", html("en", "a {#no such id}\n"));
    }

    @Test
    void aHeadingIdInBracesIsStillAnId() {
        assertEquals("<h2 id=\"sanctions\"><a href=\"#sanctions\" class=\"heading-anchor\">Sanctions</a></h2>\n",
                html("en", "## Sanctions {#sanctions}\n"));
    }

    @Test
    void classesInBracesStillMakeASpan() {
        assertEquals("<p><span class=\"note wide\">A word</span> here.</p>\n", html("en", "A word{.note .wide} here.\n"));
    }

    @Test
    void anEscapedBraceBeforeAnIdIsText() {
        assertEquals("<p>a {#x} shown</p>\n", html("en", "a \\{#x} shown\n"));
    }
}
