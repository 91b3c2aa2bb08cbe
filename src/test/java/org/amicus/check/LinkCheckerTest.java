package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.amicus.TestSites;
import org.amicus.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkCheckerTest {

    private static final String MARKDOWN_HINT = "In Markdown, link to the page's .md file (or the file beside it) so "
            + "the build checks it; in a template, use a URL from the model (`page.url`, `static(…)`)";

    @TempDir
    Path dir;

    /** A small valid page; the body's lines start at line 7 of the file. */
    private static String page(String... bodyLines) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Test</title>\n</head>\n<body>\n"
                + String.join("\n", bodyLines) + "\n</body>\n</html>\n";
    }

    private Path site(String... pathsAndTexts) {
        Path site = dir.resolve("site");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            TestSites.write(site.resolve(pathsAndTexts[i]), pathsAndTexts[i + 1]);
        }
        return site;
    }

    private static List<String> messages(Path site) {
        return LinkChecker.check(site).stream().map(p -> p.location() + ": " + p.message()).toList();
    }

    @Test
    void linkToAMissingPageNamesTheFileAndSuggestsTheNearestPage() {
        Path site = site("en/index.html", page("<p>", "<a href=\"/en/the-cas/\">The case</a>", "</p>"),
                "en/the-case/index.html", page("<p>Case</p>"));

        List<Problem> problems = LinkChecker.check(site);

        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertEquals("site/en/index.html:8", problem.location());
        assertEquals("<a href> `/en/the-cas/`: the site has no en/the-cas/index.html", problem.message());
        assertEquals("did you mean `/en/the-case/`? " + MARKDOWN_HINT, problem.hint());
        assertEquals(true, problem.isError());
    }

    @Test
    void missingFragmentOnTheSamePageSuggestsTheNearestId() {
        Path site = site("en/index.html", page("<h2 id=\"sanctions\">Sanctions</h2>", "<a href=\"#sanction\">x</a>"));

        Problem problem = LinkChecker.check(site).get(0);

        assertEquals("site/en/index.html:8", problem.location());
        assertEquals("<a href> `#sanction`: this page has no element with id `sanction`", problem.message());
        assertEquals("did you mean `sanctions`? Or give the heading it should lead to that id: "
                + "`## Heading {#sanction}`", problem.hint());
    }

    @Test
    void fragmentOnAnotherPageIsCheckedAgainstThatPage() {
        Path site = site(
                "en/index.html", page(
                        "<a href=\"/en/the-ruling/#sanctions\">fine</a>",
                        "<a href=\"the-ruling/#old-name\">fine: an a name</a>",
                        "<a href=\"the-ruling/#jury\">broken</a>"),
                "en/the-ruling/index.html", page("<h2 id=\"sanctions\">S</h2>", "<a name=\"old-name\"></a>"));

        assertEquals(List.of("site/en/index.html:9: <a href> `the-ruling/#jury`: en/the-ruling/index.html has no "
                + "element with id `jury`"), messages(site));
        assertEquals("give the heading it should lead to that id: `## Heading {#jury}`",
                LinkChecker.check(site).get(0).hint());
    }

    @Test
    void emptyFragmentAndTopLeadToTheTopOfAnyPage() {
        Path site = site("en/index.html", page("<a href=\"#\">top</a>", "<a href=\"#top\">top</a>",
                "<a href=\"/#top\">top</a>"), "index.html", page("<p>root</p>"));

        assertEquals(List.of(), messages(site));
    }

    @Test
    void rootRelativeAndRelativeLinksResolveAgainstThePagesUrl() {
        Path site = site(
                "en/the-case/index.html", page(
                        "<a href=\"../the-ruling/\">1</a>",
                        "<a href=\"/en/the-ruling/\">2</a>",
                        "<a href=\"../../en/the-ruling/index.html\">3</a>",
                        "<a href=\"./\">4</a>",
                        "<img src=\"figures/chart.png\" alt=\"\">",
                        "<a href=\"the-ruling/\">relative to this page: broken</a>",
                        "<a href=\"/the-ruling/\">from the root: broken</a>"),
                "en/the-case/figures/chart.png", "png",
                "en/the-ruling/index.html", page("<p>Ruling</p>"));

        assertEquals(List.of(
                "site/en/the-case/index.html:12: <a href> `the-ruling/`: the site has no "
                        + "en/the-case/the-ruling/index.html",
                "site/en/the-case/index.html:13: <a href> `/the-ruling/`: the site has no the-ruling/index.html"),
                messages(site));
    }

    @Test
    void folderUrlLeadsToItsIndexHtml() {
        Path site = site(
                "index.html", page("<a href=\"/en/\">en</a>", "<a href=\"/en/the-case\">no slash: redirected</a>",
                        "<a href=\"en/the-case/?utm=x#top\">query</a>", "<a href=\"/\">root</a>",
                        "<a href=\"/en/the-case/missing\">broken</a>"),
                "en/index.html", page("<p>en</p>"),
                "en/the-case/index.html", page("<p>case</p>"));

        assertEquals(List.of("site/index.html:11: <a href> `/en/the-case/missing`: the site has no "
                + "en/the-case/missing or en/the-case/missing/index.html"), messages(site));
    }

    @Test
    void linksThatLeaveTheSiteAreNotChecked() {
        Path site = site("index.html", page(
                "<a href=\"https://example.org/missing/#nothing\">https</a>",
                "<a href=\"http://example.org/\">http</a>",
                "<a href=\"mailto:someone@example.org\">mail</a>",
                "<a href=\"tel:+331234\">phone</a>",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">",
                "<script src=\"//cdn.example.org/x.js\"></script>",
                "<link rel=\"canonical\" href=\"https://example.org/\">"));

        assertEquals(List.of(), messages(site));
    }

    @Test
    void staticFilesMustExistWhateverElementNamesThem() {
        Path site = site(
                "index.html", page(
                        "<link rel=\"stylesheet\" href=\"/static/css/site.css\">",
                        "<script src=\"/static/js/missing.js\"></script>",
                        "<img src=\"/static/a.png\" srcset=\"/static/a.png 1x,/static/b.png 2x\" alt=\"\">",
                        "<picture><source srcset=\"/static/c.png, /static/a.png 640w\"></picture>"),
                "static/css/site.css", "body {}",
                "static/a.png", "png");

        assertEquals(List.of(
                "site/index.html:8: <script src> `/static/js/missing.js`: the site has no static/js/missing.js",
                "site/index.html:9: <img srcset> `/static/b.png`: the site has no static/b.png",
                "site/index.html:10: <source srcset> `/static/c.png`: the site has no static/c.png"),
                messages(site));
    }

    @Test
    void duplicateIdIsReportedAtEachRepeatWithTheFirstLine() {
        Path site = site("index.html", page("<h2 id=\"content\">A</h2>", "<main id=\"content\">",
                "<p id=\"content\">x</p>", "</main>"));

        List<Problem> problems = LinkChecker.check(site);

        assertEquals(List.of(
                "site/index.html:8: id `content` is used more than once on this page (first on line 7)",
                "site/index.html:9: id `content` is used more than once on this page (first on line 7)"),
                problems.stream().map(p -> p.location() + ": " + p.message()).toList());
        assertEquals("ids must be unique within a page: rename one of them (a heading's id: "
                + "`## Heading {#another-id}`)", problems.get(0).hint());
    }

    @Test
    void linkAboveTheRootOrWithABadEscapeCannotLeadAnywhere() {
        Path site = site("en/index.html", page("<a href=\"../../x/\">up</a>", "<a href=\"/en/%zz/\">escape</a>"));

        assertEquals(List.of(
                "site/en/index.html:7: <a href> `../../x/`: it leads above the site's root folder",
                "site/en/index.html:8: <a href> `/en/%zz/`: it is not a valid URL: a % must be followed by two hex "
                        + "digits"), messages(site));
    }

    @Test
    void lineIsTheLineOfTheAttributeInTheGeneratedFile() {
        Path site = site("index.html", page("<p>", "<a class=\"x\"", "   href=\"/missing/\">x</a>", "</p>"));

        assertEquals(List.of("site/index.html:9: <a href> `/missing/`: the site has no missing/index.html"),
                messages(site));
    }

    @Test
    void encodedCharactersAreDecodedBeforeLookingForTheFileAndTheId() {
        Path site = site("en/index.html", page("<a href=\"/en/d%C3%A9cision/#qu-a-d%C3%A9cid%C3%A9\">é</a>"),
                "en/décision/index.html", page("<h2 id=\"qu-a-décidé\">Q</h2>"));

        assertEquals(List.of(), messages(site));
    }

    @Test
    void problemsAreSortedByPageThenLine() {
        Path site = site(
                "fr/index.html", page("<a href=\"/b/\">b</a>", "<a href=\"/a/\">a</a>"),
                "en/index.html", page("<a href=\"#x\">x</a>"));

        assertEquals(List.of(
                "site/en/index.html:7: <a href> `#x`: this page has no element with id `x`",
                "site/fr/index.html:7: <a href> `/b/`: the site has no b/index.html",
                "site/fr/index.html:8: <a href> `/a/`: the site has no a/index.html"), messages(site));
    }

    @Test
    void theBrokenOutputFixtureListsEveryProblem() throws URISyntaxException {
        Path site = Path.of(getClass().getClassLoader().getResource("sites/broken-output/site").toURI());

        assertEquals(List.of(
                "site/en/index.html:14: <a href> `/en/the-cas/`: the site has no en/the-cas/index.html",
                "site/en/index.html:15: <a href> `/en/the-case/#sanction`: en/the-case/index.html has no element "
                        + "with id `sanction`",
                "site/en/the-case/index.html:12: id `sanctions` is used more than once on this page (first on "
                        + "line 11)"), messages(site));
    }

    @ParameterizedTest(name = "{0} on {1} → {2} #{3}")
    @CsvSource(nullValues = "NONE", value = {
            "'',                 en/x/index.html, en/x/index.html,      NONE",
            "#a,                 en/x/index.html, en/x/index.html,      a",
            "/,                  en/x/index.html, '',                   NONE",
            "/en/,               en/x/index.html, en/,                  NONE",
            "../,                en/x/index.html, en/,                  NONE",
            "..,                 en/x/index.html, en/,                  NONE",
            ".,                  en/x/index.html, en/x/,                NONE",
            "y/#z,               en/x/index.html, en/x/y/,              z",
            "y.png?v=2,          en/x/index.html, en/x/y.png,           NONE",
            "../y/,              en/x/index.html, en/y/,                NONE",
            "/en//y/,            index.html,      en/y/,                NONE",
            "fr/,                index.html,      fr/,                  NONE",
            "a%20b.pdf#p%C3%A9,  index.html,      a b.pdf,              pé",
            "c++.html,           index.html,      c++.html,             NONE"})
    void urlsResolveLikeABrowserOnAStaticServer(String link, String page, String path, String fragment)
            throws SiteUrl.UnresolvableException {
        assertEquals(new SiteUrl(path, fragment), SiteUrl.resolve(link, page, "/"));
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "/nso/,          en/x/index.html, ''",
            "/nso,           en/x/index.html, ''",
            "/nso/en/y/#z,   en/x/index.html, en/y/",
            "../y/,          en/x/index.html, en/y/",
            "/nso/static/a.css, index.html,   static/a.css"})
    void underABasePathRootRelativeLinksStartWithIt(String link, String page, String path)
            throws SiteUrl.UnresolvableException {
        assertEquals(path, SiteUrl.resolve(link, page, "/nso/").path());
    }

    @Test
    void underABasePathALinkFromTheDomainsRootIsOutsideTheSite() {
        Path site = site("en/index.html", page("<a href=\"/nso/en/\">fine</a>", "<a href=\"/en/\">outside</a>",
                "<a href=\"/nso/fr/\">missing</a>"));

        List<Problem> problems = LinkChecker.check(site, "/nso/");

        assertEquals(List.of(
                "site/en/index.html:8: <a href> `/en/`: it is outside the site, which is published under /nso/",
                "site/en/index.html:9: <a href> `/nso/fr/`: the site has no fr/index.html"),
                problems.stream().map(p -> p.location() + ": " + p.message()).toList());
        assertEquals("start root-relative links with /nso/, as `page.url` and `static(…)` do",
                problems.get(0).hint());
        assertEquals("did you mean `/nso/en/`? " + MARKDOWN_HINT, problems.get(1).hint());
    }

    @Test
    void aBasePathMustBeAFolder() {
        var e = assertThrows(IllegalArgumentException.class, () -> LinkChecker.check(dir, "nso"));
        assertEquals("basePath must start and end with /, like /nso/: nso", e.getMessage());
    }

    @Test
    void protocolRelativeAndSchemeLinksAreExternal() {
        for (String link : List.of("https://x.org", "HTTP://x.org", "mailto:a@b", "tel:1", "data:,x", "//x.org/y")) {
            assertEquals(true, SiteUrl.isExternal(link), link);
        }
        for (String link : List.of("/en/", "x.html", "#a", "", "./a:b")) {
            assertEquals(false, SiteUrl.isExternal(link), link);
        }
    }

    @Test
    void climbingAboveTheRootIsUnresolvable() {
        var e = assertThrows(SiteUrl.UnresolvableException.class, () -> SiteUrl.resolve("/../x", "index.html", "/"));
        assertEquals("remove a `../`, or write the URL from the site's root, like `/en/`", e.hint());
    }
}
