package org.amicus.util;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Files an author's tools leave beside their work, which a build neither reads nor publishes and a preview
 * does not rebuild for: hidden files ({@code .DS_Store}, Vim's {@code .page.md.swp}), backups ({@code page.md~},
 * {@code page.md.bak}, a merge tool's {@code page.md.orig}), Emacs's autosaves ({@code #page.md#}) and lock files
 * ({@code .#page.md}), Office's lock files ({@code ~$notes.docx}), Windows's {@code Thumbs.db} and
 * {@code desktop.ini}. A backup beside the pages would otherwise be published, the words of a page before an edit.
 */
public final class IgnoredFiles {

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");
    private static final List<String> BACKUP_ENDINGS = List.of("~", ".swp", ".swo", ".bak", ".orig");

    private IgnoredFiles() {
    }

    /** Whether a file or folder name is one of those, by its name alone. */
    public static boolean isIgnored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || name.startsWith("#") && name.endsWith("#")
                || BACKUP_ENDINGS.stream().anyMatch(lower::endsWith) || SYSTEM_FILES.contains(lower);
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
