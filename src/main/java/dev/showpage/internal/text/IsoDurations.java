package dev.showpage.internal.text;

import static dev.showpage.internal.text.DurationScanner.DAY;
import static dev.showpage.internal.text.DurationScanner.HOUR;
import static dev.showpage.internal.text.DurationScanner.MINUTE;
import static dev.showpage.internal.text.DurationScanner.NONE;
import static dev.showpage.internal.text.DurationScanner.SECOND;
import static dev.showpage.internal.text.DurationScanner.WEEK;

/**
 * ISO-8601 durations: {@code PT1H24M}, {@code P1DT2H}, {@code P0Y0M0DT0H4M20.880S}, and yt-dlp's
 * {@code T30M38S} without its {@code P}. Years and months are taken only as zero placeholders:
 * their length depends on the calendar.
 */
final class IsoDurations {

    private IsoDurations() {}

    /** The seconds of the ISO duration the scanner is at, its {@code P} or {@code T} not read. */
    static long read(DurationScanner s) {
        String text = s.text;
        int end = s.end;
        boolean time = Character.toUpperCase(text.charAt(s.at)) == 'T';
        s.at++;
        boolean any = false;
        boolean fractional = false;
        while (s.at < end) {
            char c = Character.toUpperCase(text.charAt(s.at));
            if (c == 'T' && !time) {
                time = true;
                s.at++;
                continue;
            }
            if (c == 'Z' && any && s.at + 1 == end) {
                s.at++; // "PT00H03M30SZ": a zone designator glued on by a date-time writer
                break;
            }
            if (fractional || !s.number()) {
                return NONE; // ISO allows a fraction on the smallest part only
            }
            fractional = s.fraction(true);
            if (s.at == end) {
                return NONE;
            }
            char designator = Character.toUpperCase(text.charAt(s.at++));
            long unit;
            if (time) {
                unit =
                        designator == 'H'
                                ? HOUR
                                : designator == 'M' ? MINUTE : designator == 'S' ? SECOND : NONE;
            } else if (designator == 'Y' || designator == 'M') {
                // Years and months have no fixed length; only a zero placeholder is a duration.
                if (s.number != 0 || s.fraction != 0) {
                    return NONE;
                }
                any = true;
                continue;
            } else {
                unit = designator == 'W' ? WEEK : designator == 'D' ? DAY : NONE;
            }
            if (unit == NONE || !s.add(unit, false)) {
                return NONE;
            }
            any = true;
        }
        boolean endsInT = Character.toUpperCase(text.charAt(end - 1)) == 'T';
        return any && !endsInT ? s.total : NONE; // "P1DT" promises a time and gives none
    }
}
