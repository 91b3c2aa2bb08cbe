package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicus.BuildOptions;
import org.amicus.BuildResult;
import org.amicus.TestSites;
import org.amicus.diagnostic.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code amicus serve} end to end on the bilingual fixture, over loopback: what is served, what is refused,
 * and what happens to open pages when a page is edited, broken and fixed. Every wait is bounded.
 */
class DevServerTest {

    private static final long WAIT_SECONDS = 10;
    private static final String NOT_FOUND_TEMPLATE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>This page does not exist</h1></body></html>
            """;

    private Path project;
    private DevServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> told = new CopyOnWriteArrayList<>();

    /** The bilingual fixture in {@code dir/project}, with a 404 page and a file of each type a server names. */
    private void writeProject(Path dir) {
        project = TestSites.project(dir.resolve("project"), "bilingual");
        TestSites.write(project.resolve("templates/404.ftlh"), NOT_FOUND_TEMPLATE);
        for (String extension : List.of("css", "js", "json", "xml", "svg", "png", "jpg", "webp", "txt")) {
            TestSites.write(project.resolve("content/en/files/sample." + extension), "sample");
        }
    }

    private DevServer start(BuildOptions options, boolean liveReload) throws IOException {
        return DevServer.start(options, 0, liveReload, new DevServer.Listener() {
            @Override
            public void rebuilding(Set<Path> changed) {
                told.add("rebuilding " + changed);
            }

            @Override
            public void built(BuildResult result, Set<String> changedFiles) {
                told.add("built");
            }

            @Override
            public void failed(List<Problem> problems) {
                told.add("failed " + problems);
            }
        });
    }

    /** What is served and what is refused: one server for all these tests, as none of them edits the site. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Serving {

        private Path dir;

        @BeforeAll
        void serve(@TempDir Path dir) throws IOException {
            this.dir = dir;
            writeProject(dir);
            server = start(BuildOptions.defaults(project), true);
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void servesOn127001WithTheLocalBaseUrl() throws Exception {
            assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
            assertTrue(server.healthy());
            assertEquals(List.of("built"), told);
            assertTrue(get("/en/the-case/").body().contains(
                    "<link rel=\"canonical\" href=\"http://127.0.0.1:" + server.port() + "/en/the-case/\">"));
        }

        @Test
        void aFolderServesItsIndexAndWithoutItsSlashRedirects() throws Exception {
            HttpResponse<String> home = get("/en/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<h1>Home</h1>"), home.body());
            HttpResponse<String> redirect = get("/en");
            assertEquals(301, redirect.statusCode());
            assertEquals("/en/", redirect.headers().firstValue("Location").orElseThrow());
            assertEquals(200, get("/").statusCode());
        }

        @ParameterizedTest
        @CsvSource({
            "/en/,                      text/html; charset=utf-8",
            "/en/files/sample.css,      text/css; charset=utf-8",
            "/en/files/sample.js,       text/javascript; charset=utf-8",
            "/en/files/sample.json,     application/json",
            "/en/files/sample.xml,      application/xml",
            "/sitemap.xml,              application/xml",
            "/en/files/sample.svg,      image/svg+xml",
            "/en/figures/chart.png,     image/png",
            "/en/files/sample.jpg,      image/jpeg",
            "/en/files/sample.webp,     image/webp",
            "/en/files/sample.txt,      text/plain; charset=utf-8",
            "/robots.txt,               text/plain; charset=utf-8",
            "/__amicus/reload.js,       text/javascript; charset=utf-8",
        })
        void filesHaveTheirContentType(String path, String type) throws Exception {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode());
            assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        }

        @Test
        void aMissingFileGetsTheSite404PageWithStatus404() throws Exception {
            HttpResponse<String> response = get("/en/no-such-page/");
            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("<h1>This page does not exist</h1>"), response.body());
            assertTrue(response.body().contains("data-page=\"/en/no-such-page/ /404.html\""), response.body());
        }

        @ParameterizedTest
        @ValueSource(strings = {"/../pom.xml", "/%2e%2e/", "/..%2f", "/..%2fsecret.txt", "/%2e%2e/secret.txt",
            "/en/../../secret.txt", "/%2e%2e%2f%2e%2e%2fsecret.txt", "/..\\secret.txt", "/.%2e/secret.txt"})
        void pathsLeavingTheSiteAreRefused(String path) throws Exception {
            TestSites.write(dir.resolve("secret.txt"), "TOP SECRET");
            TestSites.write(project.resolve("secret.txt"), "TOP SECRET");
            TestSites.write(project.resolve("pom.xml"), "<project>TOP SECRET</project>");
            // A raw request: an HTTP client could tidy the path before sending it.
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400 ") || response.startsWith("HTTP/1.1 404 "), response);
            assertFalse(response.contains("TOP SECRET"), response);
        }

        @Test
        void aSymbolicLinkOutOfTheSiteIsNotFollowed() throws Exception {
            TestSites.write(dir.resolve("secret.txt"), "TOP SECRET");
            Files.createSymbolicLink(project.resolve("site/en/leak.txt"), dir.resolve("secret.txt"));
            HttpResponse<String> response = get("/en/leak.txt");
            assertEquals(404, response.statusCode());
            assertFalse(response.body().contains("TOP SECRET"));
        }

        @Test
        void requestsForAnotherHostAreRefused() throws Exception {
            String response = raw("GET /en/ HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 403 "), response);
            assertTrue(raw("GET /en/ HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n")
                    .startsWith("HTTP/1.1 200 "));
        }

        @Test
        void servedPagesGetTheReloadScriptButTheFilesOnDiskDoNot() throws Exception {
            String served = get("/en/the-case/").body();
            assertTrue(served.matches("(?s).*<script src=\"/__amicus/reload.js\" data-site=\"[a-z0-9]+\\.1\" "
                    + "data-page=\"/en/the-case/\" defer></script></body>\\s*</html>\\s*"), served);
            for (Path page : List.of(Path.of("site/en/the-case/index.html"), Path.of("site/404.html"),
                    Path.of("site/index.html"))) {
                assertFalse(TestSites.read(project.resolve(page)).contains("__amicus"), page.toString());
            }
            assertFalse(get("/en/files/sample.txt").body().contains("__amicus"));
        }

        @Test
        void theCommandRefusesABadPort() {
            TestSites.Run run = TestSites.run("serve", "--project", project.toString(), "--port", "70000");
            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains("--port 70000 is not a port"), run.err());
        }
    }

    /** Edits, failures, restarts and the command: a project and a server of their own for each test. */
    @Nested
    class Editing {

        @TempDir
        Path dir;

        @BeforeEach
        void writeProject() {
            DevServerTest.this.writeProject(dir);
        }

        @AfterEach
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        @Test
        void withoutLiveReloadNoScriptIsAddedAndNoEventsAreServed() throws Exception {
            server = start(BuildOptions.defaults(project), false);
            assertFalse(get("/en/").body().contains("__amicus"));
            assertEquals(404, get("/__amicus/events").statusCode());
        }

        @Test
        void editingAPageSendsAnEventNamingWhatChangedAndServesTheNewText(TestReporter reporter) throws Exception {
            server = start(BuildOptions.defaults(project), true);
            EventStream events = EventStream.open(client, server.url() + "__amicus/events");
            events.next(state -> state.contains("\"overlay\":\"\""), WAIT_SECONDS); // the state on connecting

            long saved = System.nanoTime();
            Path page = project.resolve("content/en/the-case.md");
            Files.writeString(page, TestSites.read(page).replace("The judge ruled.", "The judge ruled again."));
            String state = events.next(s -> s.contains("\"changed\""), WAIT_SECONDS);
            String body = get("/en/the-case/").body();
            reporter.publishEntry("edit → event → new page", (System.nanoTime() - saved) / 1_000_000 + " ms");

            assertTrue(body.contains("The judge ruled again."), body);
            assertTrue(state.contains("\"/en/the-case/\""), state);
            assertFalse(state.contains("\"/en/guides/first/\""), "a page the edit did not touch stays: " + state);
            assertTrue(told.contains("rebuilding [content/en/the-case.md]"), told.toString());
        }

        @Test
        void theSavedPageIsShownBeforeTheRestOfTheSiteIsMade() throws Exception {
            server = start(BuildOptions.defaults(project), true);
            EventStream events = EventStream.open(client, server.url() + "__amicus/events");
            events.next(state -> true, WAIT_SECONDS);
            Path page = project.resolve("content/en/the-case.md");
            Files.writeString(page, TestSites.read(page).replace("title: The case", "title: The lawsuit"));

            String first = events.next(s -> s.contains("\"changed\""), WAIT_SECONDS);
            assertTrue(first.contains("\"changed\":[\"/en/the-case/\"]"), first);
            String rest = events.next(s -> s.contains("\"changed\""), WAIT_SECONDS);
            assertTrue(rest.contains("\"previous\":\"" + site(first) + "\""), "the rest follows: " + rest);
            assertTrue(rest.contains("\"/en/\""), "the home lists the page by its title: " + rest);
            assertFalse(rest.contains("\"/en/the-case/\""), rest);
            assertTrue(get("/en/").body().contains("The lawsuit"));
        }

        @Test
        void aPageOpenInABrowserIsShownFirstAfterATemplateEdit() throws Exception {
            server = start(BuildOptions.defaults(project), true);
            EventStream events = EventStream.open(client,
                    server.url() + "__amicus/events?page=%2Fen%2Fguides%2Ffirst%2F"); // as reload.js names it
            events.next(state -> true, WAIT_SECONDS);
            Path template = project.resolve("templates/page.ftlh");
            Files.writeString(template, TestSites.read(template).replace("<article>", "<article class=\"edited\">"));

            String first = events.next(s -> s.contains("\"changed\""), WAIT_SECONDS);
            assertTrue(first.contains("\"changed\":[\"/en/guides/first/\"]"), first);
            String rest = events.next(s -> s.contains("\"changed\""), WAIT_SECONDS);
            assertTrue(rest.contains("\"/en/the-case/\""), rest);
            assertTrue(get("/en/guides/first/").body().contains("<article class=\"edited\">"));
        }

        @Test
        void aBrokenPageShowsItsErrorsOnEveryPageUntilItIsFixed() throws Exception {
            server = start(BuildOptions.defaults(project), true);
            EventStream events = EventStream.open(client, server.url() + "__amicus/events");
            events.next(state -> true, WAIT_SECONDS);
            Path page = project.resolve("content/en/the-case.md");
            String good = TestSites.read(page);

            Files.writeString(page, good.replace("weight: 10\n", "weight: 10\n<b>draft</b>: yes\ndescription: [\n"));
            String failed = events.next(s -> s.contains("amicus-errors"), WAIT_SECONDS);
            assertTrue(failed.contains("content/en/the-case.md:"), failed);
            assertFalse(server.healthy());

            HttpResponse<String> stale = get("/en/the-case/");
            assertEquals(200, stale.statusCode());
            assertTrue(stale.body().contains("The judge ruled."), "the last good page is still served");
            String overlay = stale.body().substring(stale.body().indexOf("<details open id=\"amicus-errors\""));
            assertTrue(overlay.matches("(?s).*<code>content/en/the-case\\.md:\\d+</code> .*"), overlay);
            assertFalse(overlay.contains("<b>"), "errors are escaped: " + overlay);
            assertTrue(get("/fr/").body().contains("id=\"amicus-errors\""), "every page shows the errors");
            assertTrue(told.stream().anyMatch(t -> t.startsWith("failed [error: content/en/the-case.md:")),
                    told.toString());

            Files.writeString(page, good);
            events.next(s -> s.contains("\"overlay\":\"\""), WAIT_SECONDS);
            assertTrue(server.healthy());
            assertFalse(get("/en/the-case/").body().contains("amicus-errors"));
        }

        @Test
        void aSiteUnderAPathIsServedUnderIt() throws Exception {
            server = start(new BuildOptions(project, project.resolve("site"), false, "https://example.org/nso/", false),
                    true);
            assertEquals("http://127.0.0.1:" + server.port() + "/nso/", server.url());
            assertEquals("/nso/", get("/").headers().firstValue("Location").orElseThrow());
            HttpResponse<String> home = get("/nso/en/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("href=\"https://example.org/nso/en/\""), home.body());
        }

        @Test
        void stoppingEndsOpenEventStreamsAndFreesThePort() throws Exception {
            server = start(BuildOptions.defaults(project), true);
            EventStream events = EventStream.open(client, server.url() + "__amicus/events");
            events.next(state -> true, WAIT_SECONDS);
            int port = server.port();
            server.close();
            assertTrue(events.ends(WAIT_SECONDS));
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        }

        @Test
        void theCommandServesAPreviewOutsideSiteAndStopsWhenInterrupted() throws Exception {
            assertEquals(0, TestSites.build(project).exitCode()); // the site/ that gets published
            Path site = project.resolve("site/index.html");
            String before = TestSites.read(site);
            Path preview = project.resolve("target/amicus-serve/index.html");
            AtomicReference<TestSites.Run> run = new AtomicReference<>();
            Thread command = new Thread(() -> run.set(TestSites.run("serve", "--project", project.toString(),
                    "--port", "0")));
            command.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!Files.exists(preview) && System.nanoTime() < deadline) {
                Thread.sleep(20); // until the command has built the preview for its own port
            }
            Thread.sleep(500); // the address is printed right after the first build
            command.interrupt();
            command.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertEquals(0, run.get().exitCode(), run.get().err());
            assertTrue(run.get().out().matches("(?s)Built target/amicus-serve: en 3 pages, .*\n"
                    + "Serving http://127\\.0\\.0\\.1:\\d+/ — watching content/ and templates/ \\(Ctrl\\+C to stop\\)\n"),
                    run.get().out());
            assertEquals(before, TestSites.read(site), "site/, which gets published, keeps its real URLs");
        }
    }

    /** The site version a state names. */
    private static String site(String state) {
        Matcher site = Pattern.compile("\"site\":\"([^\"]*)\"").matcher(state);
        assertTrue(site.find(), state);
        return site.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(WAIT_SECONDS)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) Duration.ofSeconds(WAIT_SECONDS).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
