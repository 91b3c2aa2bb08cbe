package org.amicus.publish;

/**
 * The HTTP headers we recommend hosts send with the site, written as a {@code _headers} file that Netlify and
 * Cloudflare Pages read (other hosts: copy them into their configuration; the README lists them). The site
 * has no inline script or style and makes no third-party request, so its Content-Security-Policy can allow
 * only itself.
 */
public final class SecurityHeaders {

    /** Only the site itself; search fetches its index from the same origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The {@code _headers} file. */
    public static String file() {
        return """
                /*
                  Content-Security-Policy: %s
                  Referrer-Policy: strict-origin-when-cross-origin
                  X-Content-Type-Options: nosniff
                  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
                  Strict-Transport-Security: max-age=31536000

                # Stylesheets and scripts carry a hash of their content in their name: cache them for a year.
                /static/css/*
                  Cache-Control: public, max-age=31536000, immutable
                /static/js/*
                  Cache-Control: public, max-age=31536000, immutable
                """.formatted(CONTENT_SECURITY_POLICY);
    }
}
