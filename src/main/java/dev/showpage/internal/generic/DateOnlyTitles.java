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
     * the signs that separate them, and they make a date or a time: a time of day, or a number with
     * a month or weekday. A number alone ("100") numbers an episode and a month's word alone
     * ("Mars") may be a title's word; the show's name is then no part of the title.
     */
    static boolean isOne(String rest) {
        boolean number = false;
        boolean day = false;
        boolean time = false;
        for (String word : rest.split(" ")) {
            String core = SiteChrome.trimSigns(word);
            if (core.isEmpty()) {
                continue;
            }
            if (isNumberOrTime(core)) {
                number = true;
                time |= core.indexOf(':') > 0 || !Character.isDigit(core.charAt(core.length() - 1));
            } else if (DateWords.month(core) != 0 || DateWords.isWeekday(core)) {
                day = true;
            } else {
                return false;
            }
        }
        return time || number && day;
    }

    /** "2025", "9", "03:00", "03:00H", "21h": digits, with a clock's colon or hour sign. */
    private static boolean isNumberOrTime(String core) {
        String digits =
                core.endsWith("h") || core.endsWith("H")
                        ? core.substring(0, core.length() - 1)
                        : core;
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
            return false;
        }
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (!Character.isDigit(c) && c != ':' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
