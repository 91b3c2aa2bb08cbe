package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amicus.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How request paths map to files of the output folder, and that none leads outside it. */
class SiteFilesTest {

    @TempDir
    Path dir;

    private Path site;
    private SiteFiles files;

    @BeforeEach
    void site() {
        site = dir.resolve("site");
        TestSites.write(site.resolve("index.html"), "<p>landing</p>");
        TestSites.write(site.resolve("404.html"), "<p>not found</p>");
        TestSites.write(site.resolve("en/index.html"), "<p>home</p>");
        TestSites.write(site.resolve("en/the-case/index.html"), "<p>case</p>");
        TestSites.write(site.resolve("static/css/site.css"), "body {}");
        TestSites.write(dir.resolve("secret.txt"), "not for the browser");
        files = new SiteFiles(site, "/");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/,                       index.html,             /",
        "/en/,                    en/index.html,          /en/",
        "/en/the-case/,           en/the-case/index.html, /en/the-case/",
        "/en/the-case/index.html, en/the-case/index.html, /en/the-case/",
        "/static/css/site.css,    static/css/site.css,    /static/css/site.css",
        "/en/%74he-case/,         en/the-case/index.html, /en/the-case/",
    })
    void aPathFindsItsFileAndAFolderItsIndex(String path, String file, String url) {
        SiteFiles.Found found = assertInstanceOf(SiteFiles.Found.class, files.find(URI.create(path)));
        assertEquals(site.resolve(file), found.file());
        assertEquals(url, found.url());
    }

    @ParameterizedTest
    @CsvSource({"/en, /en/", "/en/the-case?x=1, /en/the-case/?x=1"})
    void aFolderWithoutItsSlashRedirects(String path, String location) {
        assertEquals(new SiteFiles.Redirect(location), files.find(URI.create(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/en/../../secret.txt",
        "/en/%2E%2E/%2e%2E/secret.txt", "/./index.html", "/en//index.html", "/%5c..%5csecret.txt", "/en/%00"})
    void traversalIsRefused(String path) {
        assertInstanceOf(SiteFiles.Refused.class, files.find(URI.create(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/en/nope/", "/static/css/", "/.hidden", "/en/.git/config"})
    void whatTheSiteDoesNotHaveIsMissing(String path) {
        assertInstanceOf(SiteFiles.Missing.class, files.find(URI.create(path)));
    }

    @Test
    void aSymbolicLinkLeavingTheFolderIsMissing() throws IOException {
        Files.createSymbolicLink(site.resolve("en/leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), dir);
        assertInstanceOf(SiteFiles.Missing.class, files.find(URI.create("/en/leak.txt")));
        assertInstanceOf(SiteFiles.Missing.class, files.find(URI.create("/outside/secret.txt")));
        assertInstanceOf(SiteFiles.Missing.class, files.find(URI.create("/outside/")));
    }

    @Test
    void aSitePublishedUnderAPathIsServedUnderIt() {
        SiteFiles under = new SiteFiles(site, "/nso/");
        assertEquals(new SiteFiles.Redirect("/nso/"), under.find(URI.create("/")));
        assertEquals(new SiteFiles.Redirect("/nso/"), under.find(URI.create("/nso")));
        assertEquals("/nso/en/", assertInstanceOf(SiteFiles.Found.class, under.find(URI.create("/nso/en/"))).url());
        assertInstanceOf(SiteFiles.Missing.class, under.find(URI.create("/en/")));
        assertEquals("/nso/404.html", under.notFoundPage().url());
    }
}
