package dev.showpage.internal.antlr;

import dev.showpage.internal.text.TextDamage;

/**
 * A page's characters with the damage of its text repaired before the lexer reads them ({@link
 * TextDamage}): what was repaired, for the diagnostics that say so.
 */
public interface RepairedChars {

    /** The page's damage, in the input's lines and columns; {@link TextDamage#NONE} for none. */
    TextDamage damage();
}
