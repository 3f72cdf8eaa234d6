package dev.showpage.model;

import static java.util.Objects.requireNonNull;

/**
 * A part of the page that was not understood or looked damaged, with its position.
 *
 * @param severity how bad it is
 * @param code a stable, kebab-case identifier such as {@code missing-title}, for tools
 * @param line the 1-based line of the input it concerns
 * @param column the 1-based column of the input it concerns
 * @param message a sentence for people
 */
public record Diagnostic(Severity severity, String code, int line, int column, String message) {

    /**
     * Checks that no component is null and that line and column are at least 1.
     *
     * @param severity how bad it is
     * @param code a stable, kebab-case identifier such as {@code missing-title}, for tools
     * @param line the 1-based line of the input it concerns
     * @param column the 1-based column of the input it concerns
     * @param message a sentence for people
     */
    public Diagnostic {
        requireNonNull(severity, "severity is null");
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "line and column are 1-based: " + line + ":" + column);
        }
    }

    /**
     * The position this diagnostic concerns.
     *
     * @return the line and column as a position
     */
    public SourcePosition position() {
        return new SourcePosition(line, column);
    }

    /** {@code line L:C: severity: message [code]}, the shape editors and CI annotators read. */
    @Override
    public String toString() {
        return "line "
                + line
                + ":"
                + column
                + ": "
                + severity.name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + message
                + " ["
                + code
                + "]";
    }
}
