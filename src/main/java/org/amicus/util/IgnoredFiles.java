package org.amicus.util;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Files an author's tools leave beside their work, which a build neither reads nor publishes and a preview
 * does not rebuild for: hidden files ({@code .DS_Store}, Vim's {@code .page.md.swp}), backups ({@code page.md~}),
 * Emacs's autosaves ({@code #page.md#}) and lock files ({@code .#page.md}), Windows's {@code Thumbs.db} and
 * {@code desktop.ini}.
 */
public final class IgnoredFiles {

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

    private IgnoredFiles() {
    }

    /** Whether a file or folder name is one of those, by its name alone. */
    public static boolean isIgnored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#")
                || name.endsWith(".swp") || SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether any name along a relative path is ignored: a file in a hidden folder is too. */
    public static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (isIgnored(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
