package org.amicus.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.amicus.diagnostic.Problem;
import org.amicus.diagnostic.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorFilesTest {

    private static final Path SHOWN = Path.of("templates/i18n/fr.yaml");

    @TempDir
    Path dir;
    private final Problems problems = new Problems();

    private Optional<String> read(byte[] bytes) throws IOException {
        Path file = dir.resolve("fr.yaml");
        Files.write(file, bytes);
        return AuthorFiles.read(file, SHOWN, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void utf8TextIsReadWithItsLineEndingsMadeNewlines() throws IOException {
        assertEquals(Optional.of("a: « b »\nc: d\n"), read("\uFEFFa: « b »\r\nc: d\r".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), reported());
    }

    @Test
    void latin1TextIsReportedOnTheLineOfItsFirstInvalidByte() throws IOException {
        Optional<String> text = read("search: Search\nskip: Aller au contenu\nmenu: Menu fran\u00e7ais\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(Optional.empty(), text);
        assertEquals(List.of("error: templates/i18n/fr.yaml:3: the file is not valid UTF-8 (byte 0xE7)\n"
                + "  fix: save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)"), reported());
    }

    @Test
    void aReplacementCharacterTheAuthorTypedIsText() throws IOException {
        assertEquals(Optional.of("a: \uFFFD\n"), read("a: \uFFFD\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), reported());
    }

    @Test
    void anInvalidByteAfterATypedReplacementCharacterIsReported() throws IOException {
        byte[] typed = "a: \uFFFD\nb: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(typed, typed.length + 2);
        bytes[typed.length] = (byte) 0xE7;
        bytes[typed.length + 1] = '\n';

        assertEquals(Optional.empty(), read(bytes));
        assertEquals(List.of("error: templates/i18n/fr.yaml:2: the file is not valid UTF-8 (byte 0xE7)\n"
                + "  fix: save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)"), reported());
    }

    @Test
    void fileThatCannotBeReadIsReported() {
        Optional<String> text = AuthorFiles.read(dir.resolve("missing.yaml"), SHOWN, problems);

        assertEquals(Optional.empty(), text);
        assertEquals("cannot read the file: no such file or folder", problems.sorted().get(0).message());
    }

    @Test
    void normalizeDropsTheByteOrderMarkAndUnifiesLineEndings() {
        assertEquals("a\nb\nc\n", AuthorFiles.normalize("\uFEFFa\r\nb\rc\n"));
    }

    @Test
    void byteOrderMarkInsideTheTextIsKept() {
        assertEquals("a\uFEFFb", AuthorFiles.normalize("a\uFEFFb"));
    }
}
