package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.amicus.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every internal link and #anchor of the real site leads somewhere, in both languages and on the landing page. */
class SiteLinksTest {

    private static void assertNoProblems(List<Problem> problems) {
        assertEquals(List.of(), problems, () -> problems.size() + " broken links:\n"
                + problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    }

    @Test
    void everyLinkAndAnchorOfTheRealSiteResolves() {
        Path site = RealSite.shared();
        assertTrue(RealSite.pages(site).size() >= 7, "expected the landing page and both languages");

        assertNoProblems(LinkChecker.check(site));
    }

    @Test
    void everyLinkResolvesUnderABasePathAsOnGitHubPages(@TempDir Path dir) {
        Path site = RealSite.build(dir, "--base-url", "https://user.github.io/nso/");

        assertNoProblems(LinkChecker.check(site, "/nso/"));
    }
}
