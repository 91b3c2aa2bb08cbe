package org.amicus.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (the engine of validator.w3.org/nu and of vnu.jar), run in this JVM, offline.
 *
 * <p>{@link EmbeddedValidator} would set the checker up again for every page and hand back JSON to parse; this
 * sets it up once, with the same schema and checks, and collects errors as they are reported. Only errors and
 * fatal errors count: warnings and info messages (which the checker also reports through
 * {@link ErrorHandler#warning}) are advice, not invalidity.
 */
final class NuHtmlChecker {

    /** One error in one page: the page's line and the checker's own message. */
    record Error(Path page, int line, String message) {
        @Override
        public String toString() {
            return page.toString().replace('\\', '/') + ":" + line + ": " + message;
        }
    }

    private final SimpleDocumentValidator validator;
    private final List<SAXParseException> reported = new ArrayList<>();

    NuHtmlChecker() {
        // Its own log4j set-up would log at DEBUG to the console; its debug chatter is not ours to show.
        Logger.getLogger("nu.validator").setLevel(Level.OFF);
        // No log4j set-up, no URL logging, no language detection (it only ever warns, and is the slow part).
        validator = new SimpleDocumentValidator(false, false, false);
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                reported.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                reported.add(e);
            }
        };
        try {
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML checker could not load its schema", e);
        }
        if (!reported.isEmpty()) {
            throw new IllegalStateException("the Nu HTML checker's schema has errors: " + reported);
        }
    }

    /** The errors of one UTF-8 HTML file; {@code name} is how the errors name the page. */
    List<Error> errors(Path file, Path name) {
        reported.clear();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML checker failed on " + name, e);
        }
        return reported.stream().map(e -> new Error(name, e.getLineNumber(), e.getMessage())).toList();
    }
}
