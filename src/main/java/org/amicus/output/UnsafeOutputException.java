package org.amicus.output;

/** Writing would reach outside the output folder, or replace something that is not a previous build. */
public final class UnsafeOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message);
    }
}
