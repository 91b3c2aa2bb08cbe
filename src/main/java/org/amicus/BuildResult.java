package org.amicus;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.amicus.diagnostic.Problem;

/**
 * What a successful build did, for the summary.
 *
 * @param pagesPerLanguage    language key → pages written (fallback pages included)
 * @param missingTranslations language key → pages of other languages that have no version in it
 * @param staleTranslations   language key → translations whose source changed after they were translated
 * @param untrackedTranslations language key → translations that record no source version
 * @param warnings            problems that did not stop the build
 */
public record BuildResult(Map<String, Integer> pagesPerLanguage, Map<String, Integer> missingTranslations,
                          Map<String, Integer> staleTranslations, Map<String, Integer> untrackedTranslations,
                          int filesWritten, List<Problem> warnings, Duration time) {
}
