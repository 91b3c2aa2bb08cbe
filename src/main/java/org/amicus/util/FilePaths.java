package org.amicus.util;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Paths as messages, URLs and output maps write them. */
public final class FilePaths {

    private FilePaths() {
    }

    /**
     * A relative path, written in the file {@code from}, as a path from the same root: {@code ../figures/a.png}
     * written in {@code guides/first.md} is {@code figures/a.png}. Empty when it climbs above the root.
     */
    public static Optional<String> resolve(String from, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash >= 0) {
            parts.addAll(List.of(from.substring(0, slash).split("/")));
        }
        for (String part : relative.split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return Optional.empty();
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** The path with {@code /} between its names on every system, Windows included. */
    public static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
