package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

/**
 * {@code Category:}, {@code Tags:}, {@code Auteur :}: the label of a meta line's next field, which
 * ends the field before it as a sign would. A label is one capitalised word and its colon: a word
 * of prose before a colon starts lower case, or follows other words.
 */
final class NextFieldLabels {

    private NextFieldLabels() {}

    /** Whether a field's label (a capitalised word and a colon) opens at token {@code i}. */
    static boolean opensAt(Lookahead ahead, int i) {
        return ahead.type(i) == WORD
                && ahead.type(i + 1) == COLON
                && Character.isUpperCase(ahead.text(i).codePointAt(0));
    }
}
