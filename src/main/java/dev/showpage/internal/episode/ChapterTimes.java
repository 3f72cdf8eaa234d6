package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Durations;
import org.antlr.v4.runtime.Token;

/**
 * The times a chapter item's mark writes: a clock time the grammar marks ("04:30", "[1:02:03]"), an
 * amount of hours, minutes and seconds run together ("1h02m03s", "2m30s"), or a damaged time that
 * reads as zero ("0:0", "00;00", "O0:00"), which only a list around it can repair.
 */
final class ChapterTimes {

    private ChapterTimes() {}

    /** "04:30", "[00:00]", "( 1:02:03 )": a time the grammar marks. */
    static boolean isClock(Token token) {
        int type = token.getType();
        return type == EpisodePageLexer.TIMESTAMP || type == EpisodePageLexer.BRACKETED_TIME;
    }

    /**
     * "1h02m03s", "2m30s", "0s": digits each followed by h, m or s, the units in that order, run
     * together in one token (a space between them makes an amount of prose: "2 h").
     */
    static boolean isUnitTime(Token token) {
        int type = token.getType();
        if (type != EpisodePageLexer.WORD && type != EpisodePageLexer.QUANTITY) {
            return false;
        }
        String text = token.getText();
        if (text.isEmpty() || !isAsciiDigit(text.charAt(0))) {
            return false; // nearly every word of a page: no unit time, decided at once
        }
        int i = 0;
        int lastUnit = -1;
        while (i < text.length()) {
            int digits = i;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i == digits || i - digits > 3 || i == text.length()) {
                return false;
            }
            int unit = "hms".indexOf(text.charAt(i));
            if (unit <= lastUnit) {
                return false;
            }
            lastUnit = unit;
            i++;
        }
        return lastUnit >= 0;
    }

    /** Whether the mark writes a time at all: a clock time or an amount of units. */
    static boolean isTime(Token token) {
        return isClock(token) || isUnitTime(token);
    }

    /** The seconds the mark writes; -1 for no time (an impossible one such as 12:75, or none). */
    static long seconds(Token mark) {
        String text = mark.getText();
        // Read as seconds, with no Optional or list for each of a long list's marks.
        if (isUnitTime(mark)) {
            return Durations.seconds(text); // digits and units only: no sign to leave out
        }
        if (!isClock(mark)) {
            return -1;
        }
        return Durations.timestampSeconds(clockOf(text));
    }

    /** Whether hours are written: three parts ("1:02:03", "[00:00:03]") or an h ("1h02m"). */
    static boolean hoursWritten(Token mark) {
        String text = mark.getText();
        if (text == null) {
            return false;
        }
        return isUnitTime(mark)
                ? text.indexOf('h') >= 0
                : text.indexOf(':') != text.lastIndexOf(':');
    }

    /**
     * The index of the last token of a damaged time that reads as zero starting at {@code at}, or
     * -1: groups of zeros (a letter O taken for a zero: "O0") joined, without blanks, by a colon, a
     * semicolon, a dot or a comma ("0:0", "00;00", "O0:00", "00.00"), which the lexer made no time
     * of. A blank, the line's end or a bracket must follow: "0:0x" is no time.
     */
    static int damagedZero(SourceText source, int at) {
        int i = at;
        int groups = 0;
        boolean digit = false;
        Token previous = null;
        while (true) {
            Token token = source.token(i);
            if (previous != null && !glued(previous, token)) {
                break;
            }
            String text = token.getText();
            int type = token.getType();
            boolean group =
                    (type == EpisodePageLexer.NUMBER
                                    || type == EpisodePageLexer.WORD
                                    || type == EpisodePageLexer.DOMAIN)
                            && zeros(text);
            boolean separator =
                    type == EpisodePageLexer.COLON
                            || type == EpisodePageLexer.COMMA
                            || type == EpisodePageLexer.STOP && text.equals(".")
                            || text.equals(";");
            if (group && (previous == null || !isGroup(previous))) {
                groups += text.chars().filter(c -> c == '.').count() + 1;
                digit |= text.indexOf('0') >= 0;
            } else if (!separator || previous == null || !isGroup(previous)) {
                break;
            }
            previous = token;
            i++;
        }
        if (previous == null || !isGroup(previous) || groups < 2 || !digit) {
            return -1;
        }
        Token next = source.token(i);
        if (glued(previous, next) && !MarkSigns.isClosing(next)) {
            return -1; // "0:0x", "0:0:05"
        }
        return i - 1;
    }

    private static boolean isGroup(Token token) {
        return token.getType() != EpisodePageLexer.COLON
                && token.getType() != EpisodePageLexer.COMMA
                && token.getType() != EpisodePageLexer.STOP
                && !token.getText().equals(";");
    }

    /** "00", "O0", "0.00": zeros, letters O taken for zeros, and the dots of a dotted token. */
    private static boolean zeros(String text) {
        if (text.isEmpty() || text.charAt(0) == '.' || text.charAt(text.length() - 1) == '.') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '0' && c != 'O' && c != 'o' && c != '.') {
                return false;
            }
        }
        return true;
    }

    static boolean glued(Token token, Token next) {
        return next.getType() != Token.EOF && next.getStartIndex() == token.getStopIndex() + 1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "[00:42]", "( 05:28 )" without the brackets. */
    private static String clockOf(String mark) {
        int from = 0;
        int to = mark.length();
        while (from < to && !Character.isDigit(mark.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isDigit(mark.charAt(to - 1))) {
            to--;
        }
        return mark.substring(from, to);
    }
}
