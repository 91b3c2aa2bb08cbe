package org.amicus.util;

import java.nio.file.Path;

/** Paths as messages, URLs and output maps write them. */
public final class FilePaths {

    private FilePaths() {
    }

    /** The path with {@code /} between its names on every system, Windows included. */
    public static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
