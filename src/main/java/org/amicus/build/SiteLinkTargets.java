package org.amicus.build;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amicus.content.Asset;
import org.amicus.markdown.filelink.LinkTargets;
import org.amicus.site.Site;

/**
 * The link targets of one language: its pages, and the files beside them. Pages are parsed and rendered in one
 * pass, so their ids are not known yet: links to them with a {@code #fragment} are checked after the pass.
 */
final class SiteLinkTargets implements LinkTargets {

    private final Site site;
    private final String lang;
    private final Set<String> files;

    SiteLinkTargets(Site site, String lang) {
        this.site = site;
        this.lang = lang;
        String prefix = lang + "/";
        this.files = site.assets().stream().map(Asset::outputPath).filter(p -> p.startsWith(prefix))
                .map(p -> p.substring(prefix.length())).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<Target> page(String sourcePath) {
        return site.find(lang, sourcePath).map(p -> new Target(site.config().link(p.url()), null));
    }

    @Override
    public boolean hasFile(String path) {
        return files.contains(path);
    }

    @Override
    public Collection<String> pagePaths() {
        return site.sourcePathsIn(lang);
    }

    @Override
    public String languageRoot() {
        return site.config().link("/" + lang + "/");
    }
}
