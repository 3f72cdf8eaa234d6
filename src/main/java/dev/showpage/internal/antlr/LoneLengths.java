package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BRACKETED_TIME;
import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.Durations;
import org.antlr.v4.runtime.Token;

/**
 * A clock time alone on its line that can only be the episode's length, where no date stands beside
 * it: the page's first line ({@code 24:23} over the notes, a copy that starts at the player); the
 * line under a player's position at zero ({@code 00:00} / {@code 32:04}); or after the sign of a
 * field whose value is missing ({@code · 58:45}, {@code | 41:07}, where a listing left out the date
 * before it). Such a time is a length only where no other line around it opens with a time: a
 * chapter list writes its times so, line after line, a length stands alone. A time of day ({@code
 * 12:30}) is none, but under the player's zero, which says what it is.
 */
final class LoneLengths {

    /** How many lines with text, before and after, may not open with a time. */
    private static final int NEIGHBOUR_LINES = 3;

    /** How many tokens ahead the lines after the time are looked at; past that, prose. */
    private static final int AHEAD_TOKENS = 400;

    private final Lookahead ahead;

    /** Lines with text handed on so far, and the last of them that opened with a time. */
    private int textLines;

    private int lastClockLine = -NEIGHBOUR_LINES - 1;

    /** Whether the last line with text was a clock time at zero alone: a player's position. */
    private boolean afterZero;

    /** Of the line being handed on: its tokens, whether it opens with a time, whether at zero. */
    private int lineTokens;

    private boolean lineOpensWithSign;
    private boolean lineOpensWithTime;
    private boolean lineIsZero;

    LoneLengths(Lookahead ahead) {
        this.ahead = ahead;
    }

    /** Notes each token handed on, for the lines before the next time. */
    void account(Token token) {
        int type = token.getType();
        if (type == NL || type == Token.EOF) {
            if (lineTokens > 0) {
                textLines++;
                if (lineOpensWithTime) {
                    lastClockLine = textLines;
                }
                afterZero = lineIsZero && lineTokens == 1;
            }
            lineTokens = 0;
            lineOpensWithSign = false;
            lineOpensWithTime = false;
            lineIsZero = false;
            return;
        }
        lineTokens++;
        boolean time = type == TIMESTAMP || type == BRACKETED_TIME;
        if (time && (lineTokens == 1 || (lineTokens == 2 && lineOpensWithSign))) {
            lineOpensWithTime = true;
            lineIsZero = lineTokens == 1 && isZero(token.getText());
        }
        lineOpensWithSign = lineTokens == 1 && isSign(token);
    }

    /**
     * How many tokens from the first ahead, which opens a line, make a lone length: 1 for a time
     * alone, 2 for a sign and a time; 0 for none.
     */
    int at() {
        boolean sign = isSign(ahead.at(0));
        int time = sign ? 1 : 0;
        int after = ahead.type(time + 1);
        if (ahead.type(time) != TIMESTAMP || !(after == NL || after == Token.EOF)) {
            return 0;
        }
        String clock = ahead.text(time);
        if (Durations.timestampSeconds(clock) <= 0) {
            return 0;
        }
        boolean underZero = afterZero && !sign;
        boolean placed = sign || textLines == 0 || underZero;
        if (!placed || (!underZero && FieldShapes.isTimeOfDay(clock))) {
            return 0;
        }
        boolean timesBefore = textLines - lastClockLine < NEIGHBOUR_LINES && !underZero;
        return timesBefore || timesAfter(time + 1) ? 0 : time + 1;
    }

    /**
     * Whether one of the next lines with text, from the line break at {@code i}, opens with a time.
     */
    private boolean timesAfter(int i) {
        int lines = 0;
        boolean lineStart = false;
        int firstOnLine = -1;
        for (int k = i; k < i + AHEAD_TOKENS; k++) {
            int type = ahead.type(k);
            if (type == Token.EOF) {
                return false;
            }
            if (type == NL) {
                if (firstOnLine >= 0 && ++lines >= NEIGHBOUR_LINES) {
                    return false;
                }
                lineStart = true;
                firstOnLine = -1;
                continue;
            }
            if (lineStart) {
                lineStart = false;
                firstOnLine = k;
            }
            boolean opens = k == firstOnLine || (k == firstOnLine + 1 && isSign(ahead.at(k - 1)));
            if (opens && (type == TIMESTAMP || type == BRACKETED_TIME)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clock reads as no time at all ({@code 00:00}): a digit other than 0 before any
     * fraction makes it a length or no clock, which is told without reading it, as nearly every
     * clock of a chapter list is.
     */
    static boolean isZero(String clock) {
        for (int k = 0; k < clock.length(); k++) {
            char c = clock.charAt(k);
            if (c == '.') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return Durations.timestampSeconds(clock) == 0;
    }

    /** "·", "•", "|": the sign of a field, before its value. */
    private static boolean isSign(Token token) {
        int type = token.getType();
        return type == BULLET
                || type == PIPE
                || (type == WORD
                        && token.getStartIndex() == token.getStopIndex()
                        && token.getText().equals("\u00B7"));
    }
}
