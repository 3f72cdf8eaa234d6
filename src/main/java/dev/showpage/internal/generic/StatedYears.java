package dev.showpage.internal.generic;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one year a page's header states, in its headline or byline ("Guests from 18 to 21 September
 * 2023", "Published 3 May 2024"): the year of the days its editions give without one ("Monday, 18
 * September"). A header that states two years gives none.
 */
final class StatedYears {

    /** A year of this century or the last, standing alone among digits. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private StatedYears() {}

    /** The one year the lines state, or 0 when they state none or more than one. */
    static int one(List<String> header) {
        int found = 0;
        for (String line : header) {
            Matcher m = YEAR.matcher(line);
            while (m.find()) {
                int year = Integer.parseInt(m.group());
                if (found != 0 && found != year) {
                    return 0;
                }
                found = year;
            }
        }
        return found;
    }
}
