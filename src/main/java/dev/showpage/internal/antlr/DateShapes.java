package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMERIC_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.Dates;
import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.TimeUnits;
import java.time.LocalDate;

/**
 * The shapes of dates over the lexer's tokens: a date written with a month's name, a year-less day,
 * an amount of time ago and numbers with blanks between (the time of day after a date is {@link
 * TimeOfDayTokens}'s). Each method looks at the tokens from an index and returns how many make the
 * value, or 0; {@link #cut} then tells whether the last of them is taken only in part, because the
 * page glued the next value to it ({@code 20251 hr}: the year 2025 and "1 hr"). The words come from
 * {@code text}'s vocabularies (CLDR month and weekday names, relative-date words); the values are
 * read by {@code text}'s readers once the grammar has placed them.
 */
final class DateShapes {

    private final Lookahead ahead;

    /** Of the last token of the latest date, how many characters it takes; -1 for all of it. */
    int cut = -1;

    /** Where the latest date's year ran into a number that starts no length, or -1. */
    int unclearYear = -1;

    /**
     * Whether what {@link #cut} leaves of the latest date's last token is its time of day or a span
     * of times, and no length.
     */
    boolean cutTimeOfDay;

    /** The years a glued year may be: those a page dates an episode by. */
    private static final int FIRST_YEAR = 1900;

    private static final int LAST_YEAR = 2099;

    private final GluedClocks clocks;

    DateShapes(Lookahead ahead, GluedClocks clocks) {
        this.ahead = ahead;
        this.clocks = clocks;
    }

    // ------------------------------------------------------------------------------------ dates

    /**
     * {@code 16 décembre 2025}, {@code Jun 13, 2024}, {@code 3. März 2024}, {@code 12 de enero de
     * 2024}, {@code Tuesday Aug 27, 2024}, {@code mardi 16 déc. 2025}: a day, a month's name and a
     * four-digit year, in either order, after an optional weekday.
     */
    int monthDate(int i) {
        cut = -1;
        unclearYear = -1;
        cutTimeOfDay = false;
        int n = dateBody(i);
        if (n > 0 || !isWeekday(i)) {
            return n;
        }
        int j = afterWeekday(i);
        n = dateBody(j);
        return n > 0 ? j - i + n : 0;
    }

    /**
     * {@code Donnerstag, 23.12.2021}, {@code Tue 2025-03-12}: a weekday before a numeric date; how
     * many tokens, or 0.
     */
    int weekdayNumeric(int i) {
        if (!isWeekday(i)) {
            return 0;
        }
        int j = afterWeekday(i);
        int type = ahead.type(j);
        return type == NUMERIC_DATE || type == ISO_DATE ? j - i + 1 : 0;
    }

    /**
     * The token after the weekday at {@code i}, its dot, a comma and the article German puts before
     * the day: "Tue.,", "Dienstag,", "Montag, der".
     */
    private int afterWeekday(int i) {
        int j = i + 1;
        if (ahead.type(j) == STOP && ahead.glued(j)) {
            j++;
        }
        if (ahead.type(j) == COMMA) {
            j++;
        }
        if (ahead.type(j) == WORD && DateWords.isDayArticle(ahead.text(j))) {
            j++;
        }
        return j;
    }

    private int dateBody(int j) {
        int n = monthFirst(j, true);
        return n > 0 ? n : dayFirst(j, true);
    }

    /**
     * {@code Mar 12}, {@code 12 mars}, {@code Di., 3. März}: a day and a month without a year, how
     * many tokens, or 0. Such a day is a date only where the page puts it as one (the caller looks
     * at what stands around it).
     */
    int yearlessDate(int i) {
        int n = monthFirst(i, false);
        if (n == 0) {
            n = dayFirst(i, false);
        }
        if (n > 0 || !isWeekday(i)) {
            return n;
        }
        int j = afterWeekday(i);
        n = monthFirst(j, false);
        if (n == 0) {
            n = dayFirst(j, false);
        }
        return n > 0 ? j - i + n : 0;
    }

