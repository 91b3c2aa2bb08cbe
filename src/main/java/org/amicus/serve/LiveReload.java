package org.amicus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Live reload over Server-Sent Events. Every served page loads {@code /__amicus/reload.js}, which listens to
 * {@code /__amicus/events}. Each event is the server's state as JSON: the site version, what changed since the
 * version before, and the error panel (empty when the last build succeeded). A page reloads when its version
 * is old and the change touched it or a file it loaded; otherwise it only swaps the error panel. The events
 * request names the page ({@code ?page=/en/the-case/}), so that the server knows which pages are open.
 */
final class LiveReload implements HttpHandler, AutoCloseable {

    static final String SCRIPT_PATH = "/__amicus/reload.js";
    static final String EVENTS_PATH = "/__amicus/events";

    /** A comment line now and then, so a closed browser tab is noticed and proxies keep the stream open. */
    private static final long HEARTBEAT_SECONDS = 15;
    private static final String CLOSE = "";

    private static final String SCRIPT = """
            // Amicus live reload: added to pages by `amicus serve` only, never written to site/.
            (function () {
              'use strict';
              var script = document.currentScript;
              var site = script.getAttribute('data-site');
              var page = script.getAttribute('data-page').split(' '); // a 404 page: the URL asked and 404.html
              var key = 'amicus-scroll ' + location.pathname;
              var saved = sessionStorage.getItem(key);
              if (saved) {
                sessionStorage.removeItem(key);
                var xy = saved.split(' ').map(Number);
                var restore = function () { window.scrollTo(xy[0], xy[1]); };
                restore();
                window.addEventListener('load', restore);
              }
              function reload() {
                sessionStorage.setItem(key, window.scrollX + ' ' + window.scrollY);
                location.reload();
              }
              // The page itself and every file it loaded from this server: styles, scripts, images, data.
              function used() {
                var paths = page.slice();
                performance.getEntriesByType('resource').forEach(function (entry) {
                  var url = new URL(entry.name, location.href);
                  if (url.origin === location.origin) { paths.push(url.pathname); }
                });
                return paths;
              }
              function touches(state) {
                if (!state.changed || state.previous !== site) { return true; } // versions skipped: be safe
                var paths = used();
                return state.changed.some(function (path) { return paths.indexOf(path) >= 0; });
              }
              function showErrors(html, failure) {
                var old = document.getElementById('amicus-errors');
                if ((old ? old.getAttribute('data-failure') : '') === failure) { return; }
                if (old) { old.remove(); }
                if (html) { document.body.insertAdjacentHTML('beforeend', html); }
              }
              var events = new EventSource('/__amicus/events?page=' + encodeURIComponent(page[0]));
              events.addEventListener('state', function (event) {
                var state = JSON.parse(event.data);
                if (state.site !== site) {
                  if (touches(state)) { events.close(); reload(); return; }
                  site = state.site;
                }
                showErrors(state.overlay, state.failure);
              });
            })();
            """;

    /** Each open page's queue of events to send, and the URL of the page. */
    private final Map<BlockingQueue<String>, String> clients = new ConcurrentHashMap<>();
    private volatile String state;
    private volatile boolean closed;

    LiveReload(String initialState) {
        this.state = initialState;
    }

    /**
     * The markup that makes a page listen: the script, told which site version and page it shows.
     *
     * @param pageUrls the URLs that name the page in change events, separated by spaces
     */
    static String scriptTag(String siteVersion, String pageUrls) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-site=\"" + ErrorOverlay.escape(siteVersion)
                + "\" data-page=\"" + ErrorOverlay.escape(pageUrls) + "\" defer></script>";
    }

    /** Sends the new state to every open page, and to pages that connect later. */
    void publish(String json) {
        state = json;
        clients.keySet().forEach(queue -> queue.offer(json));
    }

    int connectedPages() {
        return clients.size();
    }

    /** The URLs of the pages open now, as their events requests name them ({@code /en/the-case/}). */
    Set<String> openPages() {
        return Set.copyOf(clients.values());
    }

    /** The page an events request names, or the empty string when it names none. */
    static String pageOf(URI request) {
        String query = request.getRawQuery();
        if (query == null) {
            return "";
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("page=")) {
                return URLDecoder.decode(parameter.substring("page=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!Http.readOnly(exchange)) {
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case SCRIPT_PATH -> Http.send(exchange, 200, Http.JAVASCRIPT,
                        SCRIPT.getBytes(StandardCharsets.UTF_8));
                case EVENTS_PATH -> stream(exchange);
                default -> Http.sendText(exchange, 404, "Not found.");
            }
        }
    }

    /** Holds the request open and writes each state as an event, until the page goes or the server stops. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        Http.noStore(exchange);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.add(state);
        clients.put(queue, pageOf(exchange.getRequestURI()));
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                String next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(next)) {
                    break;
                }
                // State JSON never holds a raw line break, so one data line carries it.
                out.write((next == null ? ": still here\n\n" : "event: state\ndata: " + next + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or reloaded: nothing to do
        } finally {
            clients.remove(queue);
        }
    }

    @Override
    public void close() {
        closed = true;
        clients.keySet().forEach(queue -> queue.offer(CLOSE));
    }
}
