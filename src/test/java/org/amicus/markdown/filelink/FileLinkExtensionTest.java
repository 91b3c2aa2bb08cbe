package org.amicus.markdown.filelink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The extension alone, on strings of Markdown, against a small English site. */
class FileLinkExtensionTest {

    /** The English site: three pages with their heading ids, and two files beside them. */
    static final class FakeTargets implements LinkTargets {
        private final Map<String, Target> pages = Map.of(
                "the-case.md", new Target("/en/the-case/", Set.of("parties", "ruling")),
                "cases/nso.md", new Target("/en/cases/nso/", Set.of()),
                "_index.md", new Target("/en/", Set.of()));
        private final Set<String> files = Set.of("figures/chart.png", "cases/brief.pdf");

        @Override
        public Optional<Target> page(String sourcePath) {
            return Optional.ofNullable(pages.get(sourcePath));
        }

        @Override
        public boolean hasFile(String path) {
            return files.contains(path);
        }

        @Override
        public Collection<String> pagePaths() {
            return pages.keySet().stream().sorted().toList();
        }

        @Override
        public String languageRoot() {
            return "/en/";
        }
    }

    /** One broken link as reported: body line (0-based), message, hint. */
    record Report(int line, String message, String hint) {
    }

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(FileLinkExtension.create()));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private final List<Report> reports = new ArrayList<>();

    private String render(String sourcePath, String markdown) {
        Document document = PARSER.parse(markdown);
        document.set(FileLinkExtension.CONTEXT, new FileLinkContext(sourcePath, Set.of("own-id"), new FakeTargets(),
                (line, message, hint) -> reports.add(new Report(line, message, hint))));
        return RENDERER.render(document);
    }

    private String render(String markdown) {
        return render("intro.md", markdown);
    }

    @Test
    void linkToAPageBecomesItsUrl() {
        assertEquals("<p><a href=\"/en/the-case/\">the case</a></p>\n", render("[the case](the-case.md)\n"));
        assertEquals(List.of(), reports);
    }

    @Test
    void anchorOfALinkedPageIsKeptWhenThePageHasIt() {
        assertEquals("<p><a href=\"/en/the-case/#parties\">x</a></p>\n", render("[x](the-case.md#parties)\n"));
        assertEquals(List.of(), reports);
    }

    @Test
    void linkIsResolvedAgainstTheLinkingPageFolder() {
        assertEquals("<p><a href=\"/en/the-case/\">x</a> <a href=\"/en/cases/nso/\">y</a></p>\n",
                render("cases/nso.md", "[x](../the-case.md) [y](./nso.md)\n"));
    }

    @Test
    void titleOfALinkIsKept() {
        assertEquals("<p><a href=\"/en/the-case/\" title=\"The case\">x</a></p>\n",
                render("[x](the-case.md \"The case\")\n"));
    }

    @Test
    void referenceLinkIsResolvedToo() {
        assertEquals("<p><a href=\"/en/the-case/#ruling\">the ruling</a></p>\n",
                render("[the ruling][r]\n\n[r]: the-case.md#ruling\n"));
    }

    @Test
    void percentEncodedFileNameIsDecoded() {
        assertEquals("<p><a href=\"/en/the-case/\">x</a></p>\n", render("[x](the%2Dcase.md)\n"));
    }

    @Test
    void linkToAMissingPageIsReportedWithItsBodyLineAndASuggestion() {
        String html = render("First paragraph.\n\nSee [the case](the-cas.md).\n");

        assertEquals("<p>First paragraph.</p>\n<p>See <a href=\"the-cas.md\">the case</a>.</p>\n", html);
        assertEquals(List.of(new Report(2, "link `the-cas.md`: there is no page the-cas.md in this language",
                "did you mean `the-case.md`? link to an existing .md file of the same language folder")), reports);
    }

    @Test
    void brokenLinkOnTheSecondLineOfAParagraphReportsThatLine() {
        render("The court\nfound [it](missing.md).\n");

        assertEquals(List.of(1), reports.stream().map(Report::line).toList());
    }

    @Test
    void linkToAMissingPageWithNothingCloseHasNoSuggestion() {
        render("[x](nothing-like-it.md)\n");

        assertEquals(List.of(new Report(0, "link `nothing-like-it.md`: there is no page nothing-like-it.md in this "
                + "language", "link to an existing .md file of the same language folder")), reports);
    }

    @Test
    void missingAnchorOfALinkedPageIsReported() {
        render("\n\n[x](the-case.md#partys)\n");

        assertEquals(List.of(new Report(2, "link `the-case.md#partys`: the-case.md has no heading with id `partys`",
                "did you mean `parties`? ids there: parties, ruling; give the heading an explicit id with "
                        + "`## Heading {#partys}`")), reports);
    }

    @Test
    void linkClimbingOutOfTheLanguageFolderIsReported() {
        String html = render("cases/nso.md", "[x](../../x.md)\n");

        assertEquals("<p><a href=\"../../x.md\">x</a></p>\n", html);
        assertEquals(List.of(new Report(0, "link `../../x.md` points outside the language folder",
                "link to a page of the same language by its file name, like `the-case.md`")), reports);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/x", "http://example.org", "mailto:court@example.org", "tel:+1555",
            "/en/x/", "//cdn.example.org/x"})
    void linkWithASchemeOrFromTheRootIsLeftAlone(String url) {
        assertEquals("<p><a href=\"" + url + "\">x</a></p>\n", render("[x](" + url + ")\n"));
        assertEquals(List.of(), reports);
    }

    @Test
    void anchorOnTheSamePageIsLeftAloneWhenThePageHasIt() {
        assertEquals("<p><a href=\"#own-id\">x</a></p>\n", render("[x](#own-id)\n"));
        assertEquals(List.of(), reports);
    }

    @Test
    void anchorOnTheSamePageIsReportedWhenThePageLacksIt() {
        render("[x](#own-ib)\n");

        assertEquals(List.of(new Report(0, "link `#own-ib`: this page has no heading with id `own-ib`",
                "did you mean `own-id`? ids there: own-id; give the heading an explicit id with "
                        + "`## Heading {#own-ib}`")), reports);
    }

    @Test
    void imageBesideThePageResolvesToItsCopiedUrl() {
        assertEquals("<p><img src=\"/en/figures/chart.png\" alt=\"Chart\" /></p>\n",
                render("![Chart](figures/chart.png)\n"));
        assertEquals(List.of(), reports);
    }

    @Test
    void fileLinkIsResolvedAgainstTheLinkingPageFolder() {
        assertEquals("<p><a href=\"/en/cases/brief.pdf\">brief</a> <img src=\"/en/figures/chart.png\" alt=\"c\" /></p>\n",
                render("cases/nso.md", "[brief](brief.pdf) ![c](../figures/chart.png)\n"));
    }

    @Test
    void missingImageIsReported() {
        render("![Chart](figures/chrat.png)\n");

        assertEquals(List.of(new Report(0, "link `figures/chrat.png`: there is no file figures/chrat.png in this "
                + "language folder", "put the file beside the page, or fix the path")), reports);
    }

    @Test
    void linksAreLeftAsWrittenWithoutAContext() {
        assertEquals("<p><a href=\"nowhere.md\">x</a></p>\n", RENDERER.render(PARSER.parse("[x](nowhere.md)\n")));
    }

    @Test
    void bracketedTextThatIsNotALinkStaysText() {
        String html = render("NSO exploit[ed] the app [sic], see [1] and [emphasis added].\n");

        assertEquals("<p>NSO exploit[ed] the app [sic], see [1] and [emphasis added].</p>\n", html);
        assertEquals(List.of(), reports);
    }
}
