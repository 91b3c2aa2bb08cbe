package org.amicus.diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file or folder that could not be read or written: a full disk, a read-only folder, a path that cannot
 * exist. Neither a mistake in the author's content nor a bug; its message is one line that names the path
 * and the reason, like {@code cannot write the site to /srv/site: /srv: permission denied}.
 */
public final class FileFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public FileFailure(String message, IOException cause) {
        this(message, "", cause);
    }

    /** @param hint how to fix it, like {@code free some space on that disk}; may be empty */
    public FileFailure(String message, String hint, IOException cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** How to fix it; empty when the message says it all. */
    public String hint() {
        return hint;
    }

    /** {@code /srv/site/en: permission denied}: the path the system names, then why, in its words. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException failed && failed.getFile() != null) {
            return failed.getFile() + (failed.getOtherFile() == null ? "" : " → " + failed.getOtherFile()) + ": "
                    + reason(e);
        }
        return reason(e);
    }

    /** The same line for an I/O failure that reached us wrapped, as {@code Files.walk} and lambdas wrap it. */
    public static String describe(UncheckedIOException e) {
        return describe(e.getCause());
    }

    /** How to fix what the system refused, when its reason says: empty otherwise. */
    public static String hint(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "check its permissions (ls -l): you must be able to read it, and to write the output folder";
        }
        String reason = reason(e);
        return reason.contains("no space") || reason.contains("quota") ? "free some space on that disk" : "";
    }

    /** Why, without the path: {@code permission denied}, {@code no space left on device}. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file is already there";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        String reason = e instanceof FileSystemException failed ? failed.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // The system's words ("No space left on device") read as the second half of our sentence.
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
