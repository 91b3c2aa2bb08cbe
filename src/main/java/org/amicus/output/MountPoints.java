package org.amicus.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linux's list of mount points ({@code /proc/self/mountinfo}), which names bind mounts too: a folder bound
 * from elsewhere on the same disk has the same file store as its parent, yet cannot be renamed either.
 */
final class MountPoints {

    private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");
    /** Spaces, tabs, newlines and backslashes in a mount point are written as octal escapes ({@code \040}). */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([0-7]{3})");

    private MountPoints() {
    }

    /** Whether a file system is mounted at this real path; false where the system keeps no such list. */
    static boolean isListed(Path realPath) throws IOException {
        if (!Files.isReadable(MOUNTINFO)) {
            return false;
        }
        String wanted = realPath.toString();
        for (String line : Files.readAllLines(MOUNTINFO, StandardCharsets.UTF_8)) {
            String[] fields = line.split(" ");
            if (fields.length > 4 && unescape(fields[4]).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String field) {
        Matcher escape = ESCAPE.matcher(field);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(text, Matcher.quoteReplacement(
                    Character.toString((char) Integer.parseInt(escape.group(1), 8))));
        }
        return escape.appendTail(text).toString();
    }
}
