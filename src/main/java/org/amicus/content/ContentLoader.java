package org.amicus.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.config.SiteConfigLoader;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problems;

/** Reads {@code content/}: site.yaml, then every page of every language, on all cores. */
public final class ContentLoader {

    /** Folders of {@code content/} that are not languages. */
    private static final List<String> RESERVED_FOLDERS = List.of("data");

    private final Path project;
    private final Problems problems;

    public ContentLoader(Path project, Problems problems) {
        this.project = project;
        this.problems = problems;
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
                } else {
                    assets.add(new Asset(file, language.key() + "/" + slashes(dir.relativize(file))));
                }
            }
        }
        List<SourcePage> pages = markdown.parallelStream()
                .map(this::loadPage)
                .flatMap(Optional::stream)
                .toList();
        return Optional.of(new Content(config.get(), pages, List.copyOf(assets)));
    }

    private Optional<SourcePage> loadPage(Path file) {
        Path shown = relative(file);
        Path languageDir = project.resolve("content").relativize(file).getName(0);
        String lang = languageDir.toString();
        String sourcePath = slashes(project.resolve("content").resolve(languageDir).relativize(file));
        return readText(file)
                .flatMap(text -> FrontMatterSplitter.split(shown, text, problems))
                .flatMap(split -> FrontMatterParser.parse(shown, split, problems)
                        .map(fm -> new SourcePage(shown, lang, sourcePath, fm, split.body(), split.bodyFirstLine())));
    }

    /** Files of a folder tree in a stable order; hidden files and symbolic links are left out. */
    private List<Path> listFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            for (Path path : walk.sorted().toList()) {
                if (path.equals(dir) || isHidden(dir.relativize(path))) {
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

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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

    /** Reads a file as strict UTF-8: a wrong encoding is reported with its line, not silently replaced. */
    Optional<String> readText(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(relative(file), 0, "cannot read the file: " + FileFailure.reason(e),
                    "check that you may read it");
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String at = offset < bytes.length ? String.format(" (byte 0x%02X)", bytes[offset] & 0xFF) : "";
            problems.error(relative(file), line, "the file is not valid UTF-8" + at,
                    "save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)");
            return Optional.empty();
        }
    }

    /** Where decoding fails: the decoder knows, so ask it chunk by chunk. */
    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        return bytes.length;
    }

    private Path relative(Path path) {
        return project.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
