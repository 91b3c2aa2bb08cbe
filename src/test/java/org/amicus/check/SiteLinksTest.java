package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.amicus.RealSite;
import org.amicus.TestSites;
import org.junit.jupiter.api.Test;

/**
 * Every internal link and #anchor of the real site leads somewhere when it is published under a path, as CI
 * publishes it on GitHub Pages. At the root of its domain the build itself checks them: the shared strict
 * build ({@link RealSite}) would fail otherwise.
 */
class SiteLinksTest {

    /** {@code check}: every check of a build, the link check included, without writing anything. */
    @Test
    void everyLinkAndAnchorOfTheRealSiteResolvesUnderABasePathAsOnGitHubPages() {
        TestSites.Run run = TestSites.run("check", "--strict", "--project", RealSite.root().toString(),
                "--base-url", "https://user.github.io/nso/");

        assertEquals("Checked: 0 errors, 0 warnings.\n", run.out());
        assertEquals(0, run.exitCode(), run.err());
    }
}
