package org.amicus.site;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The site's Content-Security-Policy, defined once: the {@code _headers} file sends it as an HTTP header, and every
 * page carries it in a {@code <meta http-equiv>} tag, so that it holds on hosts that ignore {@code _headers}, such as
 * GitHub Pages. Only the site itself: pages have no inline script or style (Markdown cannot add any: see the content
 * policy), make no request to another site, and search fetches its index from the same origin.
 */
public final class ContentSecurityPolicy {

    /** A directive browsers ignore in a {@code <meta>} tag: it only works as an HTTP header. */
    private static final String HEADER_ONLY = "frame-ancestors";

    private static final List<String> DIRECTIVES = List.of("default-src 'self'", "script-src 'self'",
            "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
            "base-uri 'self'", "form-action 'self'", HEADER_ONLY + " 'none'");

    private ContentSecurityPolicy() {
    }

    /** The policy as the HTTP header sends it. */
    public static String header() {
        return String.join("; ", DIRECTIVES);
    }

    /** The policy as a {@code <meta http-equiv>} tag holds it: without frame-ancestors, which only a header can set. */
    public static String meta() {
        return DIRECTIVES.stream().filter(d -> !d.startsWith(HEADER_ONLY + " ")).collect(Collectors.joining("; "));
    }
}
