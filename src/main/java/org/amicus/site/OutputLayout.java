package org.amicus.site;

/**
 * Where a build puts what it writes besides pages and the files of templates/static/: one place for every such
 * path, so the stage that writes a file and the templates that link to it agree without importing each other.
 * Paths are relative to the output folder, with {@code /}; a page's path is {@link Page#outputPath()}.
 */
public final class OutputLayout {

    /** The bilingual landing page at {@code /}. */
    public static final String LANDING = "index.html";
    /** The page hosts serve for an address that has no file. */
    public static final String NOT_FOUND = "404.html";
    /** The sitemap index, listing each language's sitemap. */
    public static final String SITEMAP_INDEX = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** The HTTP headers hosts such as Netlify and Cloudflare Pages read. */
    public static final String HEADERS = "_headers";
    /** The folder of the files of templates/static/, which hosts may cache for a year (see _headers). */
    public static final String STATIC = "static/";
    /** lunr for the reader's browser, under a name that changes with its version. */
    public static final String LUNR = "static/js/vendor/lunr-2.3.9.min.js";

    private OutputLayout() {
    }

    /** A language's sitemap: {@code en/sitemap.xml}. */
    public static String sitemap(String lang) {
        return lang + "/sitemap.xml";
    }

    /** A language's Atom feed: {@code en/feed.xml}. */
    public static String feed(String lang) {
        return lang + "/feed.xml";
    }

    /**
     * The pages of a language as search reads them: {@code en/search-documents.json}. Not under static/, whose
     * files hosts may cache for a year: it changes with every page.
     */
    public static String searchDocuments(String lang) {
        return lang + "/search-documents.json";
    }
}
