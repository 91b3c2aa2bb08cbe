package org.amicus.site;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amicus.config.Language;
import org.amicus.config.MissingTranslationPolicy;
import org.amicus.config.SiteConfig;
import org.amicus.content.Content;
import org.amicus.content.FrontMatter;
import org.amicus.content.SourcePage;
import org.amicus.diagnostic.Problems;
import org.amicus.util.FilePaths;
import org.amicus.util.OddCharacters;
import org.amicus.util.Slugs;

/** Turns loaded content into the site: drafts left out, URLs given, translations paired and completed. */
public final class SiteBuilder {

    /** One URL segment: lowercase letters, digits, hyphens and underscores. No dots, so never `..`. */
    static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final SiteConfig config;
    private final Problems problems;

    public SiteBuilder(SiteConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    public Site build(Content content, boolean includeDrafts) {
        List<SourcePage> sources = content.pages().stream()
                .filter(p -> includeDrafts || !p.frontMatter().draft())
                .toList();
        Map<String, Map<String, SourcePage>> pairs = pair(sources);
        Map<String, SourcePage> bySourcePath = new HashMap<>();
        sources.forEach(p -> bySourcePath.put(p.lang() + "/" + p.sourcePath(), p));
        List<Page> pages = new ArrayList<>();
        for (SourcePage source : sources) {
            FrontMatter effective = inherit(source, pairs.get(source.translationKey()));
            url(source, bySourcePath).ifPresent(url -> pages.add(new Page(source.lang(), source.sourcePath(),
                    source.file(), effective, source.translationKey(), url, layoutOf(source, effective),
                    source.body(), source.bodyFirstLine(), null)));
        }
        Map<String, Map<String, SourcePage>> drafts = new HashMap<>(); // left out: pair key → language → draft
        content.pages().stream().filter(p -> !includeDrafts && p.frontMatter().draft()).forEach(p -> drafts
                .computeIfAbsent(p.translationKey(), k -> new HashMap<>()).putIfAbsent(p.lang(), p));
        pages.addAll(missingTranslations(pairs, drafts, pages, bySourcePath));
        Map<Path, Instant> saved = new HashMap<>();
        sources.forEach(p -> saved.put(p.file(), p.modified()));
        checkUniqueUrls(pages, saved);
        return new Site(config, pages, content.assets());
    }

    /** Pair key → language → page; two pages of one language with the same key are an error. */
    private Map<String, Map<String, SourcePage>> pair(List<SourcePage> sources) {
        Map<String, Map<String, SourcePage>> pairs = new LinkedHashMap<>();
        for (SourcePage source : sources) {
            Map<String, SourcePage> byLang = pairs.computeIfAbsent(source.translationKey(), k -> new HashMap<>());
            SourcePage other = byLang.putIfAbsent(source.lang(), source);
            if (other != null) {
                problems.error(source.file(), source.frontMatter().lineOf("translationKey"),
                        "translationKey `" + source.frontMatter().translationKey() + "` is also used by "
                                + other.file(), "give each page of a language its own translationKey");
            }
        }
        return pairs;
    }

    /** A translation takes date, tags, sources, weight… from the page in the default language. */
    private FrontMatter inherit(SourcePage page, Map<String, SourcePage> translations) {
        if (page.lang().equals(config.defaultLanguage()) || translations == null) {
            return page.frontMatter();
        }
        SourcePage source = translations.get(config.defaultLanguage());
        return source == null ? page.frontMatter() : page.frontMatter().inheritFrom(source.frontMatter());
    }

    private static String layoutOf(SourcePage source, FrontMatter effective) {
        if (source.frontMatter().layout() != null) {
            return source.frontMatter().layout();
        }
        if (source.sourcePath().equals("_index.md")) {
            return "home";
        }
        return effective.layout() != null ? effective.layout() : "page";
    }

    /**
     * The clean URL of a page: each folder is named by the slug of its {@code _index.md} if it has one (so French
     * sections get French URLs), the page by its slug or file name; a section's {@code _index.md} is the URL
     * of its folder.
     */
    private Optional<String> url(SourcePage page, Map<String, SourcePage> bySourcePath) {
        String[] parts = page.sourcePath().split("/");
        int ancestors = page.isIndex() ? parts.length - 2 : parts.length - 1;
        StringBuilder url = new StringBuilder("/").append(page.lang()).append('/');
        boolean valid = true;
        for (int i = 0; i < ancestors; i++) {
            String folder = String.join("/", Arrays.copyOfRange(parts, 0, i + 1));
            SourcePage index = bySourcePath.get(page.lang() + "/" + folder + "/_index.md");
            String slug = index == null ? null : index.frontMatter().slug();
            if (slug != null && SEGMENT.matcher(slug).matches()) {
                url.append(slug).append('/');
            } else if (slug == null) {
                valid &= checkSegment(page, parts[i], "folder name");
                url.append(parts[i]).append('/');
            } else {
                valid = false; // the section's own page reports its bad slug
            }
        }
        String slug = page.frontMatter().slug();
        if (page.isIndex() && parts.length == 1) {
            if (slug != null) {
                problems.error(page.file(), page.frontMatter().lineOf("slug"),
                        "the home page of a language cannot have a slug",
                        "remove `slug:`; the home of " + page.lang() + " is always /" + page.lang() + "/");
                return Optional.empty();
            }
            return Optional.of(url.toString());
        }
        String own = page.isIndex() ? parts[parts.length - 2]
                : parts[parts.length - 1].substring(0, parts[parts.length - 1].length() - ".md".length());
        if (slug != null) {
            valid &= checkSlug(page, slug);
            url.append(slug).append('/');
        } else {
            valid &= checkSegment(page, own, page.isIndex() ? "folder name" : "file name");
            url.append(own).append('/');
        }
        return valid ? Optional.of(url.toString()) : Optional.empty();
    }

    private boolean checkSlug(SourcePage page, String slug) {
        if (SEGMENT.matcher(slug).matches()) {
            return true;
        }
        String odd = String.join("; ", OddCharacters.describe(slug));
        String why = slug.contains("/") || slug.contains("\\") ? "a slug is one URL segment and cannot contain `/`"
                : slug.contains("..") || slug.startsWith(".") ? "a slug cannot point to another folder"
                : !odd.isEmpty() ? "it holds " + odd
                : "a slug may contain only lowercase letters, digits, `-` and `_`";
        problems.error(page.file(), page.frontMatter().lineOf("slug"), "slug `" + slug + "` is not allowed: " + why,
                "write it like `slug: " + suggestSlug(slug) + "`");
        return false;
    }

    private boolean checkSegment(SourcePage page, String segment, String what) {
        if (SEGMENT.matcher(segment).matches()) {
            return true;
        }
        String odd = String.join("; ", OddCharacters.describe(segment));
        problems.error(page.file(), 1, "the " + what + " `" + segment + "` cannot be part of a URL"
                        + (odd.isEmpty() ? "" : ": it holds " + odd),
                "rename it with lowercase letters, digits and `-` (like `" + suggestSlug(segment)
                        + "`), or set `slug:` in the front matter");
        return false;
    }

    /** A usable slug made from what the author wrote, for the hint. */
    static String suggestSlug(String text) {
        return Slugs.suggestion(text, "my-page");
    }

    /** Applies the site's policy to pages missing in a language; returns the fallback pages it adds. */
    private List<Page> missingTranslations(Map<String, Map<String, SourcePage>> pairs,
                                           Map<String, Map<String, SourcePage>> drafts, List<Page> pages,
                                           Map<String, SourcePage> bySourcePath) {
        List<Page> added = new ArrayList<>();
        for (Map<String, SourcePage> byLang : pairs.values()) {
            SourcePage source = byLang.getOrDefault(config.defaultLanguage(), byLang.values().iterator().next());
            for (Language language : config.languages()) {
                if (byLang.containsKey(language.key())) {
                    continue;
                }
                SourcePage draft = drafts.getOrDefault(source.translationKey(), Map.of()).get(language.key());
                if (draft != null && config.missingTranslation() != MissingTranslationPolicy.FALLBACK) {
                    String message = "the " + language.name() + " (" + language.key() + ") translation, "
                            + FilePaths.slashed(draft.file()) + ", is still a draft; readers are told there is none yet";
                    String hint = "finish it and remove `draft: true` from " + FilePaths.slashed(draft.file())
                            + " (`--drafts` shows it in a build or `serve` meanwhile)";
                    if (config.missingTranslation() == MissingTranslationPolicy.STRICT) {
                        problems.error(source.file(), 1, message + ", and site.yaml sets missingTranslation: strict",
                                hint);
                    } else {
                        problems.warning(source.file(), 1, message, hint);
                    }
                    continue;
                }
                if (config.missingTranslation() == MissingTranslationPolicy.NOTICE) {
                    problems.warning(source.file(), 1, "no " + language.name() + " (" + language.key()
                                    + ") translation yet; readers are told so",
                            "create content/" + language.key() + "/" + source.sourcePath()
                                    + " (or a page with the same translationKey)");
                    continue;
                }
                if (config.missingTranslation() == MissingTranslationPolicy.STRICT) {
                    problems.error(source.file(), 1, "this page has no " + language.name() + " ("
                                    + language.key() + ") translation, and site.yaml sets missingTranslation: strict",
                            "create content/" + language.key() + "/" + source.sourcePath()
                                    + " (or a page with the same translationKey), or set missingTranslation: notice");
                    continue;
                }
                Optional<Page> sourcePage = pages.stream()
                        .filter(p -> p.file().equals(source.file())).findFirst();
                SourcePage relocated = new SourcePage(source.file(), language.key(), source.sourcePath(),
                        source.frontMatter(), source.body(), source.bodyFirstLine());
                if (sourcePage.isPresent()) {
                    url(relocated, bySourcePath).ifPresent(url -> added.add(new Page(language.key(),
                            source.sourcePath(), source.file(), sourcePage.get().frontMatter(),
                            source.translationKey(), url, sourcePage.get().layout(), source.body(),
                            source.bodyFirstLine(), source.lang())));
                }
            }
        }
        return added;
    }

    /** Two pages with one URL: reported at the one saved last, which is most likely the author's new edit. */
    private void checkUniqueUrls(List<Page> pages, Map<Path, Instant> saved) {
        Map<String, Page> seen = new HashMap<>();
        for (Page page : pages) {
            Page other = seen.putIfAbsent(page.url(), page);
            if (other != null) {
                Page newer = saved.getOrDefault(other.file(), Instant.EPOCH)
                        .isAfter(saved.getOrDefault(page.file(), Instant.EPOCH)) ? other : page;
                Page older = newer == page ? other : page;
                problems.error(newer.file(), newer.frontMatter().lineOf("slug"), "this page and "
                        + FilePaths.slashed(older.file()) + " both have the URL " + page.url(),
                        "give one of them another `slug:` or file name");
            }
        }
    }
}
