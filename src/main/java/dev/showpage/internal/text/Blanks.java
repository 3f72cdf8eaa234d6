package dev.showpage.internal.text;

/**
 * The one definition of a blank in page text: what separates words and the parts of a value, and
 * what the model builder collapses to a single space.
 *
 * <p>Blanks are ASCII white space with the information separators U+001C to U+001F, every Unicode
 * space (the no-break ones too: pages put them between a number and its unit), the line and
 * paragraph separators, the zero-width space, and the byte order mark, which editors leave inside
 * text as a zero-width no-break space. This is the set the lexer skips as {@code WS}, with its line
 * breaks; the two must change together.
 */
public final class Blanks {

    private Blanks() {}

    /** Whether {@code c}, a character or a code point, is blank. */
    public static boolean isBlank(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u200B'
                || c == '\uFEFF';
    }
}
