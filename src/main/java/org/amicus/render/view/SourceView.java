package org.amicus.render.view;

/**
 * A source of sources.yaml. {@code date} is null when unknown; {@code docket} and {@code party} may be null;
 * {@code sourcesPageUrl} (its entry on the sources page) is null when the site has no sources page.
 */
public record SourceView(String key, String anchor, String kind, boolean isCourtDocument, String title,
                         String issuer, DateView date, String docket, String url, String language, String party,
                         String sourcesPageUrl) {
}