    private int monthFirst(int j, boolean withYear) {
        if (!isMonth(j)) {
            return 0;
        }
        int k = j + 1;
        if (ahead.type(k) == STOP && ahead.glued(k)) {
            k++;
        }
        if (!isDay(k)) {
            return 0;
        }
        k++;
        if (!withYear) {
            return k - j;
        }
        if (ahead.type(k) == COMMA) {
            k++;
        }
        return isYear(k) ? k + 1 - j : 0;
    }

    private int dayFirst(int j, boolean withYear) {
        if (!isDay(j)) {
            return 0;
        }
        int k = j + 1;
        if (ahead.type(j) == NUMBER && ahead.type(k) == STOP && ahead.glued(k)) {
            k++; // "3. März"
        }
        if (isJoiner(k)) {
            k++;
        }
        if (!isMonth(k)) {
            return 0;
        }
        k++;
        if (ahead.type(k) == STOP && ahead.glued(k)) {
            k++;
        }
        if (!withYear) {
            return k - j;
        }
        if (ahead.type(k) == COMMA) {
            k++;
        }
        if (isJoiner(k)) {
            k++;
        }
        return isYear(k) ? k + 1 - j : 0;
    }

    /**
     * A four-digit year; or one glued to the length after it ({@code 20251 hr}, {@code 20251hr}) or
     * to the next word ({@code 2021Dr.}), whose first four digits are then the year, since a date's
     * year has four; or one glued to the clock after it ({@code 202200:53:43}), whether that clock
     * is the length or the time of day (see {@link #isYearBeforeClock}).
     */
    private boolean isYear(int k) {
        int type = ahead.type(k);
        String text = ahead.text(k);
        if (type == NUMBER && text.length() == 4) {
            return true;
        }
        if (type == NUMBER && text.length() == 2 && ahead.type(k + 1) == TIMESTAMP) {
            return true; // "Tue, 19 Jul 05 17:00:42 GMT": a feed's date, its year cut short
        }
        if (type == TIMESTAMP) {
            return isYearBeforeClock(k, text);
        }
        if ((type != NUMBER && type != WORD && type != DOMAIN)
                || text.length() < 5
                || LengthShapes.digits(text) < 4) {
            return false;
        }
        String rest = text.substring(4);
        boolean startsLength =
                type == NUMBER
                        ? ahead.type(k + 1) == WORD
                                && (TimeUnits.seconds(ahead.text(k + 1)) > 0
                                        || LengthShapes.unitStart(ahead.text(k + 1)) > 0)
                        : Durations.isDuration(rest);
        // "July 19, 2021Dr. Lex": four digits, then a letter: the year ends where the word starts.
        boolean startsWord = LengthShapes.digits(text) == 4 && Character.isLetter(rest.charAt(0));
        if (!startsLength && !startsWord) {
            unclearYear = k;
            return false;
        }
        cut = 4;
        return true;
    }

    /**
     * {@code 202200:53:43}, {@code 202420:15:00}: a year a scraper ran into the clock printed after
     * the date. A year has four digits and a clock's hours one or two, so the colon stands fifth or
     * sixth; the four digits must also be a year a page dates an episode by (1900 to 2099), since
     * the cut is made by position alone and more digits before a clock ({@code 12345:30:00}) are as
     * likely a count or a code as a year. The clock is the length or the time of day as {@link
     * GluedClocks} tells; the start of a span of times ({@code 00:53:43 - 01:47:10}) is no length.
     */
    private boolean isYearBeforeClock(int k, String text) {
        int colon = text.indexOf(':');
        if (colon != 5 && colon != 6) {
            return false;
        }
        int year = Integer.parseInt(text.substring(0, 4));
        GluedClocks.Reading reading =
                year >= FIRST_YEAR && year <= LAST_YEAR
                        ? clocks.read(text.substring(4), k + 1)
                        : null;
        if (reading == null) {
            unclearYear = k;
            return false;
        }
        cut = 4;
        cutTimeOfDay = reading == GluedClocks.Reading.NO_LENGTH;
        return true;
    }

