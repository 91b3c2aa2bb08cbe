package org.amicus.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amicus.util.Slugs;

/**
 * Gives every heading a stable id: the author's explicit {@code {#id}}, or one made from the heading's text with
 * accents folded ({@code Qu'a décidé la juge ?} → {@code qu-a-decide-la-juge}), so URLs with anchors stay
 * readable and typeable in both languages.
 */
final class HeadingIds {


    private HeadingIds() {
    }

    /** Two headings given the same explicit id; {@code bodyLine} is the second one's, 0-based. */
    record Duplicate(String id, int bodyLine) {
    }

    /** The ids of a page's headings in document order, and the explicit ids given twice. */
    record Assigned(Set<String> ids, List<Duplicate> duplicates) {
    }

    static Assigned assign(Document document) {
        // flexmark's generator reads explicit {#id} attributes; we then replace only the generated ones.
        new HeaderIdGenerator.Factory().create().generateIds(document);
        Set<String> used = new HashSet<>();
        List<Heading> generated = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (Node node : Nodes.below(document)) {
            if (node instanceof Heading heading) {
                if (hasExplicitId(heading)) {
                    if (!used.add(heading.getAnchorRefId())) {
                        duplicates.add(new Duplicate(heading.getAnchorRefId(), SourceLines.of(heading)));
                    }
                } else {
                    generated.add(heading);
                }
            }
        }
        for (Heading heading : generated) {
            String base = fromText(text(heading));
            String id = base;
            for (int n = 1; !used.add(id); n++) {
                id = base + "-" + n;
            }
            heading.setAnchorRefId(id);
            heading.setExplicitAnchorRefId(true);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Node node : Nodes.below(document)) {
            if (node instanceof Heading heading) {
                ids.add(heading.getAnchorRefId());
            }
        }
        return new Assigned(ids, List.copyOf(duplicates));
    }

    private static boolean hasExplicitId(Heading heading) {
        // The attributes may sit below an AnchorLink node that wraps the heading's text.
        for (Node child : Nodes.below(heading)) {
            if (child instanceof AttributesNode && child.getChars().toString().contains("#")) {
                return true;
            }
        }
        return false;
    }

    /** The heading's visible text, without its {@code {#id}} attributes. */
    static String text(Heading heading) {
        String text = new TextCollectingVisitor().collectAndGetText(heading);
        for (Node node : Nodes.below(heading)) {
            if (node instanceof AttributesNode) {
                text = text.replace(node.getChars().toString(), "");
            }
        }
        return text.strip();
    }

    static String fromText(String text) {
        return Slugs.of(text, "section");
    }
}
