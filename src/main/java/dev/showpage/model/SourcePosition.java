package dev.showpage.model;

/**
 * Where an element starts in the input: a 1-based line and a 1-based column.
 *
 * <p>Columns count UTF-16 code units, as {@link String#charAt(int)} does, so a column can be used
 * directly as an index into the line.
 *
 * @param line the 1-based line number
 * @param column the 1-based column number
 */
public record SourcePosition(int line, int column) {

    /**
     * Checks that line and column are at least 1.
     *
     * @param line the 1-based line number
     * @param column the 1-based column number
     */
    public SourcePosition {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        if (column < 1) {
            throw new IllegalArgumentException("column must be at least 1: " + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
