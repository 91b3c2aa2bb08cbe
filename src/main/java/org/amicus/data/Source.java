package org.amicus.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document the explainer relies on, from {@code content/data/sources.yaml}.
 *
 * @param issuer   the court (for orders, opinions, filings) or the publisher
 * @param date     the document's date, as precise as it is known; null when the record gives none
 * @param docket   docket or ECF number, or a reporter citation; may be empty
 * @param language the language the document itself is written in
 * @param party    {@code plaintiffs} or {@code defendants} when the source speaks for a party, {@code amicus}
 *                 when it speaks for a friend of the court's counsel; else empty
 * @param undated  true when the source has no date on purpose (a statute's page); a source with neither a
 *                 date nor this mark is one whose date is still to be found
 */
public record Source(String key, Kind kind, String title, String issuer, PartialDate date, String docket,
                     String url, String language, String party, boolean undated) {

    /** Kinds in the order a Sources list shows them: court documents and statutes first, then the rest. */
    public enum Kind {
        ORDER, OPINION, FILING, STATUTE, REPORT, ARTICLE;

        public static List<String> names() {
            return Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        }

        public boolean isCourtDocument() {
            return this == ORDER || this == OPINION || this == FILING;
        }
    }
}
