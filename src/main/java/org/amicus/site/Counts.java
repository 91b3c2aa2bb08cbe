package org.amicus.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amicus.config.Language;

/** The counts of a build's summary, per language in the order of site.yaml. */
public final class Counts {

    private Counts() {
    }

    /** Pages per language, fallback stand-ins included. */
    public static Map<String, Integer> pages(Site site) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            counts.put(language.key(), site.pagesIn(language.key()).size());
        }
        return counts;
    }

    /** Translations per language in a given state (stale, untracked…). */
    public static Map<String, Integer> translations(Site site, TranslationStatus translations,
                                                    TranslationStatus.State state) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            counts.put(language.key(), (int) translations.all().entrySet().stream()
                    .filter(e -> e.getKey().lang().equals(language.key()))
                    .filter(e -> e.getValue().state() == state).count());
        }
        return counts;
    }

    /** Per language, the pages of other languages that have no version in it. */
    public static Map<String, Integer> missingTranslations(Site site) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            counts.put(language.key(), 0);
        }
        List<Page> real = new ArrayList<>(site.pages().stream().filter(p -> !p.isFallback()).toList());
        Set<String> countedKeys = new TreeSet<>();
        for (Page page : real) {
            if (!countedKeys.add(page.pairKey())) {
                continue;
            }
            for (Language missing : site.translations(page).missingLanguages()) {
                counts.merge(missing.key(), 1, Integer::sum);
            }
        }
        // With the fallback policy, a stand-in page is still a missing translation.
        for (Page page : site.pages()) {
            if (page.isFallback()) {
                counts.merge(page.lang(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
