package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.amicus.RealSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page the build writes is valid HTML for the W3C Nu HTML checker: 0 errors (warnings allowed). */
class HtmlValidityTest {

    static NuHtmlChecker checker;

    @BeforeAll
    static void loadTheChecker() {
        checker = new NuHtmlChecker();
    }

    private static List<NuHtmlChecker.Error> errorsOfEveryPage(Path site) {
        List<NuHtmlChecker.Error> errors = new ArrayList<>();
        for (Path page : RealSite.pages(site)) {
            errors.addAll(checker.errors(page, site.getParent().relativize(page)));
        }
        return errors;
    }

    @Test
    void everyPageOfTheRealSiteIsValidHtml() {
        Path site = RealSite.out();
        List<String> pages = RealSite.pages(site).stream().map(p -> site.relativize(p).toString().replace('\\', '/'))
                .toList();
        assertTrue(pages.containsAll(List.of("index.html", "en/index.html", "fr/index.html",
                "en/the-case/index.html", "fr/l-affaire/index.html")), pages.toString());

        List<NuHtmlChecker.Error> errors = errorsOfEveryPage(site);

        assertEquals(List.of(), errors, () -> errors.size() + " HTML errors in " + pages.size() + " pages:\n"
                + errors.stream().map(NuHtmlChecker.Error::toString).collect(Collectors.joining("\n")));
    }

    /** Parser, id and content-model errors: the three kinds of check the real site must pass. */
    @Test
    void theCheckerFindsRealErrorsWithTheirLines() throws URISyntaxException {
        Path site = Path.of(getClass().getClassLoader().getResource("sites/broken-output/site").toURI());

        List<String> errors = errorsOfEveryPage(site).stream().map(NuHtmlChecker.Error::toString).toList();

        assertEquals(List.of(
                "site/en/index.html:13: No “p” element in scope but a “p” end tag seen.",
                "site/en/the-case/index.html:12: Duplicate ID “sanctions”.",
                "site/en/the-case/index.html:13: Element “p” not allowed as child of element “ul” in this context. "
                        + "(Suppressing further errors from this subtree.)"), errors);
    }
}
