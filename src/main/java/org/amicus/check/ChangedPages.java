package org.amicus.check;

import java.nio.file.Path;
import org.amicus.data.Change;
import org.amicus.diagnostic.Problems;
import org.amicus.diagnostic.Suggestions;
import org.amicus.site.Site;

/** Every page that {@code content/data/changes.yaml} says a change touched exists in the default language. */
public final class ChangedPages {

    private static final Path FILE = Path.of("content", "data", "changes.yaml");

    private ChangedPages() {
    }

    public static void check(Iterable<Change> changes, Site site, Problems problems) {
        String lang = site.config().defaultLanguage();
        for (Change change : changes) {
            for (String path : change.pages()) {
                if (site.find(lang, path).filter(p -> !p.isFallback()).isEmpty()) {
                    String suggestion = Suggestions.didYouMean(path, site.sourcePathsIn(lang));
                    problems.error(FILE, change.pagesLine(), "the change of " + change.date() + " names the page `"
                            + path + "`, but there is no content/" + lang + "/" + path,
                            suggestion.isEmpty() ? "name a file under content/" + lang + "/, such as `_index.md`"
                                    : suggestion);
                }
            }
        }
    }
}
