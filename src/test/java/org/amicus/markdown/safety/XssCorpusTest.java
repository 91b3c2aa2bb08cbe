package org.amicus.markdown.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.RenderedMarkdown;
import org.amicus.markdown.filelink.FileLinkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known cross-site-scripting vectors (src/test/resources/xss/vectors.txt, after the OWASP filter evasion cheat sheet's
 * categories), each as the whole Markdown of a page in both languages: each is refused at a line of the page, or its
 * HTML is inert by a judge of the test's own ({@link Inert}).
 */
class XssCorpusTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> vectors = new ArrayList<>();
        for (String vector : corpus()) {
            vectors.add(Arguments.of("en", vector));
            vectors.add(Arguments.of("fr", vector));
        }
        return vectors.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vectors")
    void eachVectorIsRefusedAtALineOrComesOutInert(String lang, String markdown) {
        MarkdownProcessor.Parsed parsed = MARKDOWN.parse(lang, markdown);
        RenderedMarkdown rendered = MARKDOWN.render(lang, parsed, (FileLinkContext) null, false);
        List<Finding> refused = parsed.unsafe();
        int lines = markdown.split("\n", -1).length;
        refused.forEach(finding -> assertTrue(finding.bodyLine() >= 0 && finding.bodyLine() < lines, finding::toString));
        assertEquals(List.of(), rendered.unsafe(), "the sanitizer found what the checks of the Markdown did not");
        if (refused.isEmpty()) {
            assertEquals(List.of(), Inert.faults(rendered.html()), rendered.html());
        }
    }

    @Test
    void theCorpusHasAVectorOfEveryCategory() throws IOException {
        assertTrue(corpus().size() >= 100, "vectors: " + corpus().size());
    }

    @Test
    void mostVectorsAreRefusedRatherThanPublishedAsText() throws IOException {
        long refused = corpus().stream().filter(v -> !MARKDOWN.parse("en", v).unsafe().isEmpty()).count();
        assertTrue(refused >= 95, "refused: " + refused + " of " + corpus().size());
    }

    /** The vectors, separated by lines {@code %%}; a first line {@code # …} names the category that starts there. */
    private static List<String> corpus() throws IOException {
        try (InputStream in = XssCorpusTest.class.getResourceAsStream("/xss/vectors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n%%\n")).map(v -> v.startsWith("# ") ? v.substring(v.indexOf('\n') + 1)
                    : v).map(v -> v.endsWith("\n") ? v : v + "\n").toList();
        }
    }
}
