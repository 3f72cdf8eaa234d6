package dev.showpage;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;

/**
 * Thrown by a strict parser at the first error-severity problem of a page.
 *
 * <p>{@link #getMessage()} is {@code line L:C: message}; the parts are available one by one.
 */
public final class EpisodePageParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // Kept field by field, not as a Diagnostic: the model's records are not serializable.

    /** The problem's severity. */
    private final Severity severity;

    /** The problem's stable code. */
    private final String code;

    /** The problem's 1-based line. */
    private final int line;

    /** The problem's 1-based column. */
    private final int column;

    /** The problem's message, without its position. */
    private final String errorMessage;

    /** The input from the problem's position to the end of its line. */
    private final String offendingText;

    /**
     * Creates the exception for one diagnostic.
     *
     * @param diagnostic the error that stopped the parse
     * @param offendingText the text of the input at the diagnostic's position, up to the end of its
     *     line
     */
    public EpisodePageParseException(Diagnostic diagnostic, String offendingText) {
        super(
                "line "
                        + diagnostic.line()
                        + ":"
                        + diagnostic.column()
                        + ": "
                        + diagnostic.message());
        requireNonNull(diagnostic, "diagnostic is null");
        this.severity = diagnostic.severity();
        this.code = diagnostic.code();
        this.line = diagnostic.line();
        this.column = diagnostic.column();
        this.errorMessage = diagnostic.message();
        this.offendingText = requireNonNull(offendingText, "offendingText is null");
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, at least 1
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the problem.
     *
     * @return the column, at least 1
     */
    public int column() {
        return column;
    }

    /**
     * The stable code of the problem, such as {@code unrecognised-line}.
     *
     * @return the diagnostic's kebab-case code
     */
    public String code() {
        return code;
    }

    /**
     * The message without its position.
     *
     * @return the diagnostic's message, without the {@code line L:C: } prefix of {@link
     *     #getMessage()}
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * The input from the problem's position to the end of its line.
     *
     * @return the offending text, without the line break; empty when the problem is at the end of
     *     its line
     */
    public String offendingText() {
        return offendingText;
    }

    /**
     * The diagnostic that stopped the parse.
     *
     * @return the diagnostic, of error severity
     */
    public Diagnostic diagnostic() {
        return new Diagnostic(severity, code, line, column, errorMessage);
    }
}
