package org.amicus.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;

/**
 * A page of another site can make the browser ask this server for pages under a name that resolves to
 * 127.0.0.1 (DNS rebinding); answering only requests addressed to 127.0.0.1 or localhost prevents that.
 */
final class LocalHostsOnly extends Filter {
    private final int port;

    LocalHostsOnly(int port) {
        this.port = port;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && isLocal(host)) {
            chain.doFilter(exchange);
        } else {
            try (exchange) {
                Http.sendText(exchange, 403, "This server answers requests to 127.0.0.1:" + port + " only.");
            }
        }
    }

    private boolean isLocal(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(":" + port)) {
            name = name.substring(0, name.length() - (":" + port).length());
        } else if (port != 80) {
            return false;
        }
        return name.equals("127.0.0.1") || name.equals("localhost");
    }

    @Override
    public String description() {
        return "requests addressed to 127.0.0.1 or localhost only";
    }
}
