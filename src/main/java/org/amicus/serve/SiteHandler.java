package org.amicus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Serves the output folder like a static host, with one difference: HTML responses get the development
 * markup (the error panel, the reload script) before {@code </body>}. The files on disk are never changed.
 */
final class SiteHandler implements HttpHandler {

    /** The markup to add to a page, given the URLs that identify it in change events. */
    interface PageExtras {
        String forPage(List<String> pageUrls);
    }

    private final SiteFiles files;
    private final PageExtras extras;

    SiteHandler(SiteFiles files, PageExtras extras) {
        this.files = files;
        this.extras = extras;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!Http.readOnly(exchange)) {
                return;
            }
            SiteFiles.Lookup lookup = files.find(exchange.getRequestURI());
            if (lookup instanceof SiteFiles.Found found) {
                try {
                    sendFile(exchange, 200, found, List.of(found.url()));
                } catch (NoSuchFileException e) {
                    notFound(exchange); // a build swapped the folder between finding the file and reading it
                }
            } else if (lookup instanceof SiteFiles.Redirect redirect) {
                Http.redirect(exchange, redirect.location());
            } else if (lookup instanceof SiteFiles.Refused) {
                Http.sendText(exchange, 400, "Bad request: this path cannot name a file of the site.");
            } else {
                notFound(exchange);
            }
        }
    }

    /** The site's 404 page with status 404; a plain one when the site has none (or no site was built yet). */
    private void notFound(HttpExchange exchange) throws IOException {
        // The page asked for is named too, so it reloads when a build creates it.
        String asked = exchange.getRequestURI().getRawPath();
        SiteFiles.Found page = files.notFoundPage();
        if (page != null) {
            sendFile(exchange, 404, page, List.of(asked, page.url()));
            return;
        }
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                + "</head><body><h1>Not found</h1><p>The site has no file at <code>"
                + ErrorOverlay.escape(asked) + "</code>.</p></body></html>\n";
        Http.send(exchange, 404, Http.HTML, decorate(html, List.of(asked)).getBytes(StandardCharsets.UTF_8));
    }

    private void sendFile(HttpExchange exchange, int status, SiteFiles.Found found, List<String> urls)
            throws IOException {
        String type = Http.contentType(found.file().getFileName().toString());
        byte[] body = Files.readAllBytes(found.file());
        if (type.equals(Http.HTML)) {
            body = decorate(new String(body, StandardCharsets.UTF_8), urls).getBytes(StandardCharsets.UTF_8);
        }
        Http.send(exchange, status, type, body);
    }

    private String decorate(String html, List<String> urls) {
        return inject(html, extras.forPage(urls));
    }

    /** Puts markup just before the page's last {@code </body>}, or at its end when it has none. */
    static String inject(String html, String markup) {
        if (markup.isEmpty()) {
            return html;
        }
        for (int end = html.length() - "</body".length(); end >= 0; end--) {
            if (html.regionMatches(true, end, "</body", 0, "</body".length())) {
                return html.substring(0, end) + markup + html.substring(end);
            }
        }
        return html + markup;
    }
}
