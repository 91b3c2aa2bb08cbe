package org.amicus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    @Test
    void linesStartAfterEachKindOfLineBreak() {
        SourceLines lines = SourceLines.of("a\nb\r\nc\rd\n");
        assertEquals(0, lines.line(0));
        assertEquals(0, lines.line(1)); // the \n itself
        assertEquals(1, lines.line(2));
        assertEquals(1, lines.line(4)); // between \r and \n: still the line of the \r
        assertEquals(2, lines.line(5));
        assertEquals(3, lines.line(7));
        assertEquals(4, lines.line(9)); // the end of a text that ends with a line break
    }

    /** Every offset of 300 random texts, and every node of their documents: the line flexmark counts. */
    @Test
    void givesFlexmarksLineAtEveryOffset() {
        Random random = new Random(7);
        String[] pieces = {"a", "é", " ", "\n", "\r\n", "\r", "\n\n", "# Titre\n", "- item\n", "[lien](x.md)", "> "};
        Parser parser = Parser.builder().build();
        for (int text = 0; text < 300; text++) {
            StringBuilder builder = new StringBuilder();
            for (int piece = random.nextInt(40); piece > 0; piece--) {
                builder.append(pieces[random.nextInt(pieces.length)]);
            }
            Document flexmark = new Document(null, BasedSequence.of(builder));
            SourceLines lines = SourceLines.of(builder);
            for (int offset = 0; offset <= builder.length(); offset++) {
                assertEquals(flexmark.getLineNumber(offset), lines.line(offset), "offset " + offset + " of "
                        + builder.toString().replace("\r", "\\r").replace("\n", "\\n"));
            }
            Document parsed = parser.parse(builder.toString());
            for (Node node : parsed.getDescendants()) {
                assertEquals(node.getLineNumber(), SourceLines.of(node), node + " in " + builder);
            }
        }
    }
}
