package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DURATION;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.PUBLISHED;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUANTITY;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import org.antlr.v4.runtime.Token;

/**
 * What the value reader has handed on so far, as far as the next value depends on it: the types of
 * the last two tokens, whether the last was a field's sign, and what kind of line the lines before
 * were (a line of only a date makes a clock time under it a length). A date or a length is told
 * from the same words in a sentence by where it stands, and this is where it stands.
 */
final class HandedOn {

    /**
     * What the lines handed on so far say of an episode's meta lines: {@link #DATED} after a line
     * of only a date (a card's "• 23.12.2021"), kept over lines of only a file size ("70 MB"),
     * until a line of only a clock time takes it as the episode's length; {@link #NONE} otherwise.
     */
    private static final int NONE = 0;

    private static final int DATED = 1;

    /** The last token handed on, or null at the page's start. */
    Token last;

    /** The types of the last two tokens handed on. */
    int lastType = NL;

    int beforeLastType = NL;

    /** Whether the last token handed on is a separator of fields: a bullet, bar, dash or "·". */
    boolean lastSeparates;

    private int metaLines = NONE;

    /** Of the current line: tokens handed on, and which kinds. */
    private int lineTokens;

    private int lineDates;
    private int lineLengths;
    private int lineSizes;
    private int lineOthers;

    /** Notes a token handed on: its type, and what kind of token the line has. */
    void add(Token token) {
        last = token;
        beforeLastType = lastType;
        lastType = token.getType();
        int type = lastType;
        lastSeparates =
                type == BULLET
                        || type == PIPE
                        || type == DASH
                        || ((type == WORD || type == OTHER)
                                && token.getStartIndex() == token.getStopIndex()
                                && FieldShapes.isFieldSign(token.getText()));
        if (type == NL || type == Token.EOF) {
            boolean onlyValues = lineTokens > 0 && lineOthers == 0 && lineLengths == 0;
            if (onlyValues && lineDates == 1 && lineSizes == 0) {
                metaLines = DATED;
            } else if (!(onlyValues && lineDates == 0 && lineSizes == 1)) {
                metaLines = NONE;
            }
            lineTokens = 0;
            lineDates = 0;
            lineLengths = 0;
            lineSizes = 0;
            lineOthers = 0;
            return;
        }
        lineTokens++;
        if (FieldShapes.isDate(type)) {
            lineDates++;
        } else if (type == QUANTITY || type == ISO_DURATION) {
            lineLengths++;
        } else if (type == WORD && beforeLastType == NUMBER && isSizeUnit(token.getText())) {
            lineSizes++;
            lineOthers--; // the amount before the unit
        } else if (!(type == PUBLISHED && lineTokens == 1)
                && !(type == COLON && beforeLastType == PUBLISHED && lineTokens == 2)) {
            lineOthers++; // the date's label ("•", "Datum:") is none
        }
    }

    /** Whether a value at the current place opens its line, or follows a date's label. */
    boolean opensDateField() {
        return lastType == NL
                || lastType == PUBLISHED
                || (lastType == COLON && beforeLastType == PUBLISHED);
    }

    /** Whether the last lines were a line of only a date, maybe with lines of a file size. */
    boolean underDateLine() {
        return metaLines == DATED;
    }

    /** Whether the current line has had a date. */
    boolean lineHasDate() {
        return lineDates > 0;
    }

    /** {@code MB}, {@code Mo}, {@code GB}: the unit of a file's size, as listings print it. */
    private static boolean isSizeUnit(String word) {
        return switch (word) {
            case "KB", "kB", "MB", "GB", "Ko", "Mo", "Go", "KiB", "MiB", "GiB" -> true;
            default -> false;
        };
    }
}
