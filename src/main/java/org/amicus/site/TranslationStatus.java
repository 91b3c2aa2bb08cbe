package org.amicus.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.amicus.diagnostic.Problems;

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
    public record Status(State state, Page source, String sourceVersion) {
    }

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
     * counted in the build summary rather than warned about, so a site can adopt tracking page by page.
     */
    public static TranslationStatus measure(Site site, Problems problems) {
        Map<Page, Status> statuses = new LinkedHashMap<>();
        String sourceLanguage = site.config().defaultLanguage();
        for (Page page : site.pages()) {
            if (page.isFallback() || page.lang().equals(sourceLanguage)) {
                continue;
            }
            Optional<Page> source = site.translations(page).original();
            if (source.isEmpty()) {
                continue;
            }
            String version = version(source.get());
            String recorded = page.frontMatter().translatedFrom();
            State state = recorded == null ? State.UNTRACKED : recorded.equals(version) ? State.CURRENT : State.STALE;
            statuses.put(page, new Status(state, source.get(), version));
            int line = page.frontMatter().lineOf("translatedFrom");
            if (state == State.STALE) {
                problems.warning(page.file(), line, "stale translation: " + source.get().file()
                                + " has changed since this page was translated from it (version " + recorded + ", now "
                                + version + ")",
                        "bring the translation up to date, then set `translatedFrom: " + version + "`");
            }
        }
        return new TranslationStatus(Map.copyOf(statuses));
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
