package org.amicus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The walk of {@link Nodes#below} meets the nodes that flexmark's own iterator meets, in the same order. */
class NodesTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final String[] PIECES = {"word ", "*em* ", "**strong** ", "\n", "\n\n", "# Title\n", "## Part\n",
        "- item\n", "  - nested\n", "1. one\n", "> quote\n", "> > deeper\n", "`code` ", "```\ncode\n```\n",
        "[link](x.md) ", "![alt](x.png) ", "| a | b |\n|---|---|\n| 1 | 2 |\n", "note[^1] ", "\n\n[^1]: A note.\n",
        "> [!NOTE]\n> Text.\n", "[[term]] ", "[@source] ", "<span>x</span> ", "Term\n: Definition\n"};

    @Test
    void meetsEveryNodeOfAThousandRandomPagesInDocumentOrder() {
        Random random = new Random(3);
        for (int page = 0; page < 1000; page++) {
            StringBuilder markdown = new StringBuilder();
            for (int piece = random.nextInt(30); piece > 0; piece--) {
                markdown.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Document document = MARKDOWN.parse(page % 2 == 0 ? "en" : "fr", markdown.toString()).document();
            for (Node root : List.of(document, document.getFirstChild() == null ? document : document.getFirstChild())) {
                List<Node> expected = new ArrayList<>();
                root.getDescendants().forEach(expected::add);
                List<Node> walked = new ArrayList<>();
                Nodes.below(root).forEach(walked::add);
                assertEquals(expected, walked, markdown.toString());
            }
        }
    }

    @Test
    void aNodeWithoutChildrenHasNothingBelowIt() {
        Document document = MARKDOWN.parse("en", "word").document();
        Node text = document.getFirstChild().getFirstChild();
        assertEquals(List.of(), toList(Nodes.below(text)));
    }

    private static List<Node> toList(Iterable<Node> nodes) {
        List<Node> list = new ArrayList<>();
        nodes.forEach(list::add);
        return list;
    }
}
