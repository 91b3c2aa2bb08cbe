package org.amicus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.amicus.diagnostic.Problem;
import org.jsoup.nodes.Entities;

/**
 * The panel that shows a failed build's errors on top of every page: each error's file:line, what is wrong and
 * how to fix it, all escaped. It is plain HTML (a {@code <details>} the reader can fold) with its own
 * stylesheet, so it works with live reload off; the reload script swaps it in and out of open pages.
 */
final class ErrorOverlay implements HttpHandler {

    static final String ID = "amicus-errors";
    static final String STYLESHEET_PATH = "/__amicus/overlay.css";

    private static final String CSS = """
            #amicus-errors { position: fixed; inset: auto 0 0 0; z-index: 2147483647; max-height: 60vh;
              overflow: auto; margin: 0; padding: 0.75rem 1rem 1rem; box-sizing: border-box;
              background: #fff5f5; color: #1a1a1a; border-top: 4px solid #b3001b;
              box-shadow: 0 -0.25rem 1.5rem rgb(0 0 0 / 25%); font: 15px/1.45 system-ui, sans-serif; }
            #amicus-errors summary { cursor: pointer; font-weight: 700; color: #8a0015; }
            #amicus-errors ol { margin: 0.5rem 0 0; padding-left: 1.5rem; }
            #amicus-errors li { margin: 0.5rem 0; }
            #amicus-errors code { font: 14px/1.4 ui-monospace, monospace; background: #ffe3e6; padding: 0 0.2em; }
            #amicus-errors .amicus-fix { display: block; color: #333; }
            #amicus-errors .amicus-note { margin: 0.5rem 0 0; color: #444; }
            @media (prefers-color-scheme: dark) {
              #amicus-errors { background: #2a1215; color: #f3f3f3; }
              #amicus-errors summary { color: #ff9aa8; }
              #amicus-errors code { background: #4a1c22; }
              #amicus-errors .amicus-fix, #amicus-errors .amicus-note { color: #ddd; }
            }
            """;

    private ErrorOverlay() {
    }

    static ErrorOverlay stylesheet() {
        return new ErrorOverlay();
    }

    /**
     * The panel for a failed build, or an empty text when there are no errors.
     *
     * @param failure which failure this is, so the reload script replaces a panel only when it changed
     */
    static String html(List<Problem> errors, String failure) {
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder()
                .append("<details open id=\"").append(ID).append("\" role=\"alert\" data-failure=\"")
                .append(escape(failure)).append("\">")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET_PATH).append("\">")
                .append("<summary>Amicus: the build failed with ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors").append("</summary><ol>");
        for (Problem error : errors) {
            html.append("<li><code>").append(escape(error.location())).append("</code> ")
                    .append(escape(error.message()));
            if (!error.hint().isEmpty()) {
                html.append("<span class=\"amicus-fix\">fix: ").append(escape(error.hint())).append("</span>");
            }
            html.append("</li>");
        }
        return html.append("</ol><p class=\"amicus-note\">This page is from the last build that succeeded. ")
                .append("Fix the errors and save: the page reloads.</p></details>").toString();
    }

    /** Text made safe for HTML content and quoted attribute values, by jsoup. */
    static String escape(String text) {
        return Entities.escape(text);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (Http.readOnly(exchange)) {
                Http.send(exchange, 200, Http.CSS, CSS.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
