package dev.showpage.internal.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Reads a stretch of a page's text in place, for a reader that only looks at its characters: a page
 * the lexer reads as it is written (no repaired run, no character beyond U+FFFF) is read from the
 * characters it was copied into, without making a string of them.
 */
public final class PageText {

    private PageText() {}

    /**
     * The input from {@code first} to {@code last} (inclusive), the characters {@link
     * CharStream#getText} would give: a view of the page, or that text.
     */
    public static CharSequence between(CharStream input, int first, int last) {
        if (input instanceof PageChars page) {
            return page.view(first, last);
        }
        return input.getText(Interval.of(first, last));
    }
}
