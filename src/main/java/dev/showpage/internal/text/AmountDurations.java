package dev.showpage.internal.text;

import static dev.showpage.internal.text.DurationScanner.NONE;
import static dev.showpage.internal.text.DurationScanner.SECOND;

/**
 * Durations written as amounts of units: {@code 84 min}, {@code 1 hr 18 min}, {@code 3h11m53s},
 * {@code 3 hours, 11 minutes and 53 seconds}, {@code 1h30}, {@code 2.5 hours}, and a plain number
 * of seconds ({@code 3723}, as {@code itunes:duration} writes it).
 */
final class AmountDurations {

    private AmountDurations() {}

    /** The seconds of the amounts the scanner is in, the first number already read. */
    static long read(DurationScanner s) {
        boolean first = true;
        while (true) {
            boolean fractional = s.fraction(false);
            boolean decimalComma = !fractional && s.decimalComma();
            fractional |= decimalComma;
            s.blanks();
            String word = s.word();
            long unit;
            if (word.isEmpty()) {
                if (s.at != s.end || fractional && !first) {
                    return NONE;
                }
                // A lone number is seconds (itunes:duration); one after "1h" is the next smaller
                // unit (the French "1h30").
                unit = first ? SECOND : DurationScanner.smaller(s.lastUnit);
            } else {
                unit = TimeUnits.seconds(word);
                if (unit == 0 || (decimalComma && !s.decimalCommaFits(word, unit))) {
                    return NONE;
                }
                if (s.peek() == '.') {
                    s.at++; // "87 Min.", "1 hr. 5 min."
                }
            }
            if (!s.add(unit, !first)) {
                return NONE;
            }
            s.blanks();
            boolean joined = false;
            if (s.peek() == ',') {
                s.at++;
                s.blanks();
                joined = true;
            }
            String joint = s.peekWord();
            if (TimeUnits.isJoint(joint)) {
                s.at += joint.length();
                s.blanks();
                joined = true;
            }
            if (s.at == s.end) {
                return joined ? NONE : s.total;
            }
            if (fractional || !s.number()) {
                return NONE; // only the last amount may have a fraction ("2.5 hours")
            }
            first = false;
        }
    }
}
