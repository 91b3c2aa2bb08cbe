package org.amicus.markdown.figure;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.amicus.markdown.Nodes;
import org.amicus.markdown.figure.internal.FigureNodePostProcessor;
import org.amicus.markdown.figure.internal.FigureNodeRenderer;
import org.amicus.markdown.safety.Finding;

/**
 * A figure with a caption, written like a callout: a blockquote whose first line is {@code [!FIGURE]} (any case,
 * alone on the line), then the image alone on its line, then the caption, which may hold any inline Markdown.
 * <pre>
 * &gt; [!FIGURE]
 * &gt; ![Three bars on one scale: …](figures/damages.svg)
 * &gt;
 * &gt; **The damages on one scale.** The reduction leaves a fraction.[@verdict]
 * </pre>
 * becomes
 * <pre>{@code
 * <figure>
 * <img src="figures/damages.svg" alt="Three bars on one scale: …">
 * <figcaption>
 * <p><strong>The damages on one scale.</strong> The reduction leaves a fraction.…</p>
 * </figcaption>
 * </figure>
 * }</pre>
 *
 * <p>Why this and not an image alone in its paragraph, as Pandoc's {@code implicit_figures} does: there the caption
 * is the alt text, which must describe the image to those who cannot see it, while a caption titles it and names
 * its source, with citations and links that alt text cannot hold; and an image would become a figure by where it
 * stands, not because its author said so. Hugo's {@code figure} shortcode takes the caption as a quoted string; a
 * blockquote with a marker is Markdown our authors already write for callouts, and reads as a boxed image with its
 * caption on GitHub too.
 *
 * <p>A figure drawn from data at build time is the marker alone with its name, {@code [!FIGURE attack]}: its
 * title, takeaway, drawing and sources come from the data (content/data/figures.yaml, or the timeline's amounts for
 * {@code damages}). The Markdown leaves its {@link #slot}; the names are checked against the data by the build.
 *
 * <p>{@link #problems(Document)} lists the figures written wrong, for the build to report at their lines.
 */
public final class FigureExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private FigureExtension() {
    }

    public static FigureExtension create() {
        return new FigureExtension();
    }

    /** The marker of a figure, as a callout's kind: {@code [!FIGURE]}. */
    public static final String MARKER = "FIGURE";

    /** The class every slot has ({@link #slot}): a page whose HTML does not hold it places no figure. */
    public static final String SLOT_CLASS = "figure-slot";
    /** A figure drawn from data in a page's HTML, as {@link #slot} writes it, with its line break; its name is group 1. */
    public static final Pattern SLOT = Pattern.compile("<div class=\"figure-slot figure-slot-([\\p{Alnum}_-]+)\"></div>\n?");

    /**
     * What stands for the figure drawn from data {@code name} in a page's HTML, until the templates' stage puts the
     * figure there: the same figure then shows in the page and on the page of the whole guide.
     */
    public static String slot(String name) {
        return "<div class=\"figure-slot figure-slot-" + name + "\"></div>";
    }

    /** The figures drawn from data that a document places, in reading order. */
    public static List<Figure> drawn(Document document) {
        List<Figure> figures = new ArrayList<>();
        for (Node node : Nodes.below(document)) {
            if (node instanceof Figure figure && figure.name() != null) {
                figures.add(figure);
            }
        }
        return figures;
    }

    /** Every problem of every figure of a document, in reading order. */
    public static List<Finding> problems(Document document) {
        List<Finding> problems = new ArrayList<>();
        for (Node node : Nodes.below(document)) {
            if (node instanceof Figure figure) {
                problems.addAll(figure.problems());
            }
        }
        return List.copyOf(problems);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new FigureNodePostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(new FigureNodeRenderer.Factory());
        }
    }
}
