package org.amicus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.amicus.RealSite;
import org.amicus.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front matter's {@code image:} is a file beside the page or a full https address: what social cards show
 * (the real templates' {@code og:image}), and each other way of writing it reported at its line, in both languages.
 */
class PageImagesTest {

    @TempDir
    static Path dir;
    static Path good;
    static TestSites.Run built;
    static TestSites.Run checked;

    @BeforeAll
    static void buildAndCheck() {
        good = project("good");
        TestSites.write(good.resolve("content/en/the-case.md"), TestSites.read(good.resolve("content/en/the-case.md"))
                .replace("weight: 10\n", "weight: 10\nimage: figures/chart.png\n"));
        page(good, "en/guides/first.md", "../figures/chart.png");
        page(good, "en/elsewhere.md", "https://cdn.example.org/cards/elsewhere.png");
        built = TestSites.build(good);

        Path bad = project("bad");
        page(bad, "en/tracker.md", "javascript:alert(1)");
        page(bad, "en/plain.md", "http://cdn.example.org/card.png");
        page(bad, "en/climbing.md", "../../../../etc/passwd");
        page(bad, "en/missing.md", "figures/chart.jpg");
        page(bad, "en/guides/missing.md", "figures/chart.png");
        page(bad, "en/rooted.md", "/en/figures/chart.png");
        page(bad, "fr/manquante.md", "figures/chart.png");
        checked = TestSites.run("check", "--project", bad.toString());
    }

    private static Path project(String name) {
        Path project = TestSites.project(dir.resolve(name), "bilingual");
        TestSites.copyTree(RealSite.root().resolve("templates"), project.resolve("templates"));
        return project;
    }

    /** A page whose front matter's line 4 is {@code image: <image>}. */
    private static void page(Path project, String path, String image) {
        TestSites.write(project.resolve("content/" + path), "---\ntitle: A page\ndescription: One.\nimage: \""
                + image + "\"\n---\nText.\n");
    }

    private static String ogImage(String page) {
        return TestSites.html(good.resolve("site/" + page + "/index.html")).selectFirst("meta[property=og:image]")
                .attr("content");
    }

    private static void assertReported(String problem) {
        assertTrue(checked.out().contains(problem + "\n"), "expected «" + problem + "» in:\n" + checked.out());
    }

    @Test
    void aFileBesideThePageIsTheCardsImage() {
        assertEquals(0, built.exitCode(), built.err());
        assertEquals("https://example.org/en/figures/chart.png", ogImage("en/the-case"));
    }

    @Test
    void aTranslationThatInheritsTheImageShowsItsSourcePagesFile() {
        assertEquals("https://example.org/en/figures/chart.png", ogImage("fr/l-affaire"));
    }

    @Test
    void aPathIsRelativeToThePagesFolder() {
        assertEquals("https://example.org/en/figures/chart.png", ogImage("en/guides/first"));
    }

    @Test
    void aFullHttpsAddressIsTheImageAsWritten() {
        assertEquals("https://cdn.example.org/cards/elsewhere.png", ogImage("en/elsewhere"));
    }

    @Test
    void anotherSchemeIsAnError() {
        assertEquals(1, checked.exitCode());
        assertReported("error: content/en/tracker.md:4: `image: javascript:alert(1)` is neither a file beside the "
                + "page nor an https address\n  fix: write the file's path relative to the page, like "
                + "`image: figures/card.png`, or a full `https://` address");
    }

    @Test
    void plainHttpIsAnError() {
        assertReported("error: content/en/plain.md:4: `image: http://cdn.example.org/card.png` is neither a file "
                + "beside the page nor an https address");
    }

    @Test
    void aPathOutOfTheLanguageFolderIsAnError() {
        assertReported("error: content/en/climbing.md:4: `image: ../../../../etc/passwd` leads out of the folder "
                + "content/en/");
    }

    @Test
    void aMissingFileIsAnErrorWithADidYouMean() {
        assertReported("error: content/en/missing.md:4: `image: figures/chart.jpg`: there is no file "
                + "content/en/figures/chart.jpg\n  fix: did you mean `image: figures/chart.png`? put the image beside "
                + "the page, or fix the path");
    }

    @Test
    void theDidYouMeanOfAPageInAFolderIsRelativeToIt() {
        assertReported("error: content/en/guides/missing.md:4: `image: figures/chart.png`: there is no file "
                + "content/en/guides/figures/chart.png\n  fix: did you mean `image: ../figures/chart.png`? put the image "
                + "beside the page, or fix the path");
    }

    @Test
    void aRootRelativePathIsAnError() {
        assertReported("error: content/en/rooted.md:4: `image: /en/figures/chart.png` is not relative to the page");
    }

    @Test
    void aFrenchPageNamesAFileOfTheFrenchFolder() {
        assertReported("error: content/fr/manquante.md:4: `image: figures/chart.png`: there is no file "
                + "content/fr/figures/chart.png");
    }
}
