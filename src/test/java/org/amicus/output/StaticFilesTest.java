package org.amicus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stylesheets and scripts are published under their content's hash, however many builds keep the hashes. */
class StaticFilesTest {

    @TempDir
    Path templates;

    @Test
    void aStylesheetIsNamedByItsContentAndOtherFilesByTheirName() throws IOException {
        write("css/site.css", "body { color: black }");
        write("icons/favicon.svg", "<svg/>");

        Map<String, String> published = StaticFiles.of(templates, new HashMap<>()).published();

        // `printf "body { color: black }" | sha256sum` starts f674c2ffb7
        assertEquals("static/css/site.f674c2ffb7.css", published.get("css/site.css"));
        assertEquals("static/icons/favicon.svg", published.get("icons/favicon.svg"));
    }

    @Test
    void hashesKeptBetweenBuildsGiveTheNamesAFreshBuildGives() throws IOException {
        Map<Path, StaticFiles.Hashed> kept = new HashMap<>();
        write("js/a.js", "let a = 1;");
        String first = StaticFiles.of(templates, kept).published().get("js/a.js");
        assertEquals(first, StaticFiles.of(templates, kept).published().get("js/a.js"), "the same bytes");

        write("js/a.js", "let a = 2;"); // as long as before: only the bytes tell the change
        String changed = StaticFiles.of(templates, kept).published().get("js/a.js");

        assertNotEquals(first, changed);
        assertEquals(StaticFiles.of(templates, new HashMap<>()).published().get("js/a.js"), changed);
    }

    private void write(String name, String text) throws IOException {
        Path file = templates.resolve("static").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
