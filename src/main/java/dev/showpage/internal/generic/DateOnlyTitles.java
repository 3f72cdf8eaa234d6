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
     * Whether {@code rest} has a word and each of its words is a number, a time of day, a month or
     * a weekday, between the signs that separate them.
     */
    static boolean isOne(String rest) {
        boolean any = false;
        for (String word : rest.split(" ")) {
            String core = SiteChrome.trimSigns(word);
            if (core.isEmpty()) {
                continue;
            }
            if (!isNumberOrTime(core) && DateWords.month(core) == 0 && !DateWords.isWeekday(core)) {
                return false;
            }
            any = true;
        }
        return any;
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
