package org.amicus.render;

import org.amicus.search.SearchStage;
import org.jsoup.internal.StringUtil;

/**
 * Not a part of Amicus: what {@code ArchitectureTest} must reject. A class of render that uses search (a stage
 * that comes after it) and a class of jsoup's {@code internal} package.
 */
final class ArchitectureViolation {

    private ArchitectureViolation() {
    }

    static byte[] lunr() {
        return SearchStage.lunr();
    }

    static boolean blank(String text) {
        return StringUtil.isBlank(text);
    }
}
