package org.amicus.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers footnotes in the order a reader meets them. flexmark sorts notes by the source offset of their
 * first reference, but offsets of references in paragraphs that the abbreviation extension rewrote no longer
 * follow the page, so without this a page could start with note 13.
 */
final class FootnoteOrder {

    private FootnoteOrder() {
    }

    static void renumber(Document document) {
        FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
        Map<FootnoteBlock, Integer> references = new HashMap<>();
        int next = 1;
        for (Node node : Nodes.below(document)) {
            FootnoteBlock block = node instanceof Footnote footnote ? footnote.getFootnoteBlock(repository) : null;
            if (block != null) {
                Footnote footnote = (Footnote) node;
                Integer seen = references.get(block);
                if (seen == null) {
                    // The renderer sorts notes by this "offset"; the reading order is the one we want.
                    block.setFirstReferenceOffset(next);
                    block.setFootnoteOrdinal(next++);
                    seen = 0;
                }
                footnote.setReferenceOrdinal(seen);
                references.put(block, seen + 1);
            }
        }
        List<FootnoteBlock> blocks = repository.getReferencedFootnoteBlocks();
        blocks.sort(Comparator.comparingInt(FootnoteBlock::getFootnoteOrdinal));
    }
}
