package dev.showpage.internal.generic;

import dev.showpage.internal.text.DateWords;

/**
 * What is left of an edition's title without the show's name when the show titles its editions by
 * their day and hour ("Harbour Talk | 9 NOV 2025", "21:00h - Lunes 3 marzo - Porto Nights"): a date
 * and a time alone, which name no episode. The show's name is then part of the title, and stays in
 * it.
 */
final class DateOnlyTitles {

    private DateOnlyTitles() {}

    /**
     * Whether each word of {@code rest} is a number, a time of day, a month or a weekday, between
     * the signs that separate them, and they make a full date or a clock time: a day of the month
     * (1 to 31) with a month's word, or an hour and its minutes ("03:00", "21:00h"). A weekday and
     * a number ("Friday 13"), a month and a year's last digits ("Mai 68") or a count of hours
     * ("24h") make a title, not a date; the show's name is then no part of the title.
     */
    static boolean isOne(String rest) {
        boolean dayOfMonth = false;
        boolean month = false;
        boolean time = false;
        for (String word : rest.split(" ")) {
            String core = SiteChrome.trimSigns(word);
            if (core.isEmpty()) {
                continue;
            }
            if (isClockTime(core)) {
                time = true;
            } else if (isDigits(core)) {
                dayOfMonth |=
                        core.length() <= 2
                                && Integer.parseInt(core) >= 1
                                && Integer.parseInt(core) <= 31;
            } else if (DateWords.month(core) != 0) {
                month = true;
            } else if (!DateWords.isWeekday(core)) {
                return false;
            }
        }
        return time || dayOfMonth && month;
    }

    /** "03:00", "21:00h", "03:00H": an hour of the day, its colon and two digits of minutes. */
    private static boolean isClockTime(String core) {
        String clock =
                core.endsWith("h") || core.endsWith("H")
                        ? core.substring(0, core.length() - 1)
                        : core;
        int colon = clock.indexOf(':');
        if (colon < 1 || colon > 2 || clock.length() != colon + 3) {
            return false;
        }
        String hour = clock.substring(0, colon);
        String minutes = clock.substring(colon + 1);
        return isDigits(hour)
                && isDigits(minutes)
                && Integer.parseInt(hour) <= 23
                && Integer.parseInt(minutes) <= 59;
    }

    /** Whether {@code text} is one or more ASCII digits and nothing else. */
    private static boolean isDigits(String text) {
        if (text.isEmpty() || text.length() > 4) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
