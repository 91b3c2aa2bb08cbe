package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amicus.config.Language;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class I18nTest {

    private static final List<Language> LANGUAGES = List.of(new Language("en", "en-US", "English", "", "", ""),
            new Language("fr", "fr-FR", "Français", "", "", ""));

    @TempDir
    Path project;
    private final Problems problems = new Problems();

    private void write(String lang, byte[] bytes) throws IOException {
        Path file = project.resolve("templates/i18n/" + lang + ".yaml");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void stringsOfEachLanguageAreRead() throws IOException {
        write("en", "search: Search\nmenu: Menu\n".getBytes(StandardCharsets.UTF_8));
        write("fr", "search: Rechercher\nmenu: Menu\n".getBytes(StandardCharsets.UTF_8));

        I18n i18n = I18n.load(project, LANGUAGES, problems);

        assertEquals(Map.of("search", "Rechercher", "menu", "Menu"), i18n.of("fr"));
        assertEquals(List.of(), reported());
    }

    @Test
    void stringMissingInALanguageIsReported() throws IOException {
        write("en", "search: Search\nmenu: Menu\n".getBytes(StandardCharsets.UTF_8));
        write("fr", "search: Rechercher\n".getBytes(StandardCharsets.UTF_8));

        I18n.load(project, LANGUAGES, problems);

        assertEquals(List.of("error: templates/i18n/fr.yaml: UI string `menu` is missing in Français\n"
                + "  fix: add `menu: …` translated into Français"), reported());
    }

    @Test
    void fileThatIsNotUtf8IsReportedOnItsLine() throws IOException {
        write("en", "search: Search\n".getBytes(StandardCharsets.UTF_8));
        write("fr", "search: Rechercher\nskip: Aller \u00e0 l'essentiel\n".getBytes(StandardCharsets.ISO_8859_1));

        I18n.load(project, LANGUAGES, problems);

        assertEquals(List.of("error: templates/i18n/fr.yaml:2: the file is not valid UTF-8 (byte 0xE0)\n"
                + "  fix: save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)"), reported());
    }
}
