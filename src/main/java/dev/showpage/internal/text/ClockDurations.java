package dev.showpage.internal.text;

import static dev.showpage.internal.text.DurationScanner.HOUR;
import static dev.showpage.internal.text.DurationScanner.MINUTE;
import static dev.showpage.internal.text.DurationScanner.NONE;

/**
 * Durations written as a clock shows them: {@code 61:08} as minutes and seconds, {@code 1:02:03},
 * {@code 01:02:03.500}. A clock always writes its seconds with two digits and keeps seconds, and
 * minutes below hours, under 60; the first part may run on ({@code 61:08}).
 */
final class ClockDurations {

    private ClockDurations() {}

    /** The seconds of the clock time the scanner is in, its first number already read. */
    static long read(DurationScanner s) {
        // The parts read so far, the last in "last": no array for the three numbers.
        long first = s.number;
        long middle = 0;
        long last = s.number;
        int count = 1;
        while (s.peek() == ':') {
            s.at++;
            if (count == 3 || !s.number() || s.digits > 2) {
                return NONE;
            }
            middle = last;
            last = s.number;
            count++;
        }
        if (s.digits != 2) {
            return NONE; // a clock always writes seconds with two digits
        }
        s.fraction(false); // cut off: the contract holds whole seconds
        if (s.at != s.end && !unitOfFirstPart(s, count == 3 ? HOUR : MINUTE)) {
            return NONE;
        }
        long seconds = last;
        long minutes = middle;
        if (seconds > 59 || (count == 3 && minutes > 59)) {
            return NONE;
        }
        long hours = count == 3 ? first : 0;
        return Math.addExact(
                Math.addExact(Math.multiplyExact(hours, HOUR), Math.multiplyExact(minutes, MINUTE)),
                seconds);
    }

    /**
     * {@code 1:02:03 h}, {@code 45:12 min}, {@code 45:12 Min.}: the unit some pages print after a
     * clock, which names its first part: hours after three parts, minutes after two. A unit that
     * names another part ({@code 19:30 h}, a time of day as Spanish and German write it) is none.
     */
    private static boolean unitOfFirstPart(DurationScanner s, long unit) {
        s.blanks(); // "45:12min" glued as well
        String word = s.word();
        if (s.peek() == '.') {
            word += '.';
            s.at++;
        }
        return s.at == s.end && !word.isEmpty() && TimeUnits.seconds(word) == unit;
    }

    /**
     * {@code 45'12''}, {@code 45′12″}: minutes and seconds with the signs of arc, as some players
     * and European listings print a length; the minutes and the seconds in two digits, both signs
     * written.
     */
    static long readPrimes(DurationScanner s) {
        if (s.digits < 2) {
            return NONE; // "5'11''": a height in feet and inches; an episode's minutes have two
        }
        long minutes = s.number;
        if (!prime(s) || !s.number() || s.digits != 2 || s.number > 59) {
            return NONE;
        }
        long seconds = s.number;
        boolean doubled = s.peek() == '\u2033' || s.peek() == '"';
        if (doubled) {
            s.at++;
        } else if (!(prime(s) && prime(s))) {
            return NONE;
        }
        return s.at == s.end ? Math.addExact(Math.multiplyExact(minutes, MINUTE), seconds) : NONE;
    }

    private static boolean prime(DurationScanner s) {
        char c = s.peek();
        if (c == '\'' || c == '\u2032' || c == '\u2019') {
            s.at++;
            return true;
        }
        return false;
    }
}
