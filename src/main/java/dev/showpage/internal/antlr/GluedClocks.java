package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMERIC_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUANTITY;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.Durations;
import java.util.Queue;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * A clock a scraper ran into the date before it ({@code 202200:53:43}, {@code 14/01/2200:53:43}):
 * the length a player prints after a date, or the time of day a feed prints in the same place. The
 * date is certain either way; the clock is the length only where it is none of a day's times (hours
 * past 24: minutes and seconds, {@code 52:25}), or where it is written as players write a length
 * and feeds seldom a time: three parts whose hours are 0 or one digit ({@code 00:53:43}, {@code
 * 1:02:03}, {@code 2:00:00}). A feed writes its hours with two digits, and of those only the hour
 * after midnight begins with 0; a clock of nothing but zeros ({@code 00:00:00}, {@code 0:00:00}) is
 * what a feed prints for a date with no time, or an empty player's, so it is no length.
 *
 * <p>Such a clock is kept as a length at all because a scraper glues the text of separate elements,
 * and a site prints a length in an element of its own after the date far more often than a time of
 * day with seconds. It is still the weakest of a card's lengths: where the card states another (a
 * labelled {@code Duration: 45:12}, a length on a line of its own), that one is the length (see
 * {@code DateLines}).
 *
 * <p>A clock run into a word before it ({@code Intro00:00}) is split off here as well, where {@code
 * LengthShapes} has told how many letters the word keeps.
 */
final class GluedClocks {

    /** What a clock glued after a date is. */
    enum Reading {
        /** The date's length: no time of day looks so. */
        LENGTH,
        /**
         * Maybe the time of day, or the start of a span of times ({@code 00:53:43 - 01:47:10}): the
         * date is read and the clock is not. Both are dropped alike, {@link #rest} telling how many
         * tokens after the clock go with it, so the two are not told apart here.
         */
        NO_LENGTH
    }

    private final Lookahead ahead;
    private final TimeOfDayTokens times;

    /** Where the tokens it splits off are made, and where the second of two is put to come next. */
    private final TokenSource source;

    private final Queue<Token> ready;

    GluedClocks(Lookahead ahead, TimeOfDayTokens times, TokenSource source, Queue<Token> ready) {
        this.ahead = ahead;
        this.times = times;
        this.source = source;
        this.ready = ready;
    }

    /**
     * How the clock glued after a date is read, given token {@code after} that follows it: an am,
     * pm or zone there makes it the time of day; a dash and another clock make it a span's start.
     * Returns null when the text is no clock.
     */
    Reading read(String clock, int after) {
        int colon = clock.indexOf(':');
        if (colon <= 0 || Durations.timestampSeconds(clock) < 0) {
            return null;
        }
        boolean threeParts = colon != clock.lastIndexOf(':');
        // "00:53:43-05:00" is a time and its zone; "10:00-11:00" a span, as a zone follows seconds
        if (offset(after) > 0 && (threeParts || ahead.type(after) != DASH)) {
            return Reading.NO_LENGTH;
        }
        if (isSpanEnd(after) || tail(after) > 0) {
            return Reading.NO_LENGTH; // a span's start, or a time with its am, pm or zone
        }
        // Not FieldShapes.isTimeOfDay, which asks of a clock beside a date's separator: there a
        // time of day must be told by its shape alone, so 24:00 and any three parts are lengths.
        // Glued to the date the clock stands where a feed prints its time, "24:00" its day's end
        // and "20:15:00" with seconds; only a length's hours (below) tell a length there.
        int first = Integer.parseInt(clock.substring(0, colon));
        boolean nothingPast = clock.substring(colon).chars().allMatch(c -> c == ':' || c == '0');
        boolean pastTheDay = first > 24 || (first == 24 && !nothingPast);
        // "00:53:43", "1:02:03": a length's hours; a day's clock has two digits of them
        boolean lengthsHours =
                threeParts && (first == 0 || colon == 1) && !(first == 0 && nothingPast);
        return pastTheDay || lengthsHours ? Reading.LENGTH : Reading.NO_LENGTH;
    }

