package org.amicus.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Suggestions;
import org.amicus.util.FilePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Checks a built site the way a reader's browser meets it: every internal {@code href}, {@code src} and
 * {@code srcset} must lead to a file of the output folder, every {@code #fragment} to an element id of the
 * target page, and no page may give one id to two elements. Links with a scheme ({@code https:},
 * {@code mailto:}, {@code data:}…) and protocol-relative links ({@code //host/x}) leave the site and are not
 * checked.
 */
public final class LinkChecker {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "srcset");

    /** One HTML file of the output folder, parsed, with the ids a {@code #fragment} may name. */
    private record Page(String path, Document document, Set<String> anchors) {
    }

    private final Path reportFolder;
    private final String basePath;
    private final SortedSet<String> files;
    private final SortedMap<String, Page> pages = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private LinkChecker(Path outputFolder, String basePath, SortedSet<String> files) {
        Path name = outputFolder.toAbsolutePath().normalize().getFileName();
        this.reportFolder = name == null ? Path.of("") : name;
        this.basePath = basePath;
        this.files = files;
    }

    /**
     * Every broken link, missing fragment and duplicate id of the site in {@code outputFolder}, published at the
     * root of its domain, sorted by page and line. Each problem names the page relative to the output folder's
     * parent ({@code site/en/index.html}).
     */
    public static List<Problem> check(Path outputFolder) {
        return check(outputFolder, "/");
    }

    /**
     * The same for a site published under {@code basePath}, the path of its base URL ({@code /nso/} for
     * {@code https://user.github.io/nso/}): root-relative links must start with it.
     */
    public static List<Problem> check(Path outputFolder, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with /, like /nso/: " + basePath);
        }
        return new LinkChecker(outputFolder, basePath, filesIn(outputFolder)).run(file -> read(outputFolder, file));
    }

    /**
     * The same for a site not written yet: {@code files} maps output paths to their bytes, as a build renders
     * them in memory. Problems name pages as if the site were in {@code outputFolder}.
     */
    public static List<Problem> check(SortedMap<String, byte[]> files, Path outputFolder, String basePath) {
        return new LinkChecker(outputFolder, basePath, new TreeSet<>(files.keySet()))
                .run(file -> new String(files.get(file), StandardCharsets.UTF_8));
    }

    private List<Problem> run(Function<String, String> html) {
        for (String file : files) {
            if (file.endsWith(".html")) {
                pages.put(file, parse(file, html.apply(file)));
            }
        }
        pages.values().forEach(this::checkPage);
        problems.sort(Problem.ORDER);
        return List.copyOf(problems);
    }

    private void checkPage(Page page) {
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (Element element : page.document().select("[id]")) {
            String id = element.id();
            if (id.isEmpty()) {
                continue; // an empty id is invalid HTML, which the HTML checker reports
            }
            Integer first = firstLineOfId.putIfAbsent(id, lineOf(element, "id"));
            if (first != null) {
                report(page, lineOf(element, "id"), "id `" + id + "` is used more than once on this page "
                        + "(first on line " + first + ")", "ids must be unique within a page: rename one of them "
                        + "(a heading's id: `## Heading {#another-id}`)");
            }
        }
        for (String attribute : URL_ATTRIBUTES) {
            for (Element element : page.document().select("[" + attribute + "]")) {
                String value = element.attr(attribute);
                List<String> links = attribute.equals("srcset") ? srcsetUrls(value) : List.of(value.strip());
                for (String link : links) {
                    if (!SiteUrl.isExternal(link)) {
                        checkLink(page, element, attribute, link);
                    }
                }
            }
        }
    }

    private void checkLink(Page page, Element element, String attribute, String link) {
        int line = lineOf(element, attribute);
        String what = "<" + element.normalName() + " " + attribute + "> `" + link + "`: ";
        SiteUrl url;
        try {
            url = SiteUrl.resolve(link, page.path(), basePath);
        } catch (SiteUrl.UnresolvableException e) {
            report(page, line, what + e.getMessage(), e.hint());
            return;
        }
        String target = url.candidateFiles().stream().filter(files::contains).findFirst().orElse(null);
        if (target == null) {
            String missing = String.join(" or ", url.candidateFiles());
            String suggestion = Suggestions.didYouMean(basePath + url.path(),
                    files.stream().map(file -> basePath + SiteUrl.urlOf(file).substring(1)).toList());
            report(page, line, what + "the site has no " + missing, (suggestion.isEmpty() ? "" : suggestion + " ")
                    + "In Markdown, link to the page's .md file (or the file beside it) so the build checks it; "
                    + "in a template, use a URL from the model (`page.url`, `static(…)`)");
            return;
        }
        Page targetPage = pages.get(target);
        String fragment = url.fragment();
        // "#" and "#top" lead to the top of a page even without such an id; other files have no ids to check.
        if (fragment == null || fragment.isEmpty() || fragment.equalsIgnoreCase("top") || targetPage == null
                || targetPage.anchors().contains(fragment)) {
            return;
        }
        String where = targetPage == page ? "this page" : target;
        String suggestion = Suggestions.didYouMean(fragment, targetPage.anchors());
        report(page, line, what + where + " has no element with id `" + fragment + "`",
                (suggestion.isEmpty() ? "" : suggestion + " Or ") + "give the heading it should lead to that "
                        + "id: `## Heading {#" + fragment + "}`");
    }

    private void report(Page page, int line, String message, String hint) {
        problems.add(Problem.error(reportFolder.resolve(page.path()), line, message, hint));
    }

    /** The URLs of a {@code srcset}: candidates are separated by commas, each a URL then optional descriptors. */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        while (i < srcset.length()) {
            while (i < srcset.length() && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < srcset.length() && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            String trimmed = url.replaceAll(",+$", "");
            if (!trimmed.isEmpty()) {
                urls.add(trimmed);
            }
            if (trimmed.equals(url)) {
                while (i < srcset.length() && srcset.charAt(i) != ',') {
                    i++; // descriptors such as 2x or 640w
                }
            }
        }
        return urls;
    }

    /** The line of the attribute's value in the page, or of the element when the attribute's is unknown. */
    private static int lineOf(Element element, String attribute) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute);
        Range.Position start = range.valueRange().start();
        return start.isTracked() ? start.lineNumber() : element.sourceRange().start().lineNumber();
    }

    private static String read(Path outputFolder, String file) {
        try {
            return Files.readString(outputFolder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page parse(String file, String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<String> anchors = new TreeSet<>(document.select("[id]").eachAttr("id"));
        anchors.addAll(document.select("a[name]").eachAttr("name"));
        return new Page(file, document, anchors);
    }

    /** Every file of the folder, as {@code /}-separated paths relative to it. */
    private static SortedSet<String> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            SortedSet<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.add(FilePaths.slashed(folder.relativize(file))));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
