package org.amicus.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.amicus.diagnostic.FileFailure;
import org.amicus.diagnostic.Problems;

/**
 * Reads the files authors write (pages, site.yaml, data files, UI strings) one way: strict UTF-8, so a file saved
 * in another encoding is an error with its line instead of silently garbled text, and line endings made
 * {@code \n}.
 */
public final class AuthorFiles {

    private AuthorFiles() {
    }

    /**
     * @param file  the file to read
     * @param shown the same file as messages name it (relative to the project)
     * @return the text, normalized; empty when the file cannot be read or is not UTF-8 (reported)
     */
    public static Optional<String> read(Path file, Path shown, Problems problems) {
        if (Files.isSymbolicLink(file)) {
            problems.error(shown, 0, "the file is a symbolic link, which a build does not follow: links could reach "
                    + "outside the project", "put the file itself here instead of a link to it");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(shown, 0, "cannot read the file: " + FileFailure.reason(e), "check that you may read it");
            return Optional.empty();
        }
        return decode(bytes, shown, problems);
    }

    /**
     * The text of a file already read, as {@link #read} makes it.
     *
     * @return the text, normalized; empty when the bytes are not UTF-8 (reported)
     */
    public static Optional<String> decode(byte[] bytes, Path shown, Problems problems) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                // U+FFFD is where the bytes are not UTF-8, or typed by the author: the strict decoder tells which.
                // Most files have none, and a String decodes faster than a CharsetDecoder and its CharBuffer.
                text = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            }
            return Optional.of(normalize(text));
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes);
            String at = offset < bytes.length ? String.format(" (byte 0x%02X)", bytes[offset] & 0xFF) : "";
            problems.error(shown, lineAt(bytes, offset), "the file is not valid UTF-8" + at,
                    "save it as UTF-8 in your editor (it may be Latin-1 or Windows-1252)");
            return Optional.empty();
        }
    }

    /** Line endings become {@code \n} and a leading byte-order mark is dropped, as editors do silently. */
    public static String normalize(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where decoding fails: the decoder knows, so ask it. */
    private static int firstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        boolean failed = strictDecoder().decode(in, CharBuffer.allocate(bytes.length + 1), true).isError();
        return failed ? in.position() : bytes.length;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
