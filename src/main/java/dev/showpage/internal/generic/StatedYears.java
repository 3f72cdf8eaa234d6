package dev.showpage.internal.generic;

import dev.showpage.internal.text.DateWords;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one year a page's header states, in its headline or byline ("Guests from 3 to 6 March 2025",
 * "Published 3 May 2024", "Published 03.05.2024"): the year of the days its editions give without
 * one ("Monday, 3 March"). A year counts only where it closes a date: after a month's name ("March
 * 2025", "marzo de 2025"), after a day that follows one ("March 3, 2025") or as the last part of a
 * numeric date ("03.05.2024"); a number that merely looks like a year ("Episode 2019", "Top 2000")
 * is none. A header that states two years gives none.
 */
final class StatedYears {

    /** A year of this century or the last, standing alone among digits. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /** What lies between words: a run of anything but letters. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private StatedYears() {}

    /** The one year the lines state, or 0 when they state none or more than one. */
    static int one(List<String> header) {
        int found = 0;
        for (String line : header) {
            Matcher m = YEAR.matcher(line);
            while (m.find()) {
                if (!closesDate(line, m.start())) {
                    continue;
                }
                int year = Integer.parseInt(m.group());
                if (found != 0 && found != year) {
                    return 0;
                }
                found = year;
            }
        }
        return found;
    }

    /** Whether the year starting at {@code at} closes a date written before it. */
    private static boolean closesDate(String line, int at) {
        if (at >= 2 && isSeparator(line.charAt(at - 1)) && Character.isDigit(line.charAt(at - 2))) {
            return true; // 03.05.2024, 03/05/2024
        }
        String before = line.substring(0, at);
        String word = wordBefore(before);
        if (word != null && DateWords.isJoiner(word)) {
            before = before.substring(0, before.lastIndexOf(word));
            word = wordBefore(before);
        }
        if (word == null) {
            return false;
        }
        if (DateWords.month(word) > 0) {
            return true;
        }
        // "March 3, 2025": a day with its comma, after a month named earlier on the line
        if (word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
            String head = before.substring(0, before.lastIndexOf(word));
            for (String w : NON_LETTERS.split(head)) {
                if (!w.isEmpty() && DateWords.month(w) > 0) {
                    return before.stripTrailing().endsWith(",");
                }
            }
        }
        return false;
    }

    /**
     * The word that ends a text before its closing blanks, with a point and a comma after it at
     * most ("September ", "21, ", "Sept. "), or null; scanned from the end, so that a long line
     * costs no more than its last word.
     */
    private static String wordBefore(String text) {
        int at = text.length();
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        if (at == text.length()) {
            return null;
        }
        if (at > 0 && text.charAt(at - 1) == ',') {
            at--;
        }
        if (at > 0 && text.charAt(at - 1) == '.') {
            at--;
        }
        int end = at;
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at--;
        }
        return at < end ? text.substring(at, end) : null;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '/' || c == '-';
    }
}
