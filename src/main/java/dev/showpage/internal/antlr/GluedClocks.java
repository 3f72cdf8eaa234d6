package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;

import dev.showpage.internal.text.Durations;

/**
 * A clock a scraper ran into the date before it ({@code 202200:53:43}, {@code 14/01/2200:53:43}):
 * the length a player prints after a date, or the time of day a feed prints in the same place. The
 * date is certain either way; the clock is the length only where it is none of a day's times (hours
 * past 24: minutes and seconds, {@code 52:25}), or where it is written as players write a length
 * under an hour and feeds seldom a time: three parts whose hours are 0 or one digit ({@code
 * 00:53:43}, {@code 1:02:03}). A feed writes its hours with two digits, and of those only the hour
 * after midnight begins with 0; midnight itself ({@code 00:00:00}) is what a feed prints for a date
 * with no time, so it is no length.
 */
final class GluedClocks {

    /** What a clock glued after a date is. */
    enum Reading {
        /** The date's length: no time of day looks so. */
        LENGTH,
        /** Maybe the time of day: the date is read and the clock is not. */
        TIME_OF_DAY,
        /** One end of a span of times ({@code 00:53:43 - 01:47:10}): neither is read. */
        SPAN
    }

    private final Lookahead ahead;
    private final TimeOfDayTokens times;

    GluedClocks(Lookahead ahead, TimeOfDayTokens times) {
        this.ahead = ahead;
        this.times = times;
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
        if (ahead.type(after) == DASH && ahead.type(after + 1) == TIMESTAMP) {
            return Reading.SPAN;
        }
        if (tail(after) > 0) {
            return Reading.TIME_OF_DAY;
        }
        boolean threeParts = colon != clock.lastIndexOf(':');
        int first = Integer.parseInt(clock.substring(0, colon));
        boolean nothingPast = clock.substring(colon).chars().allMatch(c -> c == ':' || c == '0');
        boolean pastTheDay = first > 24 || (first == 24 && !nothingPast);
        // "00:53:43", "1:02:03": a length's hours; a day's clock has two digits of them
        boolean lengthsHours = threeParts && (first == 0 || colon == 1) && !nothingPast;
        return pastTheDay || lengthsHours ? Reading.LENGTH : Reading.TIME_OF_DAY;
    }

    /** How many tokens from {@code after} are a time of day's am or pm and zone, or 0. */
    int tail(int after) {
        int j = after;
        if (times.isMeridiem(j)) {
            j += ahead.type(j + 1) == STOP && ahead.glued(j + 1) ? 2 : 1;
        }
        return j - after + times.zone(j);
    }
}
