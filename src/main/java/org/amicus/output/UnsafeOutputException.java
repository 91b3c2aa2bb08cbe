package org.amicus.output;

/** Writing would reach outside the output folder, or replace something that is not a previous build. */
public final class UnsafeOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public UnsafeOutputException(String message) {
        this(message, "");
    }

    /** @param hint how to fix it, like {@code choose an empty or new folder with --out}; may be empty */
    public UnsafeOutputException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** How to fix it; empty when the message says it all. */
    public String hint() {
        return hint;
    }
}
