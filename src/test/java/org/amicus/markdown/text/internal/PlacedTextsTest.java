package org.amicus.markdown.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.List;
import org.amicus.markdown.text.TextExtension;
import org.junit.jupiter.api.Test;

/** What the page's writer receives in place of each text, and how the texts are put back. */
class PlacedTextsTest {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TextExtension.create()));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    @Test
    void theWriterGetsOnePlaceholderPerTextAndTheSpacesAtItsEnds() {
        Document document = PARSER.parse("Fish & chips *and* peas.\n");
        PlacedTexts placed = new PlacedTexts();
        document.set(PlacedTexts.KEY, placed);

        String written = RENDERER.render(document);

        assertEquals("<p>\0 <em>\0</em> \0</p>\n", written);
        assertEquals("<p>Fish &amp; chips <em>and</em> peas.</p>\n", placed.putBack(written));
    }

    @Test
    void withoutPlacedTextsTheWriterGetsTheText() {
        assertEquals("<p>Fish &amp; chips</p>\n", RENDERER.render(PARSER.parse("Fish & chips\n")));
    }

    @Test
    void aPageWhoseSourceHoldsThePlaceholderIsWrittenByFlexmark() {
        Document document = PARSER.parse("a\0b\n");

        assertEquals(false, PlacedTexts.allowed(document));
        assertEquals("<p>a\uFFFDb</p>\n", TextExtension.render(RENDERER, document));
    }

    @Test
    void aPageReadFromAnArrayThatHoldsThePlaceholderIsWrittenByFlexmark() {
        assertEquals(true, PlacedTexts.allowed(PARSER.parse(CharSubSequence.of("ab\n".toCharArray(), 0, 3))));
        assertEquals(false, PlacedTexts.allowed(PARSER.parse(CharSubSequence.of("a\0b\n".toCharArray(), 0, 4))));
    }

    @Test
    void aWriterThatRewritesSpacesOrTabsGetsTheText() {
        MutableDataSet collapsing = new MutableDataSet(OPTIONS).set(HtmlRenderer.FORMAT_FLAGS,
                LineAppendable.F_TRIM_LEADING_WHITESPACE | LineAppendable.F_COLLAPSE_WHITESPACE);
        Document document = Parser.builder(collapsing).build().parse("a  b\tc\n");
        PlacedTexts placed = new PlacedTexts();
        document.set(PlacedTexts.KEY, placed);

        assertEquals("<p>a b c</p>\n", HtmlRenderer.builder(collapsing).build().render(document));
    }

    @Test
    void aPlaceholderMissingOrExtraIsAnInternalError() {
        Document document = PARSER.parse("one\n");
        PlacedTexts placed = new PlacedTexts();
        document.set(PlacedTexts.KEY, placed);
        RENDERER.render(document);

        assertEquals("the HTML holds fewer placeholders than the 1 texts placed",
                assertThrows(IllegalStateException.class, () -> placed.putBack("<p></p>")).getMessage());
        assertEquals("the HTML holds more placeholders than the 1 texts placed",
                assertThrows(IllegalStateException.class, () -> placed.putBack("<p>\0\0</p>")).getMessage());
    }
}
