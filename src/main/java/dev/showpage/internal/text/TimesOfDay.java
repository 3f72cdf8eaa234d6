package dev.showpage.internal.text;

import java.util.Locale;

/**
 * The time of day that may follow a date ({@code 12:00:00 +0000}, {@code T01:56:38.5+00:00}, {@code
 * at 6:35 pm}, {@code à 20h30}): checked for shape and then dropped, since the contract holds
 * calendar dates and the date is the one the page wrote, never moved to another zone.
 */
final class TimesOfDay {

    private TimesOfDay() {}

    /**
     * Checks the rest of the text is a time of day, and skips it: {@code 12:00:00 +0000}, {@code
     * T01:56:38.5+00:00}, {@code , 19:00}, {@code | 5:49 AM}, {@code at 6:35 pm}, {@code 17:00:42
     * GMT}. Nothing after the date is fine too.
     */
    static boolean skip(DateScanner s, boolean iso) {
        if (s.at == s.end) {
            return true;
        }
        if (iso && Character.toUpperCase(s.peek()) == 'T') {
            s.at++;
        } else {
            boolean blank = s.blanks();
            if (s.skip(',') || s.skip('|') || s.skip('@')) {
                s.blanks();
            } else if (blank && isAt(s.peekWord())) {
                s.word();
                s.blanks();
            } else if (!blank) {
                return false;
            }
        }
        return clock(s) && zone(s) && s.at == s.end;
    }

    /**
     * The word before a time of day: English {@code at}, French {@code à}, German {@code um}, Dutch
     * {@code om}, Italian {@code alle}, Portuguese {@code às}.
     */
    static boolean isAt(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "at", "\u00E0", "um", "om", "alle", "\u00E0s" -> true;
            default -> false;
        };
    }

    /** {@code 17:00}, {@code 01:56:38.1493874}, {@code 5:45PM}, {@code 6 pm}, {@code 20h30}. */
    private static boolean clock(DateScanner s) {
        if (!s.number() || s.digits > 2) {
            return false;
        }
        int hour = s.number;
        boolean minutes = false;
        char c = s.peek();
        if (c == ':' || c == 'h' || c == 'H') {
            s.at++;
            minutes = s.number();
            if (minutes && (s.digits != 2 || s.number > 59)) {
                return false;
            }
            if (!minutes && c == ':') {
                return false;
            }
            if (minutes && s.skip(':') && (!s.number() || s.digits != 2 || s.number > 60)) {
                return false;
            }
            if ((s.peek() == '.' || s.peek() == ',') && TextCursor.isDigit(s.peekAt(s.at + 1))) {
                s.at++;
                s.number(); // fractions of a second
            }
        }
        s.blanks();
        boolean meridiem = meridiem(s);
        if (meridiem) {
            return hour >= 1 && hour <= 12;
        }
        return (minutes || c == 'h' || c == 'H') && hour <= 24;
    }

    /** {@code am}, {@code PM}, {@code a.m.}, {@code p.m.}. */
    private static boolean meridiem(DateScanner s) {
        int start = s.at;
        String word = s.word().toLowerCase(Locale.ROOT);
        if (word.equals("am") || word.equals("pm")) {
            return true;
        }
        if ((word.equals("a") || word.equals("p"))
                && s.skip('.')
                && s.word().equalsIgnoreCase("m")) {
            s.skip('.');
            return true;
        }
        s.at = start;
        return false;
    }

    /**
     * {@code Z}, {@code +0000}, {@code -06:00}, {@code GMT}, {@code EDT}, {@code UTC+1}, or none.
     */
    private static boolean zone(DateScanner s) {
        s.blanks();
        String name = s.word();
        if (name.length() > 5) {
            return false;
        }
        if (s.peek() == '+' || s.peek() == '-') {
            s.at++;
            if (!s.number() || (s.digits != 1 && s.digits != 2 && s.digits != 4)) {
                return false;
            }
            if (s.digits <= 2 && s.skip(':') && (!s.number() || s.digits != 2)) {
                return false;
            }
        }
        return true;
    }
}
