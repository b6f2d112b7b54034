package dev.cdlint.source;

/**
 * An input that cdlint cannot read: a missing or malformed file, a hostile XML document, a schema with a syntax
 * error. The message names the problem in words a user acts on; {@link #location()} says where. Front ends print
 * {@code location: message} and exit with the "unreadable input" code, never a stack trace.
 */
public final class InputException extends RuntimeException {

    private final SourceLocation location;

    public InputException(SourceLocation location, String message) {
        super(message);
        this.location = location;
    }

    public InputException(SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }

    /** {@code file:line:column: message}, the form compilers and editors recognise. */
    public String describe() {
        return location + ": " + getMessage();
    }
}
