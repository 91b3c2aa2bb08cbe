package org.amicus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.amicus.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Sitemaps, feeds, robots.txt and redirects of the bilingual fixture, read as XML and by a feed library. */
class PublishTest {

    @TempDir
    static Path dir;
    static Path site;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        Path project = TestSites.project(dir, "bilingual");
        TestSites.write(project.resolve("content/en/the-case.md"), TestSites.read(project.resolve("content/en/the-case.md"))
                .replace("weight: 10\n", "weight: 10\nupdated: 2025-10-17\naliases: [/en/case/, /old-case.html]\n"));
        run = TestSites.build(project);
        site = project.resolve("site");
    }

    static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(path).toFile());
    }

    static void validate(String path, String schema) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(TestSites.resource("schemas/" + schema).toFile())
                .newValidator().validate(new StreamSource(site.resolve(path).toFile()));
    }

    @Test
    void sitemapsAreValidAgainstTheSitemapsOrgSchema() throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        validate("sitemap.xml", "siteindex.xsd");
        validate("en/sitemap.xml", "sitemap.xsd");
        validate("fr/sitemap.xml", "sitemap.xsd");
    }

    @Test
    void sitemapIndexListsOneSitemapPerLanguage() throws Exception {
        assertEquals(List.of("https://example.org/en/sitemap.xml", "https://example.org/fr/sitemap.xml"),
                texts(xml("sitemap.xml").getElementsByTagNameNS(Sitemaps.NAMESPACE, "loc")));
    }

    @Test
    void everyUrlListsItsTranslationsAndXDefault() throws Exception {
        Element url = urlElement(xml("fr/sitemap.xml"), "https://example.org/fr/l-affaire/");
        List<String> links = new ArrayList<>();
        NodeList alternates = url.getElementsByTagNameNS(Sitemaps.XHTML, "link");
        for (int i = 0; i < alternates.getLength(); i++) {
            Element link = (Element) alternates.item(i);
            links.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
        }
        assertEquals(List.of("en-US https://example.org/en/the-case/", "fr-FR https://example.org/fr/l-affaire/",
                "x-default https://example.org/en/the-case/"), links);
        assertEquals("2025-10-17", url.getElementsByTagNameNS(Sitemaps.NAMESPACE, "lastmod").item(0).getTextContent(),
                "the French page inherits `updated` from its source");
    }

    @Test
    void pageWithoutTranslationHasNoAlternates() throws Exception {
        Element url = urlElement(xml("en/sitemap.xml"), "https://example.org/en/guides/first/");
        assertEquals(0, url.getElementsByTagNameNS(Sitemaps.XHTML, "link").getLength());
    }

    @Test
    void robotsTxtPointsAtTheSitemapIndex() {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n",
                TestSites.read(site.resolve("robots.txt")));
    }

    @Test
    void headersFileGivesHostsAStrictContentSecurityPolicy() {
        String headers = TestSites.read(site.resolve("_headers"));
        assertTrue(headers.startsWith("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';"),
                headers);
        assertTrue(headers.contains("/static/css/*\n  Cache-Control: public, max-age=31536000, immutable"), headers);
    }

    @Test
    void feedsAreReadByAFeedReaderWithLanguageIdsDatesAndSummaries() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new File(site.resolve("fr/feed.xml").toString())));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("fr-FR", xml("fr/feed.xml").getDocumentElement()
                .getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertEquals("https://example.org/fr/", feed.getUri());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("https://example.org/fr/l-affaire/"), entries.stream().map(SyndEntry::getUri).toList());
        SyndEntry entry = entries.get(0);
        assertEquals("L’affaire", entry.getTitle());
        assertEquals("Qui poursuit qui.", entry.getDescription().getValue());
        assertEquals("2025-10-17T00:00:00Z", entry.getUpdatedDate().toInstant().toString());
        assertEquals("2024-12-20T00:00:00Z", entry.getPublishedDate().toInstant().toString());
        assertEquals("2025-10-17T00:00:00Z", feed.getPublishedDate().toInstant().toString());
    }

    @Test
    void aliasesBecomeRedirectPagesWithCanonicalAndAVisibleLink() {
        for (String path : List.of("en/case/index.html", "old-case.html")) {
            var page = TestSites.html(site.resolve(path));
            assertEquals("0; url=/en/the-case/", page.selectFirst("meta[http-equiv=refresh]").attr("content"));
            assertEquals("https://example.org/en/the-case/", page.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("/en/the-case/", page.selectFirst("body a").attr("href"));
        }
    }

    @Test
    void aliasThatIsAPageAddressIsAnError(@TempDir Path other) {
        TestSites.Run failed = buildWithAlias(TestSites.project(other, "bilingual"), "/en/the-case/");
        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("error: content/en/guides/first.md:4: alias `/en/the-case/` is the address "
                + "of an existing page"), failed.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/robots.txt,           /robots.txt",
        "/_headers,             /_headers",
        "/en/feed.xml,          /en/feed.xml",
        "/sitemap.xml/,         /sitemap.xml",
        "/en/figures/chart.png, /en/figures/chart.png",
    })
    void aliasThatIsTheAddressOfAFileOfTheSiteIsAnErrorAtItsLine(String alias, String file, @TempDir Path other) {
        TestSites.Run failed = buildWithAlias(TestSites.project(other, "bilingual"), alias);
        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("error: content/en/guides/first.md:4: alias `" + alias + "` is the address "
                + "of the file " + file + " of the site\n  fix: remove it: a redirect cannot replace a file\n"),
                failed.err());
    }

    @Test
    void aliasThatIsTheAddressOfTheSearchDocumentsIsAnErrorAtItsLine(@TempDir Path other) {
        Path project = TestSites.project(other, "bilingual");
        TestSites.write(project.resolve("templates/search.ftlh"), TestSites.read(project.resolve("templates/page.ftlh")));
        TestSites.write(project.resolve("content/en/search.md"),
                "---\ntitle: Search\ndescription: Search.\nlayout: search\n---\nSearch.\n");
        TestSites.Run failed = buildWithAlias(project, "/en/search-documents.json");
        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("error: content/en/guides/first.md:4: alias `/en/search-documents.json` is "
                + "the address of the file /en/search-documents.json of the site\n  fix: remove it: a redirect "
                + "cannot replace a file\n"), failed.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/static/css/", "/static/css/site.css", "/static/old.html"})
    void aliasInTheFolderOfTheTemplatesFilesIsAnErrorAtItsLine(String alias, @TempDir Path other) {
        TestSites.Run failed = buildWithAlias(TestSites.project(other, "bilingual"), alias);
        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("error: content/en/guides/first.md:4: alias `" + alias + "` is in /static/, "
                + "where the files of templates/static/ go\n  fix: remove it, or give an address outside /static/\n"),
                failed.err());
    }

    @Test
    void aliasThatClimbsOutIsAnError(@TempDir Path other) {
        TestSites.Run failed = buildWithAlias(TestSites.project(other, "bilingual"), "../../etc/x");
        assertTrue(failed.err().contains("error: content/en/guides/first.md:4: alias `../../etc/x` is not a "
                + "root-relative path"), failed.err());
    }

    /** Builds the project with a guide whose {@code aliases:}, at line 4, holds this one. */
    private static TestSites.Run buildWithAlias(Path project, String alias) {
        TestSites.write(project.resolve("content/en/guides/first.md"),
                "---\ntitle: Guide\ndescription: Guide.\naliases: [" + alias + "]\n---\nBody.\n");
        return TestSites.build(project);
    }

    private static Element urlElement(Document document, String loc) {
        NodeList urls = document.getElementsByTagNameNS(Sitemaps.NAMESPACE, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (url.getElementsByTagNameNS(Sitemaps.NAMESPACE, "loc").item(0).getTextContent().equals(loc)) {
                return url;
            }
        }
        throw new AssertionError("no <url> for " + loc);
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
