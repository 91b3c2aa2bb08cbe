package org.amicus.markdown.callout.internal;

import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.amicus.markdown.callout.Callout;
import org.amicus.markdown.callout.CalloutKind;

/**
 * In a {@code [!FIGURES]} callout's table, marks the first cell of each body row as the figure, with its length:
 * {@code class="figure figure-short"} (up to {@value #SHORT} characters, "43"), {@code figure-medium} (up to
 * {@value #MEDIUM}, "$167,254,000") or {@code figure-long} ("167 254 000 dollars"). The stylesheet sets a longer
 * figure smaller, in proportion to its card's width, so that a figure whose words are joined by no-break spaces
 * still fits a 320 px screen without breaking inside a word.
 */
public final class FigureCells implements AttributeProvider {

    static final int SHORT = 4;
    static final int MEDIUM = 12;

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.getPrevious() == null && inFigures(cell)) {
            attributes.addValue("class", "figure " + sizeClass(length(cell)));
        }
    }

    private static boolean inFigures(TableCell cell) {
        Node row = cell.getParent();
        if (row == null || !(row.getParent() instanceof TableBody)) {
            return false;
        }
        Node table = row.getParent().getParent();
        return table != null && table.getParent() instanceof Callout callout && callout.getKind() == CalloutKind.FIGURES;
    }

    /** The cell's length in characters as the reader sees them (no Markdown, no surrounding spaces). */
    private static int length(TableCell cell) {
        String text = new TextCollectingVisitor().collectAndGetText(cell).strip();
        return text.codePointCount(0, text.length());
    }

    static String sizeClass(int length) {
        return length <= SHORT ? "figure-short" : length <= MEDIUM ? "figure-medium" : "figure-long";
    }

    public static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new FigureCells();
        }
    }
}
