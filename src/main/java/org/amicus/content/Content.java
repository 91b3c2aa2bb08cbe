package org.amicus.content;

import java.util.List;
import org.amicus.config.SiteConfig;

/** Everything read from {@code content/}: the site settings, the pages and the files beside them. */
public record Content(SiteConfig config, List<SourcePage> pages, List<Asset> assets) {
}
