package org.amicus.markdown.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.markdown.PageContext;
import org.amicus.markdown.citation.CitationContext;
import org.amicus.markdown.filelink.FileLinkContext;
import org.amicus.markdown.filelink.LinkTargets;
import org.amicus.markdown.glossary.GlossaryContext;
import org.amicus.markdown.safety.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Figures with a caption, {@code > [!FIGURE]}, with every other extension of a page, as the build runs them. */
class FigureExtensionTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());

    /** A site of each language with one figure file beside its pages. */
    private static LinkTargets site(String lang) {
        return new LinkTargets() {
            @Override
            public Optional<Target> page(String sourcePath) {
                return Optional.empty();
            }

            @Override
            public boolean hasFile(String path) {
                return path.equals("figures/damages.svg");
            }

            @Override
            public Collection<String> pagePaths() {
                return List.of();
            }

            @Override
            public String languageRoot() {
                return "/" + lang + "/";
            }
        };
    }

    private final List<String> reported = new ArrayList<>();

    @Test
    void aBodyKnowsWhetherItHoldsASlot() {
        assertTrue(rendered("en", "Before.\n\n> [!FIGURE attack]\n").figureSlots());
        assertTrue(rendered("fr", "<div class=\"figure-slot figure-slot-damages\"></div>\n").figureSlots(),
                "a slot written by hand");
        assertFalse(rendered("en", "Before.\n\n> [!NOTE]\n> A figure-less note.\n").figureSlots());
    }

    private String html(String lang, String markdown) {
        return rendered(lang, markdown).html();
    }

    private RenderedMarkdown rendered(String lang, String markdown) {
        MarkdownProcessor.Parsed parsed = MARKDOWN.parse(lang, markdown);
        assertEquals(List.of(), parsed.figures(), "problems");
        GlossaryContext glossary = new GlossaryContext(key -> key.equals("punitive-damages")
                ? Optional.of(new GlossaryContext.Entry(lang.equals("en") ? "punitive damages" : "dommages punitifs",
                        "A sum.", "/" + lang + "/glossary/#punitive-damages")) : Optional.empty(),
                (line, key) -> reported.add(line + ": term " + key));
        PageContext context = new PageContext(new FileLinkContext("page.md", parsed.ids(), site(lang),
                (line, message, hint) -> reported.add(line + ": " + message)),
                new CitationContext(key -> key.equals("verdict"), (line, key) -> reported.add(line + ": " + key)),
                glossary);
        RenderedMarkdown rendered = MARKDOWN.render(lang, parsed, context, false);
        assertEquals(List.of(), reported, "reported");
        return rendered;
    }

    private static List<Finding> problems(String markdown) {
        return MARKDOWN.parse("en", markdown).figures();
    }

    @Test
    void anEnglishFigureIsTheImageAndItsCaptionWithItsInlineMarkdown() {
        assertEquals("""
                <figure>
                <img src="/en/figures/damages.svg" alt="Three bars on one scale" />
                <figcaption>
                <p><strong>The damages on one scale.</strong> The <span class="term"><a class="term-link" \
                href="/en/glossary/#punitive-damages" aria-describedby="term-1">punitive damages</a><span \
                class="term-definition" role="tooltip" id="term-1"><span class="visually-hidden"> (</span>A sum.\
                <span class="visually-hidden">)</span></span></span> fell. Source: \
                <a href="https://example.org/verdict">the verdict</a>.&#x2060;<sup class="citation" id="cite-1">\
                <a href="#source-1">[1]</a></sup></p>
                </figcaption>
                </figure>
                """, html("en", """
                > [!FIGURE]
                > ![Three bars on one scale](figures/damages.svg)
                >
                > **The damages on one scale.** The [[punitive-damages]] fell. Source: [the verdict](https://example.org/verdict).[@verdict]
                """));
    }

    @Test
    void aFrenchFigureHasFrenchTypographyInItsCaption() {
        assertEquals("""
                <figure>
                <img src="/fr/figures/damages.svg" alt="Trois barres à la même échelle : le jury, la juge" />
                <figcaption>
                <p><strong>Les dommages-intérêts à la même échelle.</strong> Source\u202f: «\u202fverdict\u202f».</p>
                </figcaption>
                </figure>
                """, html("fr", """
                > [!FIGURE]
                > ![Trois barres à la même échelle : le jury, la juge](figures/damages.svg)
                >
                > **Les dommages-intérêts à la même échelle.** Source : "verdict".
                """));
    }

    @Test
    void theCaptionMayStartOnTheLineAfterTheImageAndRunOverParagraphs() {
        assertEquals("""
                <figure>
                <img src="/en/figures/damages.svg" alt="Bars" />
                <figcaption>
                <p><em>Title.</em> Takeaway.</p>
                <p>Source: the verdict.</p>
                </figcaption>
                </figure>
                """, html("en", "> [!figure]\n> ![Bars](figures/damages.svg)\n> *Title.* Takeaway.\n>\n> Source: the verdict.\n"));
    }

    @Test
    void aFigureEndsWithItsBlockquote() {
        assertEquals("""
                <figure>
                <img src="/fr/figures/damages.svg" alt="Barres" />
                <figcaption>
                <p>Titre.</p>
                </figcaption>
                </figure>
                <p>La suite.</p>
                """, html("fr", "> [!FIGURE]\n> ![Barres](figures/damages.svg)\n>\n> Titre.\n\nLa suite.\n"));
    }

    static Stream<Arguments> figuresWrittenWrong() {
        String noImage = "the figure has no image on the line after `[!FIGURE]`";
        return Stream.of(
                arguments("no image", "> [!FIGURE]\n> **Title.** Source.\n", List.of("0: " + noImage)),
                arguments("empty", "> [!FIGURE]\n", List.of("0: " + noImage, "0: the figure has no caption")),
                arguments("text before the image", "> [!FIGURE]\n> See ![Bars](figures/damages.svg)\n",
                        List.of("0: " + noImage)),
                arguments("no caption", "Text.\n\n> [!FIGURE]\n> ![Bars](figures/damages.svg)\n",
                        List.of("2: the figure has no caption")),
                arguments("text after the marker", "> [!FIGURE] ![Bars](figures/damages.svg)\n>\n> Title.\n",
                        List.of("0: text follows the figure marker `[!FIGURE]` on its line", "0: " + noImage)),
                arguments("text after the image", "> [!FIGURE]\n> ![Bars](figures/damages.svg) Title.\n",
                        List.of("1: text follows the figure's image on its line")),
                arguments("a second image", "> [!FIGURE]\n> ![A](figures/damages.svg)\n>\n> Title.\n>\n"
                        + "> ![B](figures/damages.svg)\n", List.of("5: a figure holds one image, and this is a second one")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figuresWrittenWrong")
    void aFigureWrittenWrongIsReportedAtItsLine(String name, String markdown, List<String> expected) {
        assertEquals(expected, problems(markdown).stream().map(p -> p.bodyLine() + ": " + p.message()).toList());
    }

    @Test
    void aProblemSaysHowToWriteAFigure() {
        assertEquals(List.of(new Finding(0, "the figure has no caption", "write its title, takeaway and source "
                + "after the image: `> [!FIGURE]`, then `> ![what it shows](figures/chart.svg)`, then `>` and "
                + "`> **Its title.** Its takeaway. Source: …[@key]`")),
                problems("> [!FIGURE]\n> ![Bars](figures/damages.svg)\n"));
    }

    @Test
    void anotherMarkerOrAPlainQuoteWithAnImageIsNoFigure() {
        assertEquals("<blockquote>\n<p><img src=\"/en/figures/damages.svg\" alt=\"Bars\" /></p>\n</blockquote>\n",
                html("en", "> ![Bars](figures/damages.svg)\n"));
        assertEquals(List.of(), problems("> [!FIGURES]\n>\n> | Figure | What it is |\n> |---|---|\n> | 43 | times |\n"));
    }

    @Test
    void aFigureDrawnFromDataLeavesItsSlotForTheTemplatesInEitherLanguage() {
        assertEquals("<p>Before.</p>\n<div class=\"figure-slot figure-slot-attack\"></div>\n<p>After.</p>\n",
                html("en", "Before.\n\n> [!FIGURE attack]\n\nAfter.\n"));
        assertEquals("<div class=\"figure-slot figure-slot-damages\"></div>\n", html("fr", "> [!figure damages]\n"));
        assertEquals(List.of(), problems("> [!FIGURE attack]\n"));
    }

    @Test
    void aFigureDrawnFromDataKnowsItsNameAndItsSlotIsFoundInTheHtml() {
        Figure figure = FigureExtension.drawn(MARKDOWN.parse("en", "Text.\n\n> [!FIGURE attack]\n").document()).get(0);
        assertEquals("attack", figure.name());
        var slot = FigureExtension.SLOT.matcher("<p>A</p>\n" + FigureExtension.slot("attack") + "\n<p>B</p>");
        assertTrue(slot.find());
        assertEquals("attack", slot.group(1));
        assertEquals(FigureExtension.slot("attack") + "\n", slot.group());
    }

    @Test
    void linesUnderAFigureDrawnFromDataAreReportedAtTheirLine() {
        assertEquals(List.of("3: the figure `[!FIGURE attack]` is drawn from data, and this line is in it"),
                problems("Text.\n\n> [!FIGURE attack]\n> **Its title.**\n").stream()
                        .map(p -> p.bodyLine() + ": " + p.message()).toList());
    }
}