    /**
     * {@code 14/01/2200:53:43}: the date with its two-digit year, and the clock its year ran into
     * as the length where {@link #read} says it is one; where it may be the time of day ({@code
     * 14/01/2210:30}) or starts a span of times the date is read and the clock is not, since the
     * lexer's year (2200, 2210) would be a wrong date. Returns the date, the length put to come
     * next; or null, nothing taken, when the text is no clock.
     */
    Token yearAndClock() {
        Token date = ahead.at(0);
        String text = date.getText();
        int timeStart = date.getStartIndex() + text.length() - 2;
        String clock = text.substring(text.length() - 2) + ":" + ahead.text(2);
        Reading reading = read(clock, 3);
        if (reading == null) {
            return null;
        }
        Token kept =
                PageToken.spanning(source, NUMERIC_DATE, date, date.getStartIndex(), timeStart - 1);
        if (reading == Reading.NO_LENGTH) {
            ahead.drop(3 + rest(3));
            return kept;
        }
        Token length =
                PageToken.spanning(source, QUANTITY, date, timeStart, ahead.at(2).getStopIndex());
        ahead.drop(3);
        ready.add(length);
        return kept;
    }

    /**
     * {@code Intro00:00}: the word's first {@code keep} letters, and the time glued after them put
     * to come next as a token of its own.
     */
    Token wordBeforeTime(int keep) {
        Token word = ahead.at(0);
        int timeStart = word.getStartIndex() + word.getText().codePointCount(0, keep);
        Token time =
                PageToken.spanning(source, TIMESTAMP, word, timeStart, ahead.at(2).getStopIndex());
        Token kept = PageToken.spanning(source, WORD, word, word.getStartIndex(), timeStart - 1);
        ahead.drop(3);
        ready.add(time);
        return kept;
    }

    /**
     * How many tokens from {@code after} belong to a clock that is no length, and are read with it:
     * a span's end, a zone's offset, an am or pm and zone; or 0.
     */
    int rest(int after) {
        int offset = offset(after);
        if (offset > 0) {
            return offset;
        }
        return isSpanEnd(after) ? 2 : tail(after);
    }

    /** How many tokens from {@code after} are a time of day's am or pm and zone, or 0. */
    int tail(int after) {
        int j = after;
        if (times.isMeridiem(j)) {
            j += ahead.type(j + 1) == STOP && ahead.glued(j + 1) ? 2 : 1;
        }
        return j - after + times.zone(j);
    }

    /** {@code - 01:47:10}: a dash and another clock, the end of a span of times. */
    private boolean isSpanEnd(int after) {
        return ahead.type(after) == DASH && ahead.type(after + 1) == TIMESTAMP;
    }

    /**
     * {@code +01:00}, {@code -05:30}: a zone's offset from UTC glued to the clock, as ISO 8601
     * writes it (hours up to 14); how many tokens, or 0. The lexer takes {@code +01:00} as a word,
     * a colon and a number, and {@code -05:30} as a dash and a clock. Not {@link
     * TimeOfDayTokens#zone}: that takes a zone set apart by a space and any clock after a dash,
     * which here would read the end of a span ({@code 10:00-11:00}) as a zone, and its other
     * readers (a feed's date, a time after a date) rely on it as it is.
     */
    private int offset(int after) {
        if (!ahead.glued(after) || !ahead.glued(after + 1)) {
            return 0;
        }
        int type = ahead.type(after);
        String sign = ahead.text(after);
        if (type == WORD
                && sign.length() == 3
                && sign.charAt(0) == '+'
                && LengthShapes.digits(sign.substring(1)) == 2
                && ahead.type(after + 1) == COLON
                && ahead.type(after + 2) == NUMBER
                && ahead.glued(after + 2)
                && isOffset(sign.substring(1) + ":" + ahead.text(after + 2))) {
            return 3;
        }
        return type == DASH && ahead.type(after + 1) == TIMESTAMP && isOffset(ahead.text(after + 1))
                ? 2
                : 0;
    }

    private static boolean isOffset(String hoursAndMinutes) {
        if (hoursAndMinutes.length() != 5
                || hoursAndMinutes.charAt(2) != ':'
                || LengthShapes.digits(hoursAndMinutes) != 2
                || LengthShapes.digits(hoursAndMinutes.substring(3)) != 2) {
            return false;
        }
        int hours = Integer.parseInt(hoursAndMinutes.substring(0, 2));
        int minutes = Integer.parseInt(hoursAndMinutes.substring(3));
        return hours <= 14 && minutes < 60;
    }
}
