package org.amicus.publish;

import org.amicus.site.ContentSecurityPolicy;

/**
 * The HTTP headers we recommend hosts send with the site, written as a {@code _headers} file that Netlify and
 * Cloudflare Pages read (other hosts: copy them into their configuration; the README lists them), with the site's
 * {@link ContentSecurityPolicy}, which pages also carry in a {@code <meta>} tag.
 */
public final class SecurityHeaders {

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
                """.formatted(ContentSecurityPolicy.header());
    }
}
