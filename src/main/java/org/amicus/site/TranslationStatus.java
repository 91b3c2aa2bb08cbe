package org.amicus.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Problems;
import org.amicus.util.FilePaths;

/**
 * Whether each translation is current. A translation records in {@code translatedFrom:} the version of its
 * source page it was translated from: a short hash of the source's title, description and text. When the
 * source changes, its version changes, and the translation is stale until a translator updates it and
 * records the new version. No anchor SSG has this built in (ssg-anchors §6); sites bolt it on with git dates.
 */
public final class TranslationStatus {

    /** How a translation stands against its source. */
    public enum State {
        /** Records the source's current version. */
        CURRENT,
        /** Records an older version: the source changed after it was translated. */
        STALE,
        /** Records no version, so nobody can tell. */
        UNTRACKED
    }

    /** The status of one translation, with the source page it is measured against. */
    public record Status(State state, Page source) {

        /** The source's current version: what a translator records in {@code translatedFrom:}. */
        public String sourceVersion() {
            return version(source);
        }
    }

    /** What {@link #version} gives: ten hexadecimal digits. */
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{10}");

    private final Map<Page, Status> statuses;

    private TranslationStatus(Map<Page, Status> statuses) {
        this.statuses = statuses;
    }

    /** Status of a page that translates a default-language page; empty for source pages and fallbacks. */
    public Optional<Status> of(Page page) {
        return Optional.ofNullable(statuses.get(page));
    }

    public Map<Page, Status> all() {
        return statuses;
    }

    /**
     * Measures every translation and warns about stale ones, naming the version to record. Untracked ones are
     * counted in the build summary rather than warned about, so a site can adopt tracking page by page. A source
     * page's {@code minorEdit: OLD..NEW} keeps translations of version OLD current while the source is at NEW.
     */
    public static TranslationStatus measure(Site site, Problems problems) {
        Map<Page, Status> statuses = new LinkedHashMap<>();
        String sourceLanguage = site.config().defaultLanguage();
        Map<Page.Key, String> versions = versions(sourceLanguage, needingVersions(site, sourceLanguage));
        for (Page page : site.pages()) {
            if (page.isFallback()) {
                continue;
            }
            if (page.lang().equals(sourceLanguage)) {
                checkMinorEdits(page, versions.get(page.key()), problems);
                continue;
            }
            if (page.frontMatter().minorEdits() != null) {
                problems.warning(page.file(), page.frontMatter().lineOf("minorEdit"), "`minorEdit:` belongs on "
                        + "the page in " + sourceLanguage + " that was edited, not on a translation",
                        "move it to the front matter of the source page");
            }
            Optional<Page> source = site.translations(page).original();
            String recorded = page.frontMatter().translatedFrom();
            int line = page.frontMatter().lineOf("translatedFrom");
            if (source.isEmpty()) {
                if (recorded != null) {
                    problems.warning(page.file(), line, "`translatedFrom:` is set, but this page translates no "
                                    + "page: there is no content/" + sourceLanguage + "/" + page.sourcePath()
                                    + " and no page of that language with its translationKey",
                            "pair it with its source (the same path, or the same `translationKey:`), or remove "
                                    + "`translatedFrom:`");
                }
                continue;
            }
            if (recorded == null) {
                statuses.put(page, new Status(State.UNTRACKED, source.get()));
                continue;
            }
            String version = versions.computeIfAbsent(source.get().key(), key -> version(source.get()));
            State state = recorded.equals(version) || minorEdits(source.get()).contains(recorded + ".." + version)
                    ? State.CURRENT : State.STALE;
            statuses.put(page, new Status(state, source.get()));
            if (state == State.STALE) {
                String minorEdit = VERSION.matcher(recorded).matches()
                        ? "; or, if its changes need no retranslation (a typo fix), add `minorEdit: " + recorded
                        + ".." + version + "` to the front matter of " + FilePaths.slashed(source.get().file())
                        : "";
                problems.warning(page.file(), line, "stale translation: " + source.get().file()
                                + " has changed since this page was translated from it (version " + recorded + ", now "
                                + version + ")",
                        "bring the translation up to date, then set `translatedFrom: " + version + "`" + minorEdit);
            }
        }
        return new TranslationStatus(Map.copyOf(statuses));
    }

    /** A {@code minorEdit:} that names an older version than the page's is left over from an earlier edit. */
    private static void checkMinorEdits(Page source, String version, Problems problems) {
        for (String edit : minorEdits(source)) {
            String[] versions = edit.split("\\.\\.", 2);
            if (!versions[1].equals(version)) {
                problems.warning(source.file(), source.frontMatter().lineOf("minorEdit"), "`minorEdit: " + edit
                                + "` no longer applies: this page has changed again since version " + versions[1]
                                + " (it is now " + version + "), so translations of " + versions[0]
                                + " count as stale",
                        "remove it; if this change too needs no retranslation, write `minorEdit: " + versions[0]
                                + ".." + version + "`");
            }
        }
    }

    /**
     * The source pages whose version a build compares: those with a {@code minorEdit:}, and those of a translation
     * that records {@code translatedFrom:}. A site that tracks no translation hashes nothing (a 4,000-page build spent
     * 4 % of its time hashing pages no translation named).
     */
    private static Set<Page> needingVersions(Site site, String sourceLanguage) {
        Set<Page> needed = new HashSet<>();
        for (Page page : site.pages()) {
            if (page.isFallback()) {
                continue;
            }
            if (page.lang().equals(sourceLanguage)) {
                if (page.frontMatter().minorEdits() != null) {
                    needed.add(page);
                }
            } else if (page.frontMatter().translatedFrom() != null) {
                site.translations(page).original().ifPresent(needed::add);
            }
        }
        return needed;
    }

    /** The versions of {@code sources}, hashed on all cores: one by one, twice each, they took 3 % of a build. */
    private static Map<Page.Key, String> versions(String sourceLanguage, Set<Page> sources) {
        Map<Page.Key, String> versions = new ConcurrentHashMap<>();
        sources.parallelStream().filter(page -> page.lang().equals(sourceLanguage))
                .forEach(page -> versions.put(page.key(), version(page)));
        return versions;
    }

    private static List<String> minorEdits(Page source) {
        return source.frontMatter().minorEdits() == null ? List.of() : source.frontMatter().minorEdits();
    }

    /** A source page's version: a short hash of what a translator translates. */
    public static String version(Page source) {
        String text = source.frontMatter().title() + "\n" + source.frontMatter().description() + "\n"
                + source.body().strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
