package org.amicus.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Suggestions;
import org.amicus.util.FilePaths;
import org.amicus.util.HtmlTags;

/**
 * Checks a built site the way a reader's browser meets it: every internal {@code href}, {@code src} and
 * {@code srcset} must lead to a file of the output folder, every {@code #fragment} to an element id of the
 * target page, and no page may give one id to two elements. Links with a scheme ({@code https:},
 * {@code mailto:}, {@code data:}…) and protocol-relative links ({@code //host/x}) leave the site and are not
 * checked.
 */
public final class LinkChecker {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "srcset");

    private final Path reportFolder;
    private final String basePath;
    private final Set<String> files;
    private final Map<String, PageLinks> pages = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private LinkChecker(Path outputFolder, String basePath, Set<String> files) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with /, like /nso/: " + basePath);
        }
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
        SortedSet<String> files = filesIn(outputFolder);
        LinkChecker checker = new LinkChecker(outputFolder, basePath, files);
        files.stream().filter(LinkChecker::isHtml).forEach(file -> checker.add(read(file, read(outputFolder, file))));
        return checker.run();
    }

    /**
     * The same for a site whose pages were read as they were made: {@code pages} are its HTML files, {@code files}
     * every file it has. Problems name pages as if the site were in {@code outputFolder}.
     */
    public static List<Problem> check(Collection<PageLinks> pages, Set<String> files, Path outputFolder,
                                      String basePath) {
        LinkChecker checker = new LinkChecker(outputFolder, basePath, files);
        pages.forEach(checker::add);
        return checker.run();
    }

    /** Whether the check reads this file of the site: its HTML files. */
    public static boolean isHtml(String file) {
        return file.endsWith(".html");
    }

    /**
     * What the check needs of the HTML file at {@code path} of the site: its ids and links, with their lines. Read
     * with {@link HtmlTags}, tag by tag, since a build reads every page it writes.
     */
    public static PageLinks read(String path, String html) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        List<PageLinks.DuplicateId> duplicates = new ArrayList<>();
        List<PageLinks.Link> links = new ArrayList<>();
        HtmlTags.scan(html, tag -> {
            if (tag.isEnd()) {
                return;
            }
            for (HtmlTags.Attribute attribute : tag.attributes()) {
                String name = attribute.name();
                String value = attribute.value();
                if (name.equals("id") && !value.isEmpty()) { // an empty id is invalid HTML: the HTML checker's
                    anchors.add(value);
                    Integer first = firstLineOfId.putIfAbsent(value, attribute.line());
                    if (first != null) {
                        duplicates.add(new PageLinks.DuplicateId(value, attribute.line(), first));
                    }
                } else if (name.equals("name") && tag.name().equals("a")) {
                    anchors.add(value);
                } else if (URL_ATTRIBUTES.contains(name)) {
                    for (String url : name.equals("srcset") ? srcsetUrls(value) : List.of(value.strip())) {
                        if (!SiteUrl.isExternal(url)) {
                            links.add(new PageLinks.Link(tag.name(), name, url, attribute.line()));
                        }
                    }
                }
            }
        });
        return new PageLinks(path, Set.copyOf(anchors), List.copyOf(links), List.copyOf(duplicates));
    }

    private void add(PageLinks page) {
        pages.put(page.path(), page);
    }

    private List<Problem> run() {
        for (PageLinks page : pages.values()) {
            for (PageLinks.DuplicateId duplicate : page.duplicates()) {
                report(page, duplicate.line(), "id `" + duplicate.id() + "` is used more than once on this page "
                        + "(first on line " + duplicate.firstLine() + ")", "ids must be unique within a page: "
                        + "rename one of them (a heading's id: `## Heading {#another-id}`)");
            }
            page.links().forEach(link -> checkLink(page, link));
        }
        problems.sort(Problem.ORDER);
        return List.copyOf(problems);
    }

    private void checkLink(PageLinks page, PageLinks.Link link) {
        int line = link.line();
        String what = "<" + link.element() + " " + link.attribute() + "> `" + link.url() + "`: ";
        SiteUrl url;
        try {
            url = SiteUrl.resolve(link.url(), page.path(), basePath);
        } catch (SiteUrl.UnresolvableException e) {
            report(page, line, what + e.getMessage(), e.hint());
            return;
        }
        String target = url.candidateFiles().stream().filter(files::contains).findFirst().orElse(null);
        if (target == null) {
            String missing = String.join(" or ", url.candidateFiles());
            String suggestion = Suggestions.didYouMean(basePath + url.path(),
                    files.stream().sorted().map(file -> basePath + SiteUrl.urlOf(file).substring(1)).toList());
            report(page, line, what + "the site has no " + missing, (suggestion.isEmpty() ? "" : suggestion + " ")
                    + "In Markdown, link to the page's .md file (or the file beside it) so the build checks it; "
                    + "in a template, use a URL from the model (`page.url`, `static(…)`)");
            return;
        }
        PageLinks targetPage = pages.get(target);
        String fragment = url.fragment();
        // "#" and "#top" lead to the top of a page even without such an id; other files have no ids to check.
        if (fragment == null || fragment.isEmpty() || fragment.equalsIgnoreCase("top") || targetPage == null
                || targetPage.anchors().contains(fragment)) {
            return;
        }
        String where = targetPage == page ? "this page" : target;
        String suggestion = Suggestions.didYouMean(fragment, new TreeSet<>(targetPage.anchors()));
        report(page, line, what + where + " has no element with id `" + fragment + "`",
                (suggestion.isEmpty() ? "" : suggestion + " Or ") + "give the heading it should lead to that "
                        + "id: `## Heading {#" + fragment + "}`");
    }

    private void report(PageLinks page, int line, String message, String hint) {
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

    private static String read(Path outputFolder, String file) {
        try {
            return Files.readString(outputFolder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
