import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Save-to-reload latency of {@code amicus serve}: starts the server on a project, listens to its live-reload
 * events as an open page does (naming the page it shows), then saves edits one at a time and times each from the moment the file is written
 * to the moment the page, fetched after the event that announced the new version, shows the edit.
 *
 * <pre>java src/bench/ReloadLatency.java AMICUS_JAR PROJECT PAGE_EDITS TEMPLATE_EDITS</pre>
 *
 * Edits the English page {@code content/en/the-case.md} (a word appended, then changed) and the template
 * {@code templates/page.ftlh} (an HTML comment appended, then changed), and puts both back as they were. Prints
 * one line per edit ({@code page 3 812} : kind, number, milliseconds) on standard output; a failed edit prints
 * {@code failed} instead of a number. The server's own output goes to {@code PROJECT/serve.log}.
 */
public final class ReloadLatency {

    private static final String PAGE = "content/en/the-case.md";
    private static final String PAGE_URL = "en/the-case/";
    private static final String TEMPLATE = "templates/page.ftlh";
    private static final Duration FIRST_BUILD = Duration.ofMinutes(10);
    private static final Duration EDIT_TIMEOUT = Duration.ofMinutes(2);
    /** A pause between saves, as an author makes: each save is rebuilt on its own. */
    private static final Duration BETWEEN_EDITS = Duration.ofMillis(400);
    private static final Pattern SITE = Pattern.compile("\"site\":\"([^\"]*)\"");
    private static final Pattern FAILURE = Pattern.compile("\"failure\":\"([^\"]*)\"");
    private static final Pattern SERVING = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/)");

    /** One state the server sent: the site version it serves, and a failed build's number (empty after success). */
    private record State(String site, String failure) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<State> states = new LinkedBlockingQueue<>();
    private final Path project;
    private String base;

    private ReloadLatency(Path project) {
        this.project = project;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !args[2].matches("\\d+") || !args[3].matches("\\d+")) {
            System.err.println("usage: java src/bench/ReloadLatency.java AMICUS_JAR PROJECT PAGE_EDITS TEMPLATE_EDITS");
            System.exit(2);
        }
        Path project = Path.of(args[1]).toAbsolutePath();
        for (String file : List.of(PAGE, TEMPLATE)) {
            if (!Files.isRegularFile(project.resolve(file))) {
                System.err.println("error: " + project.resolve(file) + " is missing: PROJECT must be a copy of the explainer");
                System.exit(2);
            }
        }
        Process server = new ProcessBuilder("java", "-jar", Path.of(args[0]).toAbsolutePath().toString(), "serve",
                "--port", "0", "--project", project.toString())
                .redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy)); // also when this program is interrupted
        try {
            ReloadLatency bench = new ReloadLatency(project);
            bench.base = bench.awaitServing(server);
            bench.listen();
            bench.edits("page", PAGE, Integer.parseInt(args[2]),
                    (original, n) -> original + "\n\nbenchedit" + n + "\n");
            bench.edits("template", TEMPLATE, Integer.parseInt(args[3]),
                    (original, n) -> original + "<!-- benchedit" + n + " -->\n");
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Waits for the first build and returns the address the server prints; copies its output to serve.log. */
    private String awaitServing(Process server) throws InterruptedException {
        BlockingQueue<String> address = new LinkedBlockingQueue<>();
        Thread copier = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8)); var log = Files.newBufferedWriter(project.resolve("serve.log"))) {
                for (String line; (line = out.readLine()) != null; ) {
                    log.write(line);
                    log.newLine();
                    log.flush();
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        address.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
            address.add(""); // ended before serving
        }, "serve-output");
        copier.setDaemon(true);
        copier.start();
        String url = address.poll(FIRST_BUILD.toSeconds(), TimeUnit.SECONDS);
        if (url == null || url.isEmpty()) {
            throw new IllegalStateException("amicus serve did not start; see " + project.resolve("serve.log"));
        }
        return url;
    }

    /** Listens to the live-reload events as an open page does, and queues each state. */
    private void listen() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "__amicus/events?page=/" + PAGE_URL)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response ->
                response.body().filter(line -> line.startsWith("data: ")).forEach(line -> {
                    Matcher site = SITE.matcher(line);
                    Matcher failure = FAILURE.matcher(line);
                    if (site.find() && failure.find()) {
                        states.add(new State(site.group(1), failure.group(1)));
                    }
                }));
        if (states.poll(30, TimeUnit.SECONDS) == null) {
            throw new IllegalStateException("no live-reload event from " + base + "__amicus/events");
        }
    }

    private interface Edit {
        String apply(String original, int number);
    }

    private void edits(String kind, String file, int count, Edit edit) throws Exception {
        Path path = project.resolve(file);
        String original = Files.readString(path, StandardCharsets.UTF_8);
        try {
            for (int n = 1; n <= count; n++) {
                Thread.sleep(BETWEEN_EDITS.toMillis());
                states.clear();
                Files.writeString(path, edit.apply(original, n), StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                boolean shown = awaitPageWith("benchedit" + n);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved);
                System.out.println(kind + "\t" + n + "\t" + (shown ? Long.toString(millis) : "failed"));
            }
        } finally {
            Files.writeString(path, original, StandardCharsets.UTF_8);
        }
    }

    /** After each new version the server announces, fetches the page, until it shows {@code marker}. */
    private boolean awaitPageWith(String marker) throws Exception {
        long deadline = System.nanoTime() + EDIT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            State state = states.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (state == null) {
                return false;
            }
            if (!state.failure().isEmpty()) {
                System.err.println("the build after an edit failed; see " + project.resolve("serve.log"));
                return false;
            }
            if (fetch(PAGE_URL).contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private String fetch(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
