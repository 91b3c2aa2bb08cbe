package org.amicus.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 the way a static host does: {@code index.html} for a folder URL,
 * a redirect from {@code /en} to {@code /en/}, the site's {@code 404.html} with status 404 for a missing file
 * (as GitHub Pages does). Every 404 is recorded, so a test can require that a page asked for nothing that does
 * not exist. Every response carries the headers the site asks of every host in its {@code _headers} file (the {@code /*} block, as Netlify reads it), or else
 * a strict Content-Security-Policy: an inline script or a request to another host shows up as a console error.
 */
final class SiteServer implements AutoCloseable {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'";

    private final Path root;
    private final HttpServer server;
    private final List<String> notFound = new ArrayList<>();
    private final Map<String, String> headers;

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.headers = headersForEveryPath(this.root.resolve("_headers"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
    }

    static SiteServer serve(Path root) {
        try {
            SiteServer site = new SiteServer(root);
            site.server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of a root-relative path such as {@code /en/the-case/}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String origin() {
        return url("");
    }

    /** The paths answered with 404 since the last call, and forgets them. */
    synchronized List<String> takeNotFound() {
        List<String> taken = List.copyOf(notFound);
        notFound.clear();
        return taken;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                synchronized (this) {
                    notFound.add(path);
                }
                // As GitHub Pages does: the site's own 404.html, with status 404.
                Path notFoundPage = root.resolve("404.html");
                if (Files.isRegularFile(notFoundPage)) {
                    send(exchange, 404, contentType(notFoundPage), Files.readAllBytes(notFoundPage));
                } else {
                    send(exchange, 404, "text/plain; charset=utf-8",
                            ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            send(exchange, 200, contentType(file), Files.readAllBytes(file));
        }
    }

    /** The headers of the {@code /*} block of a {@code _headers} file; a strict CSP when there is none. */
    private static Map<String, String> headersForEveryPath(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        Map<String, String> found = new LinkedHashMap<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                inBlock = line.strip().equals("/*");
            } else if (inBlock && line.contains(":")) {
                found.put(line.substring(0, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return found;
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The same content types as `amicus serve`. */
    private static String contentType(Path file) {
        return org.amicus.serve.Http.contentType(file.getFileName().toString());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
