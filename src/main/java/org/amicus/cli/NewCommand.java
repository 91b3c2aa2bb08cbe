package org.amicus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.config.SiteConfigLoader;
import org.amicus.diagnostic.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amicus new the-appeal.md --title "The appeal"}: a page in the default language with valid front
 * matter, and its counterpart in every other language as an untranslated draft, so the translation is
 * never forgotten and never published by accident.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a page in the default language, and a draft of its translation in each other "
                + "language. Existing files are never overwritten.")
final class NewCommand implements Callable<Integer> {

    /** A path in a language folder: plain segments, ending in .md. */
    private static final Pattern PAGE_PATH = Pattern.compile("([a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_-]*\\.md");

    @Parameters(paramLabel = "PATH", description = "The page's path in the language folder, like the-appeal.md "
            + "or cases/apple.md.")
    String path;

    @Option(names = "--title", paramLabel = "TITLE", description = "The page's title (default: from its file name).")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "One sentence that says what the page explains.")
    String description;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The folder with content/ (default: the current folder).")
    Path project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!PAGE_PATH.matcher(path).matches() || path.endsWith("_index.md") && path.equals("_index.md")) {
            err.println("error: `" + path + "` is not a page path: use lowercase letters, digits and -, ending in "
                    + ".md, like the-appeal.md or cases/apple.md");
            return Main.USAGE_ERRORS;
        }
        Optional<SiteConfig> config = readConfig(err);
        if (config.isEmpty()) {
            return Main.CONTENT_ERRORS;
        }
        String pageTitle = title != null ? title : titleFromFileName();
        String pageDescription = description != null ? description : "One sentence that says what this page explains.";
        List<Path> files = new ArrayList<>();
        for (Language language : config.get().languages()) {
            Path file = project.resolve("content").resolve(language.key()).resolve(path);
            if (Files.exists(file)) {
                err.println("error: " + project.relativize(file) + " already exists; nothing was written");
                return Main.USAGE_ERRORS;
            }
            files.add(file);
        }
        for (Language language : config.get().languages()) {
            boolean source = language.key().equals(config.get().defaultLanguage());
            Path file = project.resolve("content").resolve(language.key()).resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source ? sourcePage(pageTitle, pageDescription) : draftTranslation(pageTitle,
                    pageDescription, config.get().defaultLanguageConfig(), language), StandardCharsets.UTF_8);
            out.println("created " + project.relativize(file) + (source ? "" : " (a draft to translate)"));
        }
        return Main.OK;
    }

    private Optional<SiteConfig> readConfig(PrintWriter err) throws IOException {
        Path siteYaml = project.resolve("content/site.yaml");
        if (!Files.isRegularFile(siteYaml)) {
            err.println("error: content/site.yaml is missing; run `amicus new` in a project folder, or give --project");
            return Optional.empty();
        }
        Problems problems = new Problems();
        Optional<SiteConfig> config = SiteConfigLoader.load(Path.of("content", "site.yaml"),
                Files.readString(siteYaml, StandardCharsets.UTF_8), problems);
        problems.sorted().forEach(p -> err.println(p.format()));
        return config;
    }

    private String titleFromFileName() {
        String name = Path.of(path).getFileName().toString().replace(".md", "").replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String sourcePage(String title, String description) {
        return "---\ntitle: " + yaml(title) + "\ndescription: " + yaml(description) + "\ndate: " + LocalDate.now()
                + "\n---\n> [!NOTE]\n> In short: two or three sentences a reader could stop at.\n\n"
                + "## A heading that asks what the reader wants to know {#first-section}\n\n"
                + "Write short paragraphs, and cite a source after each fact with `[@key]`, a key of "
                + "content/data/sources.yaml.\n";
    }

    /**
     * A draft in another language: not published until a translator removes `draft: true`. Its URL keeps the
     * source's file name until it gets a slug of its own, which the commented {@code slug:} line says.
     */
    private String draftTranslation(String title, String description, Language source, Language language) {
        String name = Path.of(path).getFileName().toString().replace(".md", "");
        return "---\ntitle: " + yaml(title) + "\ndescription: " + yaml(description) + "\ndraft: true\n"
                + "# Its address ends in /" + name + "/ until it has a slug in " + language.name()
                + ": remove the # below and translate the name.\n"
                + "# slug: " + name + "\n---\n"
                + "To translate from the " + source.name() + " page. When the translation is done, remove "
                + "`draft: true` and add the `translatedFrom:` version that `amicus check --translations` prints "
                + "for this file.\n";
    }

    /** A YAML scalar in double quotes, so any title is valid. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
