package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amicus.diagnostic.Problem;
import org.amicus.render.view.Alternate;
import org.amicus.render.view.RedirectView;
import org.amicus.render.view.TranslationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The FreeMarker setup: errors name template:line and page; templates reach nothing but their model. */
class TemplateEngineTest {

    @TempDir
    Path templates;

    private static final Path PAGE = Path.of("content/en/the-case.md");

    private Problem failure(String template, Map<String, Object> model) throws IOException {
        Files.writeString(templates.resolve("t.ftlh"), template);
        TemplateEngine engine = new TemplateEngine(templates);
        return assertThrows(TemplateEngine.TemplateFailure.class,
                () -> engine.render("t", model, Locale.ENGLISH, PAGE)).problem();
    }

    private String render(String template, Map<String, Object> model) throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), template);
        return new TemplateEngine(templates).render("t", model, Locale.ENGLISH, PAGE);
    }

    @Test
    void missingVariableNamesTemplateLineAndPage() throws IOException {
        Problem problem = failure("<p>\n${page.title}\n${page.nope}</p>", Map.of("page", Map.of("title", "T")));
        assertEquals("templates/t.ftlh:3", problem.location());
        assertTrue(problem.message().startsWith("The following has evaluated to null or missing: ==> page.nope"),
                problem.message());
        assertTrue(problem.message().endsWith("(while rendering content/en/the-case.md)"), problem.message());
        assertTrue(problem.hint().contains("<#if x??>"), problem.hint());
    }

    @Test
    void syntaxErrorNamesTemplateAndLine() throws IOException {
        Problem problem = failure("<p>\n<#if x>\n</p>", Map.of());
        assertEquals("templates/t.ftlh:3", problem.location());
        assertTrue(problem.message().startsWith("template syntax error: "), problem.message());
    }

    @Test
    void valuesAreHtmlEscapedAndContentIsNot() throws Exception {
        var markup = freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup("<em>x</em>");
        assertEquals("<p>&lt;script&gt; <em>x</em></p>",
                render("<p>${text} ${content}</p>", Map.of("text", "<script>", "content", markup)));
    }

    @Test
    void newBuiltInCannotInstantiateAnyClass() throws IOException {
        Problem problem = failure("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
                Map.of());
        assertTrue(problem.message().contains("Instantiating freemarker.template.utility.Execute is not allowed"),
                problem.message());
    }

    @Test
    void apiBuiltInIsDisabled() throws IOException {
        Problem problem = failure("${m?api.getClass()}", Map.of("m", Map.of("a", "b")));
        assertTrue(problem.message().contains("?api"), problem.message());
    }

    @Test
    void viewComponentsAreReadAsPropertiesNamedLikeTheComponent() throws Exception {
        TranslationLink link = new TranslationLink("fr", "fr-FR", "Français", "L'affaire", "/fr/l-affaire/",
                "https://example.org/fr/l-affaire/", true, List.of("a", "b"));

        assertEquals("fr-FR true a b L&#39;affaire", render("${t.locale} ${t.isFallback?c} ${t.sharedAnchors?join(\" \")} "
                + "${t.title}", Map.of("t", link)));
    }

    @Test
    void anAbsentViewComponentIsMissing() throws Exception {
        assertEquals("none", render("${(r.title)!\"none\"}", Map.of("r", new RedirectView("/a/", "https://x/a/", null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t.toString()", "t.hashCode()", "t.getClass()", "t.class", "t.equals(t)"})
    void nothingOfAViewButItsComponentsIsReachable(String expression) throws IOException {
        Problem problem = failure("${" + expression + "}", Map.of("t", new Alternate("en", "en-US", "https://x/")));
        assertTrue(problem.message().contains("null or missing")
                || problem.message().contains("Expected a method"), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"p.fileSystem", "p.toAbsolutePath()", "p.getClass()", "d.year", "d.plusDays(1)"})
    void javaObjectsOutsideTheViewsShowNoMember(String expression) throws IOException {
        Problem problem = failure("${" + expression + "}", Map.of("p", Path.of("secret"), "d", LocalDate.of(2024, 1, 1)));
        assertTrue(problem.message().contains("null or missing"), problem.message());
    }

    @Test
    void aJavaObjectOutsideTheViewsDoesNotPrintItself() throws Exception {
        assertEquals("[toString not exposed]", render("${p}", Map.of("p", Path.of("secret"))));
    }

    @Test
    void staticGivesThePublishedUrlOfAStaticFile() throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), "${static(\"css/site.css\")}");
        TemplateEngine engine = new TemplateEngine(templates, Map.of("css/site.css", "static/css/site.1234.css"),
                path -> "/base" + path);

        assertEquals("/base/static/css/site.1234.css", engine.render("t", Map.of(), Locale.ENGLISH, PAGE));
    }

    @Test
    void templatesOutsideTheTemplatesFolderCannotBeIncluded() throws IOException {
        Files.writeString(templates.getParent().resolve("secret.ftlh"), "secret");
        Problem problem = failure("<#include \"../secret.ftlh\">", Map.of());
        assertTrue(problem.message().contains("secret.ftlh"), problem.message());
    }

    @Test
    void missingTemplateIsReportedOnThePage() throws IOException {
        TemplateEngine engine = new TemplateEngine(templates);
        Problem problem = assertThrows(TemplateEngine.TemplateFailure.class,
                () -> engine.render("gallery", Map.of(), Locale.ENGLISH, PAGE)).problem();
        assertEquals("content/en/the-case.md: there is no template templates/gallery.ftlh",
                problem.location() + ": " + problem.message());
    }
}
