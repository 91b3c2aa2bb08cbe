package org.amicus.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Responses as a development server sends them: never cached, never sniffed, HEAD without a body. */
public final class Http {

    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String CSS = "text/css; charset=utf-8";
    static final String JAVASCRIPT = "text/javascript; charset=utf-8";

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("css", CSS),
            Map.entry("js", JAVASCRIPT),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("atom", "application/atom+xml"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", TEXT),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private Http() {
    }

    /** The content type of a file name, by its extension; unknown ones are plain bytes. */
    public static String contentType(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        noStore(exchange);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 301, TEXT, new byte[0]);
    }

    /** Whether the request may be answered: GET or HEAD only; otherwise a 405 was sent. */
    static boolean readOnly(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(exchange, 405, "Only GET and HEAD are served.");
        return false;
    }

    static void noStore(HttpExchange exchange) {
        // The site changes under the browser at every save: never let it keep an old copy.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