    private boolean isDay(int k) {
        int type = ahead.type(k);
        if (type != NUMBER && type != WORD) {
            return false;
        }
        String text = ahead.text(k);
        if (!DateWords.isOrdinalDay(text)) {
            return false;
        }
        int day = Integer.parseInt(text.substring(0, LengthShapes.digits(text)));
        return day >= 1 && day <= 31;
    }

    private boolean isMonth(int k) {
        return ahead.type(k) == WORD && DateWords.month(ahead.lower(k)) != 0;
    }

    private boolean isWeekday(int k) {
        return ahead.type(k) == WORD && DateWords.isWeekday(ahead.lower(k));
    }

    private boolean isJoiner(int k) {
        return ahead.type(k) == WORD && DateWords.isJoiner(ahead.lower(k));
    }

    /**
     * {@code 2025-03-12T10:00:00Z}, which the lexer takes in pieces (a word, colons, numbers): the
     * glued tokens that make an ISO date and time, or 0.
     */
    int isoDateTime(int i) {
        String text = ahead.text(i);
        if (ahead.type(i) != WORD
                || text.length() < 12
                || text.charAt(4) != '-'
                || text.charAt(10) != 'T'
                || LengthShapes.digits(text) != 4) {
            return 0;
        }
        int j = i;
        while (j - i < 12 && ahead.type(j + 1) != NL && ahead.glued(j + 1)) {
            j++;
        }
        for (; j >= i; j--) {
            if (Dates.isWrittenAsDate(ahead.between(i, j))) {
                return j - i + 1;
            }
        }
        return 0;
    }

    /** A day to resolve relative dates against when only their shape is checked. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 6, 15);

    /**
     * {@code 3 days ago}, {@code il y a 2 semaines}, {@code vor 3 Tagen}, {@code hace un año},
     * {@code 2 settimane fa}, {@code 5 uur geleden}, {@code today}: how many tokens, or 0.
     */
    int agoDate(int i) {
        int type = ahead.type(i);
        if (type == WORD && Dates.opensRelativeDate(ahead.lower(i))) {
            for (int n : new int[] {5, 3, 1}) {
                if (isRelative(i, n)) {
                    return n;
                }
            }
            return 0;
        }
        if (type == NUMBER || type == WORD) {
            for (int n = 3; n >= 2; n--) {
                if (ahead.type(i + n - 1) == WORD
                        && Dates.closesRelativeDate(ahead.lower(i + n - 1))
                        && isRelative(i, n)) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** Whether tokens {@code i} to {@code i + n - 1}, all on one line, read as a relative date. */
    boolean isRelative(int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (ahead.endsLine(k)) {
                return false;
            }
        }
        return Dates.relative(ahead.between(i, i + n - 1), ANY_DAY).isPresent();
    }

    /** {@code 1968 12 10}: a year, a month and a day, in numbers with blanks between. */
    int spacedNumericDate(int i) {
        if (ahead.type(i) != NUMBER
                || ahead.text(i).length() != 4
                || ahead.type(i + 1) != NUMBER
                || ahead.type(i + 2) != NUMBER) {
            return 0;
        }
        int year = Integer.parseInt(ahead.text(i));
        return year >= 1900
                        && year < 2100
                        && inRange(ahead.text(i + 1), 12)
                        && inRange(ahead.text(i + 2), 31)
                ? 3
                : 0;
    }

    private static boolean inRange(String number, int max) {
        if (number.length() > 2) {
            return false;
        }
        int value = Integer.parseInt(number);
        return value >= 1 && value <= max;
    }
}
