package dev.showpage.internal.text;

import java.util.Locale;

/**
 * The words of written dates: month names and weekday names in English, French and German, and
 * their abbreviations.
 */
final class DateWords {

    /**
     * Month names in English, French and German, lower case. A word names a month when it is the
     * start (three letters or more) of names of that month only, so {@code Sept}, {@code janv},
     * {@code Mär} and {@code Dez} are months and {@code jui} (juin or juillet) is none.
     */
    private static final String[][] MONTHS = {
        {"january", "janvier", "januar"},
        {"february", "février", "fevrier", "februar"},
        {"march", "mars", "märz", "maerz"},
        {"april", "avril"},
        {"may", "mai"},
        {"june", "juin", "juni"},
        {"july", "juillet", "juli"},
        {"august", "août", "aout"},
        {"september", "septembre"},
        {"october", "octobre", "oktober"},
        {"november", "novembre"},
        {"december", "décembre", "decembre", "dezember"},
    };

    /**
     * Weekday names, which pages put before a date ({@code Tuesday Aug 27, 2024}, {@code Sa, 28 Mär
     * 20}) and which are skipped unchecked: a wrong weekday is the page's slip, and the day of the
     * month is the better witness.
     */
    private static final String[] WEEKDAYS = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    };

    private DateWords() {}

    /** The month a word names (1 to 12), or 0. */
    static int month(String word) {
        if (word.length() < 3) {
            return 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int found = 0;
        for (int m = 0; m < MONTHS.length; m++) {
            for (String name : MONTHS[m]) {
                if (name.startsWith(lower)) {
                    if (found != 0 && found != m + 1) {
                        return 0;
                    }
                    found = m + 1;
                }
            }
        }
        return found;
    }

    /** Whether a word is a weekday or its abbreviation ({@code Tue}, {@code Sa}), not a month. */
    static boolean isWeekday(String word) {
        if (word.length() < 2 || month(word) != 0) {
            return false; // "Mar" is March before it is mardi
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String name : WEEKDAYS) {
            if (name.startsWith(lower)) {
                return true;
            }
        }
        return false;
    }
}
