package org.amicus.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.amicus.site.Page;
import org.amicus.site.Site;

/**
 * Where the author of a page wrote an address that its output holds: in raw HTML ({@code <img src="…">},
 * {@code <a href='…'>}) or as a Markdown link's address written as it is published ({@code (/en/figures/x.png)}).
 * An address the build makes (a link to a {@code .md} file, the templates') is not in the Markdown, and stays at the
 * output file. A translation that shows its source's text finds it in the source's file.
 */
public final class PageSources implements LinkChecker.Authors {

    /** What may stand before an address written in a page: a quote, {@code =}, {@code (} or {@code <}, a space. */
    private static final String BEFORE = "\"'=(< \t\n";
    /** What may stand after it: the closing quote or bracket, a space, a Markdown link's title. */
    private static final String AFTER = "\"')> \t\n";

    private final Map<String, Page> byOutput = new HashMap<>();

    public PageSources(Site site) {
        site.pages().forEach(page -> byOutput.put(page.outputPath(), page));
    }

    @Override
    public Optional<LinkChecker.Written> find(String outputPage, String url) {
        Page page = byOutput.get(outputPage);
        if (page == null || url.isEmpty()) {
            return Optional.empty();
        }
        // In HTML an author writes & as &amp;, which the output's reader has decoded.
        return lineOf(page.body(), url).or(() -> lineOf(page.body(), url.replace("&", "&amp;")))
                .map(line -> new LinkChecker.Written(page.file(), page.bodyFirstLine() + line));
    }

    /** The 0-based line of the first place {@code text} holds {@code url} as a whole address. */
    static Optional<Integer> lineOf(String text, String url) {
        for (int at = text.indexOf(url); at >= 0; at = text.indexOf(url, at + 1)) {
            int end = at + url.length();
            if ((at == 0 || BEFORE.indexOf(text.charAt(at - 1)) >= 0)
                    && (end == text.length() || AFTER.indexOf(text.charAt(end)) >= 0)) {
                return Optional.of(lines(text, at));
            }
        }
        return Optional.empty();
    }

    private static int lines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
