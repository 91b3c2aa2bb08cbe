package org.amicus.serve;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.amicus.Amicus;
import org.amicus.BuildOptions;
import org.amicus.BuildResult;
import org.amicus.build.Memos;
import org.amicus.build.Pipeline;
import org.amicus.config.SiteConfigLoader;
import org.amicus.diagnostic.BuildFailedException;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problem;
import org.amicus.util.Json;
import org.amicus.output.OutputWriter;
import org.amicus.output.SiteUpdate;
import org.amicus.output.UnsafeOutputException;

/**
 * {@code amicus serve} without the command line: builds the site, serves the output folder on 127.0.0.1,
 * watches {@code content/} and {@code templates/}, rebuilds after each change and tells open pages, which
 * reload when the change touched them. The pages of the saved files and the pages open in a browser are
 * rendered, written and shown first, the rest of the site after them. A failed rebuild leaves the last good
 * site served (but for pages it had shown first, which failed on a later stage), with its errors shown on every
 * page until a build succeeds again.
 */
public final class DevServer implements AutoCloseable {

    /** What the server reports as it works, for the terminal. Called from one thread at a time. */
    public interface Listener {
        /** @param changed project-relative paths of the files that changed */
        default void rebuilding(Set<Path> changed) {
        }

        /** @param changedFiles output paths written, changed or removed by this build */
        default void built(BuildResult result, Set<String> changedFiles) {
        }

        /** @param problems every error and warning of the failed build */
        default void failed(List<Problem> problems) {
        }

        /** A build stopped on a bug of ours, already reported through {@link #failed}; for {@code --debug}. */
        default void crashed(RuntimeException e) {
        }
    }

    /**
     * How long the folders must be still before a burst of saves is rebuilt once: an editor's save (a temporary
     * file renamed over the page, or the page truncated then written) is over well within it.
     */
    private static final Duration QUIET = Duration.ofMillis(5);
    /** How long stopping waits for a build under way. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private static final int CONNECTION_BACKLOG = 256;

    /** What pages are told: the site version they show and, after a failed build, its errors. */
    private record Status(String site, String failure, List<Problem> errors) {
    }

    private final BuildOptions options;
    private final Listener listener;
    private final HttpServer http;
    private final ExecutorService requests;
    private final SiteFiles files;
    private final LiveReload liveReload;
    private final String serverId = Long.toString(System.currentTimeMillis(), 36);
    /** Held while a build runs: one build at a time, and stopping waits for the one under way. */
    private final ReentrantLock building = new ReentrantLock();
    private volatile boolean stopped;
    private SourceWatcher watcher;
    private volatile Status status;
    private int version;
    private int attempts;
    /** What builds reuse of the ones before: each page's Markdown and HTML while its input is the same. */
    private final Memos memos = new Memos();
    private final SiteUpdate served;
    /** Whether a build of this server is in the output folder, which then changes file by file. */
    private boolean replaced;

