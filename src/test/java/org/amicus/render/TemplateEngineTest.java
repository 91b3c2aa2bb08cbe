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
        return failed(template, model).problem();
    }

    private TemplateEngine.TemplateFailure failed(String template, Map<String, Object> model) throws IOException {
        Files.writeString(templates.resolve("t.ftlh"), template);
        TemplateEngine engine = new TemplateEngine(templates);
        return assertThrows(TemplateEngine.TemplateFailure.class,
                () -> engine.render("t", model, Locale.ENGLISH, PAGE));
    }

    private String render(String template, Map<String, Object> model) throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), template);
        return new TemplateEngine(templates).render("t", model, Locale.ENGLISH, PAGE);
    }

    @Test
    void missingVariableNamesTemplateLineAndPageApart() throws IOException {
        TemplateEngine.TemplateFailure failure = failed("<p>\n${page.title}\n${page.nope}</p>",
                Map.of("page", Map.of("title", "T")));
        assertEquals("templates/t.ftlh:3", failure.mistake().location());
        assertEquals("`page.nope` is missing", failure.mistake().message());
        assertEquals(PAGE, failure.page());
        assertEquals("error: templates/t.ftlh:3: `page.nope` is missing (while rendering content/en/the-case.md)",
                failure.problem().format().lines().findFirst().orElseThrow());
    }

    @Test
    void missingVariableSuggestsTheCloseNameBesideIt() throws IOException {
        Problem problem = failure("${page.titel}", Map.of("page", Map.of("title", "T", "tags", "x")));
        assertEquals("did you mean `page.title`? if it may be absent, test it with `<#if page.titel??>` or give a "
                + "default with `page.titel!\"\"`", problem.hint());
    }

    @Test
    void missingTopLevelVariableSuggestsACloseOne() throws IOException {
        Problem problem = failed("${lnag.key}", Map.of("lang", Map.of("key", "en"))).mistake();
        assertEquals("`lnag` is missing", problem.message());
        assertTrue(problem.hint().startsWith("did you mean `lang`? "), problem.hint());
    }

    @Test
    void missingVariableWithNoCloseNamePointsToTheReference() throws IOException {
        Problem problem = failure("${page.nonexistent}", Map.of("page", Map.of("title", "T")));
        assertEquals("check the name in the README's template reference; if it may be absent, test it with "
                + "`<#if page.nonexistent??>` or give a default with `page.nonexistent!\"\"`", problem.hint());
    }

    @Test
    void staticFileThatDoesNotExistGetsADidYouMean() throws IOException {
        StaticUrl staticUrl = new StaticUrl(Map.of("css/site.css", "static/css/site.3f9a1c2b7e.css"), url -> url);
        Problem problem = failure("<p>\n${static(\"css/sight.css\")}", Map.of("static", staticUrl));
        assertEquals("error: templates/t.ftlh:2: static(\"css/sight.css\"): there is no file "
                + "templates/static/css/sight.css (while rendering content/en/the-case.md)\n"
                + "  fix: did you mean `css/site.css`? give the path of a file inside templates/static/, like "
                + "static(\"css/site.css\")", problem.format());
    }

    @Test
    void staticWithoutAPathSaysHowToCallIt() throws IOException {
        StaticUrl staticUrl = new StaticUrl(Map.of(), url -> url);
        Problem problem = failure("${static()}", Map.of("static", staticUrl));
        assertEquals("static() takes one text: the path inside templates/static/ (while rendering "
                + "content/en/the-case.md)", problem.message());
        assertEquals("write it like static(\"css/site.css\")", problem.hint());
    }

    @Test
    void templateThatLinksOutsideTheTemplatesFolderIsNamedWithItsTarget(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(templates.resolve("evil.ftlh"), secret);
        TemplateEngine engine = new TemplateEngine(templates);
        TemplateEngine.TemplateFailure failure = assertThrows(TemplateEngine.TemplateFailure.class,
                () -> engine.render("evil", Map.of(), Locale.ENGLISH, PAGE));
        assertEquals("error: templates/evil.ftlh: the template is a link to " + secret.toRealPath() + ", outside "
                + "templates/ (while rendering content/en/the-case.md)\n"
                + "  fix: copy the template into templates/ instead of linking to it", failure.problem().format());
    }

    /** The build asks whether a page's layout exists before rendering it; FreeMarker remembers the refusal. */
    @Test
    void templateThatLinksOutsideIsNamedWithItsTargetAfterItsExistenceWasChecked(@TempDir Path outside)
            throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(templates.resolve("evil.ftlh"), secret);
        TemplateEngine engine = new TemplateEngine(templates);
        assertTrue(engine.exists("evil"));
        TemplateEngine.TemplateFailure failure = assertThrows(TemplateEngine.TemplateFailure.class,
                () -> engine.render("evil", Map.of(), Locale.ENGLISH, PAGE));
        assertEquals("error: templates/evil.ftlh: the template is a link to " + secret.toRealPath() + ", outside "
                + "templates/ (while rendering content/en/the-case.md)\n"
                + "  fix: copy the template into templates/ instead of linking to it", failure.problem().format());
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
        assertTrue(problem.message().contains("is missing")
                || problem.message().contains("Expected a method"), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"p.fileSystem", "p.toAbsolutePath()", "p.getClass()", "d.year", "d.plusDays(1)"})
    void javaObjectsOutsideTheViewsShowNoMember(String expression) throws IOException {
        Problem problem = failure("${" + expression + "}", Map.of("p", Path.of("secret"), "d", LocalDate.of(2024, 1, 1)));
        assertTrue(problem.message().endsWith("`" + expression.replaceAll("\\(.*\\)$", "") + "` is missing (while rendering "
                + "content/en/the-case.md)"), problem.message());
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

    @Test
    void oneEnginePerTemplatesFolderWhileItsTemplatesStayTheSame() throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), "one ${static(\"site.css\")}");
        Map<String, String> css = Map.of("site.css", "static/site.1.css");
        TemplateEngine first = TemplateEngine.of(templates, css, link -> link);
        assertEquals("one /static/site.1.css", first.render("t", Map.of(), Locale.ENGLISH, PAGE));

        assertTrue(first == TemplateEngine.of(templates, css, link -> link), "the same templates: the same engine");
        Files.writeString(templates.resolve("t.ftlh"), "two ${static(\"site.css\")}");
        TemplateEngine changed = TemplateEngine.of(templates, css, link -> link);
        TemplateEngine restyled = TemplateEngine.of(templates, Map.of("site.css", "static/site.2.css"), link -> link);
        TemplateEngine moved = TemplateEngine.of(templates, Map.of("site.css", "static/site.2.css"),
                link -> "/nso" + link);

        assertEquals("two /static/site.1.css", changed.render("t", Map.of(), Locale.ENGLISH, PAGE));
        assertEquals("two /static/site.2.css", restyled.render("t", Map.of(), Locale.ENGLISH, PAGE));
        assertEquals("two /nso/static/site.2.css", moved.render("t", Map.of(), Locale.ENGLISH, PAGE));
    }
}
