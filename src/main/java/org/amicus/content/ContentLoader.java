package org.amicus.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.config.SiteConfigLoader;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.amicus.util.FilePaths;
import org.amicus.util.IgnoredFiles;
import org.amicus.util.OddCharacters;
import org.amicus.util.Slugs;
import org.amicus.yaml.AuthorFiles;

/** Reads {@code content/}: site.yaml, then every page of every language, on all cores. */
public final class ContentLoader {

    /** Folders of {@code content/} that are not languages. */
    private static final List<String> RESERVED_FOLDERS = List.of("data");
    /** A name in the address of a published file, as the output folder accepts it. */
    private static final Pattern URL_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    /**
     * A page file as an earlier load read it: its bytes, the page they made (its saving time aside) or none, and
     * what reading them reported.
     */
    public record PageRead(byte[] bytes, Optional<SourcePage> page, List<Problem> problems) {
    }

    private final Path project;
    private final Problems problems;
    private final Map<Path, PageRead> reads;

    public ContentLoader(Path project, Problems problems) {
        this(project, problems, null);
    }

    /**
     * @param reads what earlier loads read of each page file, by its project-relative path: reused while the file's
     *              bytes are the same, so that a save in {@code serve} parses one page's front matter, not every
     *              page's; brought up to date by this load
     */
    public ContentLoader(Path project, Problems problems, Map<Path, PageRead> reads) {
        this.project = project;
        this.problems = problems;
        this.reads = reads;
    }

    public Optional<Content> load() {
        Path contentDir = project.resolve("content");
        Path siteYaml = contentDir.resolve("site.yaml");
        if (!Files.isRegularFile(siteYaml)) {
            problems.error(relative(siteYaml), 0, "content/site.yaml is missing",
                    "create it with at least `baseUrl:` and `languages:` (see the README)");
            return Optional.empty();
        }
        Optional<SiteConfig> config = readText(siteYaml)
                .flatMap(text -> SiteConfigLoader.load(relative(siteYaml), text, problems));
        if (config.isEmpty()) {
            return Optional.empty();
        }
        reportStrayFolders(contentDir, config.get());

        List<Path> markdown = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        for (Language language : config.get().languages()) {
            Path dir = contentDir.resolve(language.key());
            if (!Files.isDirectory(dir)) {
                problems.error(relative(dir), 0, "the folder for language `" + language.key() + "` is missing",
                        "create content/" + language.key() + "/ with an _index.md, or remove the language from site.yaml");
                continue;
            }
            for (Path file : listFiles(dir)) {
                if (file.getFileName().toString().endsWith(".md")) {
                    markdown.add(file);
                } else if (publishable(dir, file)) {
                    assets.add(new Asset(file, language.key() + "/" + FilePaths.slashed(dir.relativize(file))));
                }
            }
        }
        List<SourcePage> pages = markdown.parallelStream()
                .map(this::loadPage)
                .flatMap(Optional::stream)
                .toList();
        if (reads != null) {
            Set<Path> read = markdown.stream().map(this::relative).collect(Collectors.toSet());
            reads.keySet().retainAll(read); // pages deleted since
        }
        return Optional.of(new Content(config.get(), pages, List.copyOf(assets)));
    }

    private Optional<SourcePage> loadPage(Path file) {
        Path shown = relative(file);
        Optional<byte[]> bytes = reads == null || Files.isSymbolicLink(file) ? Optional.empty() : bytes(file);
        if (bytes.isEmpty()) { // AuthorFiles says why it cannot be read
            return readText(file).flatMap(text -> parse(file, shown, text, problems));
        }
        PageRead last = reads.get(shown);
        if (last == null || !Arrays.equals(last.bytes(), bytes.get())) {
            Problems own = new Problems();
            last = new PageRead(bytes.get(), AuthorFiles.decode(bytes.get(), shown, own)
                    .flatMap(text -> parse(file, shown, text, own)), own.sorted());
            reads.put(shown, last);
        }
        last.problems().forEach(problems::add);
        return last.page().map(page -> page.withModified(modified(file)));
    }

    private Optional<SourcePage> parse(Path file, Path shown, String text, Problems problems) {
        Path languageDir = project.resolve("content").relativize(file).getName(0);
        String lang = languageDir.toString();
        String sourcePath = FilePaths.slashed(project.resolve("content").resolve(languageDir).relativize(file));
        return FrontMatterSplitter.split(shown, text, problems)
                .flatMap(split -> FrontMatterParser.parse(shown, split, problems)
                        .map(fm -> new SourcePage(shown, lang, sourcePath, fm, split.body(), split.bodyFirstLine(),
                                modified(file))));
    }

    private static Optional<byte[]> bytes(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a file beside the pages can be published at an address made of its path: letters, digits, {@code -},
     * {@code _} and {@code .} in each name. Otherwise it is an error naming the file and the exact rename.
     */
    private boolean publishable(Path languageDir, Path file) {
        Path inside = languageDir.relativize(file);
        for (int i = 0; i < inside.getNameCount(); i++) {
            String name = inside.getName(i).toString();
            if (!URL_NAME.matcher(name).matches()) {
                boolean isFile = i == inside.getNameCount() - 1;
                String odd = String.join("; ", OddCharacters.describe(name));
                problems.error(relative(file), 0, "the " + (isFile ? "file" : "folder") + " name `" + name
                                + "` cannot be part of an address" + (odd.isEmpty() ? "" : ": it holds " + odd),
                        "rename it `" + (isFile ? Slugs.fileName(name) : Slugs.suggestion(name, "files"))
                                + "` (letters, digits, `-`, `_` and `.` only), and link to it by that name");
                return false;
            }
        }
        return true;
    }

    /** Files of a folder tree in a stable order; editors' leftovers ({@link IgnoredFiles}) and symbolic links are left out. */
    private List<Path> listFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            for (Path path : walk.sorted().toList()) {
                if (path.equals(dir) || IgnoredFiles.isIgnored(dir.relativize(path))) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    problems.warning(relative(path), 0, "symbolic link skipped",
                            "copy the file into content/ instead: links could reach outside the project");
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(path);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reportStrayFolders(Path contentDir, SiteConfig config) {
        try (Stream<Path> children = Files.list(contentDir)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && !name.startsWith(".") && config.language(name).isEmpty()
                        && !RESERVED_FOLDERS.contains(name)) {
                    problems.error(relative(child), 0, "folder content/" + name + "/ is not a language of site.yaml",
                            "add a language with `key: " + name + "` to site.yaml, or move these pages into "
                                    + "a language folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH; // it was just read; a time that cannot be had only orders messages
        }
    }

    private Optional<String> readText(Path file) {
        return AuthorFiles.read(file, relative(file), problems);
    }

    private Path relative(Path path) {
        return project.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
    }
}
