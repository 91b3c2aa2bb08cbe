package org.amicus.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
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
 * checked. A link its page's author wrote (raw HTML in Markdown, a root-relative address) is reported where it was
 * written ({@link Written}); the others, the templates', at the output file.
 */
public final class LinkChecker {

    /** Where the author wrote an address: a file of the project and its 1-based line. */
    public record Written(Path file, int line) {
    }

    /** Finds where the author of an output page wrote one of its addresses, when they did. */
    @FunctionalInterface
    public interface Authors {
        Optional<Written> find(String page, String url);
    }

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "srcset");
    /** The attributes {@link #scan} reads: ids, anchors' names and addresses. */
    private static final Set<String> READ_ATTRIBUTES = Stream.concat(Stream.of("id", "name"), URL_ATTRIBUTES.stream())
            .collect(Collectors.toUnmodifiableSet());

    /** A link whose target was not known when its page was read, kept for {@link #check(Set)}. */
    private record Deferred(String page, String element, String attribute, String url, SiteUrl target, int line) {
    }

    private final Path reportFolder;
    private final String basePath;
    /** The files known when pages are read; a link to one of them is checked at once. */
    private final Set<String> known;
    /** Every page read, by path: the ids a {@code #fragment} may name. */
    private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
    private final Queue<Deferred> deferred = new ConcurrentLinkedQueue<>();
    private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();
    /** Root-relative links resolve the same on every page: each once (most are the navigation's). */
    private final Map<String, SiteUrl> rootRelative = new ConcurrentHashMap<>();
    private final Authors authors;
    private final Reads reads;

    private LinkChecker(Path outputFolder, String basePath, Set<String> known, Authors authors, Reads reads) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with /, like /nso/: " + basePath);
        }
        Path name = outputFolder.toAbsolutePath().normalize().getFileName();
        this.reportFolder = name == null ? Path.of("") : name;
        this.basePath = basePath;
        reads.start(basePath, known);
        this.known = reads.known;
        this.authors = authors;
        this.reads = reads;
    }

    /**
     * A check of a site being written to {@code outputFolder}, published under {@code basePath} ({@code /} at
     * the root of a domain, {@code /nso/} for {@code https://user.github.io/nso/}: root-relative links must start
     * with it). Give it each HTML file with {@link #read} as it is made, then {@link #check(Set)}.
     *
     * @param known files the site will have, whatever comes later: the links to them are checked as pages are
     *              read, so only the others, and links to other pages' ids, are kept until the end
     * @param authors where the authors of pages wrote their addresses, where broken ones are reported
     */
    public static LinkChecker of(Path outputFolder, String basePath, Set<String> known, Authors authors) {
        return of(outputFolder, basePath, known, authors, new Reads());
    }

    /** The same, taking what reading each page found from {@code reads} where the page did not change. */
    public static LinkChecker of(Path outputFolder, String basePath, Set<String> known, Authors authors,
                                 Reads reads) {
        return new LinkChecker(outputFolder, basePath, Set.copyOf(known), authors, reads);
    }

    /**
     * Every broken link, missing fragment and duplicate id of the site in {@code outputFolder}, published at the
     * root of its domain, sorted by page and line. Each problem names the page relative to the output folder's
     * parent ({@code site/en/index.html}).
     */
    public static List<Problem> check(Path outputFolder) {
        return check(outputFolder, "/");
    }

    /** The same for a site published under {@code basePath} (see {@link #of}). */
    public static List<Problem> check(Path outputFolder, String basePath) {
        SortedSet<String> files = filesIn(outputFolder);
        LinkChecker checker = new LinkChecker(outputFolder, basePath, files, (page, url) -> Optional.empty(),
                new Reads());
        files.stream().filter(LinkChecker::isHtml).forEach(file -> checker.read(file, read(outputFolder, file)));
        return checker.check(files);
    }

    /** Whether the check reads this file of the site: its HTML files. */
    public static boolean isHtml(String file) {
        return file.endsWith(".html");
    }

    /**
     * What the check reads of an HTML file, tag by tag ({@link HtmlTags}): its ids, those given more than once, and
     * its links to the site, by line. It depends on the HTML alone, so a long-lived build keeps it beside a page
     * whose HTML it keeps, and does not scan that page again.
     */
    public record Scanned(Set<String> ids, List<RepeatedId> repeatedIds, List<Link> links) {
    }

    /** An id given again on {@code line}, first given on {@code firstLine}. */
    record RepeatedId(String id, int line, int firstLine) {
    }

    /** An address of the site in an attribute of an element. */
    record Link(String element, String attribute, String url, int line) {
    }

    /** Reads an HTML file for {@link #read(String, Scanned)}. */
    public static Scanned scan(String html) {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        List<RepeatedId> repeated = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        HtmlTags.scan(html, READ_ATTRIBUTES, tag -> {
            if (tag.isEnd()) {
                return;
            }
            for (HtmlTags.Attribute attribute : tag.attributes()) {
                String name = attribute.name();
                String value = attribute.value();
                if (name.equals("id") && !value.isEmpty()) { // an empty id is invalid HTML: the HTML checker's
                    ids.add(value);
                    Integer first = firstLineOfId.putIfAbsent(value, attribute.line());
                    if (first != null) {
                        repeated.add(new RepeatedId(value, attribute.line(), first));
                    }
                } else if (name.equals("name") && tag.name().equals("a")) {
                    ids.add(value);
                } else if (URL_ATTRIBUTES.contains(name)) {
                    for (String url : name.equals("srcset") ? srcsetUrls(value) : List.of(value.strip())) {
                        if (!SiteUrl.isExternal(url)) {
                            links.add(new Link(tag.name(), name, url, attribute.line()));
                        }
                    }
                }
            }
        });
        return new Scanned(Set.copyOf(ids), List.copyOf(repeated), List.copyOf(links));
    }

    /**
     * What reading each page found, kept by a long-lived build ({@code serve}) for the next while the page's scan
     * is the same object and the site's base path and known files are the same: its links resolved, those kept for
     * the end of the check and those to itself. A page whose reading found a problem is read again, so the problem
     * is said where its author wrote it now.
     */
    public static final class Reads {

        /** What reading a page found, its problems aside. */
        private record PageRead(Scanned scanned, List<Deferred> deferred, List<Deferred> toSelf) {
        }

        private String basePath;
        private Set<String> known = Set.of();
        private final Map<String, PageRead> pages = new ConcurrentHashMap<>();

        /** Starts a check: forgets every page when the base path or the known files changed. */
        private synchronized void start(String basePath, Set<String> known) {
            if (!basePath.equals(this.basePath) || !known.equals(this.known)) {
                pages.clear();
                this.basePath = basePath;
                this.known = known;
            }
        }
    }

    /**
     * Reads the HTML file at {@code path} of the site (see {@link #read(String, Scanned)}). Safe to call from
     * several threads at once.
     */
    public void read(String path, String html) {
        read(path, scan(html));
    }

    /**
     * Checks what was read of the HTML file at {@code path} ({@link #scan}): its ids given twice and its links to
     * known files and to itself now; of the rest only what the end of the check needs is kept, never the page. Safe
     * to call from several threads at once.
     */
    public void read(String path, Scanned page) {
        Reads.PageRead read = reads.pages.get(path);
        if (read == null || read.scanned() != page) {
            List<Problem> found = new ArrayList<>();
            for (RepeatedId repeated : page.repeatedIds()) {
                found.add(problem(path, repeated.line(), null, "id `" + repeated.id() + "` is used more than once "
                        + "on this page (first on line " + repeated.firstLine() + ")", "ids must be unique within a "
                        + "page: rename one of them (a heading's id: `## Heading {#another-id}`)"));
            }
            List<Deferred> later = new ArrayList<>();
            List<Deferred> toSelf = new ArrayList<>();
            for (Link link : page.links()) {
                readLink(path, link, later, toSelf, found);
            }
            read = new Reads.PageRead(page, List.copyOf(later), List.copyOf(toSelf));
            if (found.isEmpty()) {
                reads.pages.put(path, read);
            } else {
                reads.pages.remove(path);
                problems.addAll(found);
            }
        }
        deferred.addAll(read.deferred());
        anchors.put(path, page.ids());
        read.toSelf().forEach(link -> checkFragment(link, path, page.ids()));
    }

    /**
     * Every problem of the site, sorted by page and line: those found while reading, and those of the links kept
     * until now, now that every page has been read.
     *
     * @param files every file of the site
     */
    public List<Problem> check(Set<String> files) {
        deferred.parallelStream().forEach(link -> {
            String target = link.target().candidateFiles().stream().filter(files::contains).findFirst().orElse(null);
            if (target == null) {
                missingFile(link, files);
            } else {
                checkFragment(link, target, anchors.get(target));
            }
        });
        // A translation that shows its source's text repeats its source's links: each mistake once.
        return problems.stream().distinct().sorted(Problem.ORDER).toList();
    }

    /** Checks a link now when its target is known, else keeps it: a link to this page waits for its last id. */
    private void readLink(String page, Link link, List<Deferred> later, List<Deferred> toSelf, List<Problem> found) {
        SiteUrl target;
        try {
            target = resolve(link.url(), page);
        } catch (SiteUrl.UnresolvableException e) {
            found.add(problem(page, link.line(), link.url(), what(link.element(), link.attribute(), link.url())
                    + e.getMessage(), e.hint()));
            return;
        }
        Deferred kept = new Deferred(page, link.element(), link.attribute(), link.url(), target, link.line());
        String file = target.candidateFiles().stream().filter(known::contains).findFirst().orElse(null);
        if (file == null) {
            later.add(kept);
        } else if (isTop(target.fragment())) {
            return;
        } else if (file.equals(page)) {
            toSelf.add(kept);
        } else {
            later.add(kept);
        }
    }

    private SiteUrl resolve(String url, String page) throws SiteUrl.UnresolvableException {
        if (!url.startsWith("/")) {
            return SiteUrl.resolve(url, page, basePath);
        }
        SiteUrl resolved = rootRelative.get(url);
        if (resolved == null) {
            resolved = SiteUrl.resolve(url, page, basePath);
            rootRelative.put(url, resolved);
        }
        return resolved;
    }

    private void missingFile(Deferred link, Set<String> files) {
        SiteUrl url = link.target();
        String missing = String.join(" or ", url.candidateFiles());
        String suggestion = Suggestions.didYouMean(basePath + url.path(),
                files.stream().sorted().map(file -> basePath + SiteUrl.urlOf(file).substring(1)).toList());
        report(link.page(), link.line(), link.url(), what(link) + "the site has no " + missing,
                (suggestion.isEmpty() ? "" : suggestion + " ") + "In Markdown, link to the page's .md file (or the "
                        + "file beside it) so the build checks it; in a template, use a URL from the model "
                        + "(`page.url`, `static(…)`)");
    }

    /** A link's {@code #fragment} against the ids of its target; a target that is no page read has none to check. */
    private void checkFragment(Deferred link, String target, Set<String> ids) {
        String fragment = link.target().fragment();
        if (isTop(fragment) || ids == null || ids.contains(fragment)) {
            return;
        }
        String where = target.equals(link.page()) ? "this page" : target;
        String suggestion = Suggestions.didYouMean(fragment, new TreeSet<>(ids));
        report(link.page(), link.line(), link.url(), what(link) + where + " has no element with id `" + fragment
                        + "`",
                (suggestion.isEmpty() ? "" : suggestion + " Or ") + "give the heading it should lead to that "
                        + "id: `## Heading {#" + fragment + "}`");
    }

    /** No fragment, {@code #} or {@code #top}: the top of a page, even without such an id. */
    private static boolean isTop(String fragment) {
        return fragment == null || fragment.isEmpty() || fragment.equalsIgnoreCase("top");
    }

    private static String what(Deferred link) {
        return what(link.element(), link.attribute(), link.url());
    }

    private static String what(String element, String attribute, String url) {
        return "<" + element + " " + attribute + "> `" + url + "`: ";
    }

    /** A problem of a page, at the line its author wrote {@code url} on when there is one, else in the output. */
    private void report(String page, int line, String url, String message, String hint) {
        problems.add(problem(page, line, url, message, hint));
    }

    private Problem problem(String page, int line, String url, String message, String hint) {
        Optional<Written> written = url == null ? Optional.empty() : authors.find(page, url);
        return written.map(at -> Problem.error(at.file(), at.line(), message, hint))
                .orElseGet(() -> Problem.error(reportFolder.resolve(page), line, message, hint));
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
