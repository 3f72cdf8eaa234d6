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
        if (s.at != s.end) {
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
}