    private DevServer(BuildOptions options, HttpServer http, boolean reload, Listener listener) {
        this.http = http;
        this.listener = listener;
        String baseUrl = options.baseUrl() != null
                ? SiteConfigLoader.normalizeBaseUrl(options.baseUrl()).orElseThrow(
                        () -> new IllegalArgumentException("--base-url must be an absolute http(s) URL"))
                : "http://127.0.0.1:" + port() + "/";
        this.options = new BuildOptions(options.project(), options.out(), options.drafts(), baseUrl,
                options.strict());
        this.files = new SiteFiles(options.out(), URI.create(baseUrl).getPath());
        this.served = new SiteUpdate(options.out());
        this.status = new Status(siteVersion(), "", List.of());
        this.liveReload = reload ? new LiveReload(state(null, Set.of())) : null;
        AtomicInteger threads = new AtomicInteger();
        this.requests = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "amicus-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Binds 127.0.0.1:{@code port}, builds the site, and serves it; from then on rebuilds on every change.
     * Returns once the first build is done, whether it succeeded or not (then its errors are shown).
     *
     * @param options    as for a build; without a base URL, the site is built for http://127.0.0.1:port/
     * @param port       0 for any free port
     * @param liveReload whether open pages reload after a rebuild
     * @throws java.net.BindException when the port is taken
     * @throws UnsafeOutputException  when the output folder is not one a build may replace
     * @throws FileFailure            when the first build cannot be written
     */
    public static DevServer start(BuildOptions options, int port, boolean liveReload, Listener listener)
            throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1}); // never 0.0.0.0
        // Room for a page's dozens of parallel requests, and more, before connections wait (the default is 50).
        HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), CONNECTION_BACKLOG);
        DevServer server = new DevServer(options, http, liveReload, listener);
        try {
            server.serve();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void serve() throws IOException {
        Path project = options.project();
        // Watching starts before the first build, so a save made during it is rebuilt right after.
        watcher = new SourceWatcher(project, List.of(project.resolve("content"), project.resolve("templates")),
                QUIET, this::rebuild);
        context("/", new SiteHandler(files, this::pageExtras));
        context(ErrorOverlay.STYLESHEET_PATH, ErrorOverlay.stylesheet());
        if (liveReload != null) {
            context(LiveReload.SCRIPT_PATH, liveReload);
            context(LiveReload.EVENTS_PATH, liveReload);
        }
        http.setExecutor(requests);
        http.start();
        OutputWriter.open(options.out(), project).close(); // refuses a folder that is not a site, before building
        build(Set.of(), true);
        watcher.start();
    }

    /** The address to open: {@code http://127.0.0.1:1313/} (with the base URL's path, if it has one). */
    public String url() {
        return "http://127.0.0.1:" + port() + files.mount();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Whether the last build succeeded. */
    public boolean healthy() {
        return status.errors().isEmpty();
    }

    /** How many pages listen for reloads now. */
    int connectedPages() {
        return liveReload == null ? 0 : liveReload.connectedPages();
    }

    /**
     * Stops the watcher, closes the open event streams, and stops serving. A build under way is let finish
     * first (for a while), so that stopping never leaves the output folder half swapped.
     */
    @Override
    public void close() {
        stopped = true;
        if (watcher != null) {
            watcher.close();
        }
        boolean locked = false;
        try {
            locked = building.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (liveReload != null) {
                liveReload.close();
            }
            http.stop(0);
            requests.shutdownNow();
        } finally {
            if (locked) {
                building.unlock();
            }
        }
    }

    private void context(String path, HttpHandler handler) {
        http.createContext(path, handler).getFilters().add(new LocalHostsOnly(port()));
    }

    private void rebuild(Set<Path> changed) {
        build(changed, false);
    }

    private void build(Set<Path> changed, boolean first) {
        building.lock();
        try {
            if (stopped) {
                return;
            }
            if (!first) {
                listener.rebuilding(changed);
            }
            attempts++;
            try {
                Set<String> shownFirst = new TreeSet<>();
                Amicus.Made site = Amicus.make(options, memos, firstPages(changed, shownFirst));
                Set<String> changedFiles = write(site.files());
                String previous = siteVersion();
                version++;
                status = new Status(siteVersion(), "", List.of());
                publish(state(previous, changedFiles));
                changedFiles.addAll(shownFirst);
                listener.built(site.result(), changedFiles);
            } catch (BuildFailedException failure) {
                failed(failure.problems());
            } catch (UnsafeOutputException | FileFailure e) {
                if (first) {
                    throw e; // nothing to serve: the command says why and stops
                }
                failed(List.of(Problem.error(null, 0, e.getMessage(), hint(e))));
            } catch (RuntimeException e) {
                // Not the author's mistake, but the server keeps going: the next save may build again.
                failed(List.of(Problem.error(null, 0, "internal error: " + e,
                        "this is a bug in Amicus: run serve again with --debug and report what it prints")));
                listener.crashed(e);
            }
        } finally {
            building.unlock();
        }
    }

    /**
     * The pages a rebuild shows before it makes the rest of the site: those of the files saved, and those open in
     * a browser (a template or data change touches every page, and these are the ones the author looks at). They
     * are written, and open pages told, as soon as they are rendered; the rest follows. None the first time, when
     * the site goes in whole.
     *
     * @param shown receives the output paths written early
     */
    private Pipeline.FirstPages firstPages(Set<Path> changed, Set<String> shown) {
        if (!replaced) {
            return Pipeline.FirstPages.NONE;
        }
        Set<String> open = liveReload == null ? Set.of() : liveReload.openPages();
        return new Pipeline.FirstPages(page -> changed.contains(page.file())
                || open.contains(files.url(page.outputPath())), pages -> {
                    Set<String> written = served.updateSome(pages);
                    if (!written.isEmpty()) {
                        shown.addAll(written);
                        String previous = siteVersion();
                        version++;
                        status = new Status(siteVersion(), status.failure(), status.errors()); // the panel stays
                        publish(state(previous, written));
                    }
                });
    }

    /**
     * Puts the site in the output folder: whole the first time, with every check of a build's output (a
     * previous site is served until then), and from then on only the files that changed.
     *
     * @return the output paths written, changed or removed
     */
    private Set<String> write(SortedMap<String, byte[]> site) {
        if (replaced) {
            return served.update(site);
        }
        SortedMap<String, String> before = Fingerprints.of(options.out());
        served.replace(options.project(), site);
        replaced = true;
        return Fingerprints.changed(before, Fingerprints.of(options.out()));
    }

    /** How to fix a failure to write the served folder, as the build command would print it. */
    private static String hint(RuntimeException e) {
        return e instanceof FileFailure failure ? failure.hint() : ((UnsafeOutputException) e).hint();
    }

    /** @param problems the failed build's errors, and its warnings */
    private void failed(List<Problem> problems) {
        status = new Status(siteVersion(), Integer.toString(attempts),
                problems.stream().filter(Problem::isError).toList());
        publish(state(null, null));
        listener.failed(problems);
    }

    private void publish(String state) {
        if (liveReload != null) {
            liveReload.publish(state);
        }
    }

    private String siteVersion() {
        return serverId + "." + version;
    }

    /** The markup every served page gets: the error panel when the last build failed, the reload script. */
    private String pageExtras(List<String> pageUrls) {
        Status now = status;
        String markup = ErrorOverlay.html(now.errors(), now.failure());
        return liveReload == null ? markup : markup + LiveReload.scriptTag(now.site(), String.join(" ", pageUrls));
    }

    /**
     * The state pages are sent, as JSON: {@code site} (the version now served), {@code failure} and
     * {@code overlay} (the error panel, empty after a success), and after a build {@code previous} and
     * {@code changed} (the URLs of what that build changed), so a page the build did not touch stays.
     */
    private String state(String previous, Set<String> changedFiles) {
        Status now = status;
        boolean built = previous != null && changedFiles != null;
        return Json.write(Json.object("site", now.site(), "failure", now.failure(),
                "overlay", ErrorOverlay.html(now.errors(), now.failure()),
                "previous", built ? previous : null,
                "changed", built ? changedFiles.stream().map(files::url).toList() : null));
    }
}
