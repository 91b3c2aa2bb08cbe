package org.amicus.content;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Problems;
import org.amicus.yaml.AuthorFiles;

/**
 * Splits a page into its YAML front matter and its Markdown body, keeping line numbers so that errors in
 * either point at the author's line (Eleventy #3076 is what happens otherwise).
 */
public final class FrontMatterSplitter {

    /** An opening fence, the front matter (possibly empty), a closing fence, then the body. */
    private static final Pattern SPLIT = Pattern.compile("\\A---[ \\t]*\\n(.*?)^---[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(?:\\n|\\z)");

    /**
     * @param yaml          the front matter text, without fences
     * @param yamlFirstLine the file line on which the YAML text starts (always 2)
     * @param body          the Markdown after the closing fence
     * @param bodyFirstLine the file line on which the body starts
     */
    public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    private FrontMatterSplitter() {
    }

    public static Optional<Split> split(Path file, String text, Problems problems) {
        String normalized = AuthorFiles.normalize(text);
        Matcher matcher = SPLIT.matcher(normalized);
        if (matcher.find()) {
            String yaml = matcher.group(1);
            String body = normalized.substring(matcher.end());
            int bodyFirstLine = 1 + countLines(normalized.substring(0, matcher.end()));
            return Optional.of(new Split(yaml, 2, body, bodyFirstLine));
        }
        if (OPENING.matcher(normalized).find()) {
            problems.error(file, 1, "the front matter opened with `---` on line 1 is never closed",
                    "add a line with only `---` after the last front matter line");
        } else {
            problems.error(file, 1, "no front matter found",
                    "start the file with a line `---`, then `title: …` and `description: …`, then a line `---`");
        }
        return Optional.empty();
    }

    private static int countLines(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        // A fence at the very end of the file without a newline still ends a line.
        return text.endsWith("\n") ? lines : lines + 1;
    }
}
