package dev.showpage.internal.text;

import static dev.showpage.internal.text.DurationScanner.DAY;
import static dev.showpage.internal.text.DurationScanner.HOUR;
import static dev.showpage.internal.text.DurationScanner.MINUTE;
import static dev.showpage.internal.text.DurationScanner.NONE;
import static dev.showpage.internal.text.DurationScanner.SECOND;

import java.util.Locale;
import java.util.Map;

/**
 * Durations written as amounts of units: {@code 84 min}, {@code 1 hr 18 min}, {@code 3h11m53s},
 * {@code 3 hours, 11 minutes and 53 seconds}, {@code 1h30}, {@code 2.5 hours}, and a plain number
 * of seconds ({@code 3723}, as {@code itunes:duration} writes it).
 */
final class AmountDurations {

    /**
     * Unit words and their length. English as podcast sites abbreviate it, plus the French and
     * German words that show pages in those languages print ({@code 1 h 6 min}, {@code 87 Min.}).
     * Months and years are not here: their length depends on the calendar.
     */
    private static final Map<String, Long> UNITS =
            Map.ofEntries(
                    Map.entry("d", DAY),
                    Map.entry("day", DAY),
                    Map.entry("days", DAY),
                    Map.entry("h", HOUR),
                    Map.entry("hr", HOUR),
                    Map.entry("hrs", HOUR),
                    Map.entry("hour", HOUR),
                    Map.entry("hours", HOUR),
                    Map.entry("heure", HOUR),
                    Map.entry("heures", HOUR),
                    Map.entry("std", HOUR),
                    Map.entry("stunde", HOUR),
                    Map.entry("stunden", HOUR),
                    Map.entry("m", MINUTE),
                    Map.entry("mn", MINUTE),
                    Map.entry("min", MINUTE),
                    Map.entry("mins", MINUTE),
                    Map.entry("minute", MINUTE),
                    Map.entry("minutes", MINUTE),
                    Map.entry("minuten", MINUTE),
                    Map.entry("s", SECOND),
                    Map.entry("sec", SECOND),
                    Map.entry("secs", SECOND),
                    Map.entry("second", SECOND),
                    Map.entry("seconds", SECOND),
                    Map.entry("seconde", SECOND),
                    Map.entry("secondes", SECOND),
                    Map.entry("sek", SECOND),
                    Map.entry("sekunde", SECOND),
                    Map.entry("sekunden", SECOND));

    private AmountDurations() {}

    /** The seconds of the amounts the scanner is in, the first number already read. */
    static long read(DurationScanner s) {
        boolean first = true;
        while (true) {
            boolean fractional = s.fraction(false);
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
                Long known = UNITS.get(word.toLowerCase(Locale.ROOT));
                if (known == null) {
                    return NONE;
                }
                unit = known;
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
            if (joint.equalsIgnoreCase("and") || joint.equalsIgnoreCase("et")) {
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
