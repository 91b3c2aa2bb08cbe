package org.amicus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicus.config.Language;
import org.amicus.config.SiteConfig;
import org.amicus.config.SiteConfigLoader;
import org.amicus.content.FrontMatterParser;
import org.amicus.data.DataSchemas;
import org.amicus.diagnostic.Problems;
import org.amicus.util.Json;
import org.amicus.render.I18n;
import org.amicus.yaml.AuthorFiles;
import org.amicus.yaml.JsonSchemas;
import org.amicus.yaml.Schema;

/**
 * Writes the JSON Schemas of the YAML files authors write into {@code .schemas/}, from the same schemas the build
 * checks them with, so an editor completes and checks what the build will. They are committed; a test fails
 * when they differ from what this writes. To write them again (after a change of a schema or of the languages):
 * {@code mvn -q package -DskipTests && java -cp target/amicus.jar org.amicus.EditorSchemas}.
 */
public final class EditorSchemas {

    /** A dot-folder at the top of the project: beside content/ and templates/, whose files it describes. */
    public static final Path FOLDER = Path.of(".schemas");

    /**
     * @param file      the schema's file name in {@link #FOLDER}
     * @param appliesTo the files it describes, as a glob relative to the project
     * @param listTitle for a data file, which is a list of entries of {@code schema}: what the file is; else null
     */
    public record EditorSchema(String file, String appliesTo, Schema schema, String listTitle) {

        public Map<String, Object> json() {
            return listTitle == null ? JsonSchemas.forMapping(schema) : JsonSchemas.forList(schema, listTitle);
        }

        /** The schema as the committed file holds it. */
        public String text() {
            return Json.indented(json()) + "\n";
        }
    }

    private EditorSchemas() {
    }

    /** Every schema; those of data files are made for the site's languages. */
    public static List<EditorSchema> all(SiteConfig config) {
        List<Language> languages = config.languages();
        return List.of(
                new EditorSchema("site.schema.json", "content/site.yaml", SiteConfigLoader.SCHEMA, null),
                new EditorSchema("front-matter.schema.json", "content/*/**/*.md", FrontMatterParser.SCHEMA, null),
                new EditorSchema("sources.schema.json", "content/data/sources.yaml", DataSchemas.sources(),
                        "content/data/sources.yaml: the sources"),
                new EditorSchema("glossary.schema.json", "content/data/glossary.yaml", DataSchemas.glossary(languages),
                        "content/data/glossary.yaml: the glossary, every term in every language"),
                new EditorSchema("timeline.schema.json", "content/data/timeline.yaml", DataSchemas.timeline(languages),
                        "content/data/timeline.yaml: the events of the case"),
                new EditorSchema("changes.schema.json", "content/data/changes.yaml", DataSchemas.changes(languages),
                        "content/data/changes.yaml: the log of changes to the explainer"),
                new EditorSchema("figures.schema.json", "content/data/figures.yaml", DataSchemas.figures(languages),
                        "content/data/figures.yaml: the figures drawn at build time, placed with [!FIGURE key]"),
                new EditorSchema("i18n.schema.json", "templates/i18n/*.yaml", I18n.SCHEMA, null));
    }

    /** Writes every schema of the project in {@code args[0]} (default: the current folder). */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : "");
        Path siteYaml = Path.of("content", "site.yaml");
        Problems problems = new Problems();
        Optional<SiteConfig> config = AuthorFiles.read(project.resolve(siteYaml), siteYaml, problems)
                .flatMap(text -> SiteConfigLoader.load(siteYaml, text, problems));
        if (config.isEmpty()) {
            problems.sorted().forEach(problem -> System.err.println(problem.format()));
            System.exit(1);
        }
        Files.createDirectories(project.resolve(FOLDER));
        for (EditorSchema schema : all(config.get())) {
            Files.writeString(project.resolve(FOLDER).resolve(schema.file()), schema.text(), StandardCharsets.UTF_8);
            System.out.println("wrote " + FOLDER.resolve(schema.file()) + " for " + schema.appliesTo());
        }
    }
}
