package org.amicus.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The nodes under a node, in document order, as {@link Node#getDescendants()} gives them, found by following
 * first-child, next-sibling and parent links: no stack of child iterators per step. A page is walked about ten times
 * (checks, heading ids, citations, footnotes, figures), and flexmark's iterator was an eighth of the Markdown
 * stage's time outside typography. The walk must not change the tree it walks.
 */
public final class Nodes {

    private Nodes() {
    }

    /** Every node under {@code root}, {@code root} itself left out. */
    public static Iterable<Node> below(Node root) {
        return () -> new Iterator<>() {
            private Node next = root.getFirstChild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Node next() {
                Node current = next;
                if (current == null) {
                    throw new NoSuchElementException();
                }
                Node successor = current.getFirstChild();
                if (successor == null) {
                    Node at = current;
                    while (at != root && at.getNext() == null) {
                        at = at.getParent();
                    }
                    successor = at == root ? null : at.getNext();
                }
                next = successor;
                return current;
            }
        };
    }
}
