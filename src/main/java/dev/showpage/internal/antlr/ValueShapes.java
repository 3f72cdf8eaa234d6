package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.Dates;
import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.TimeUnits;
import dev.showpage.internal.text.ValueLabels;
import java.time.LocalDate;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The shapes of values over the lexer's tokens: where a date written with a month's name, a length
 * or a label starts and how many tokens it takes. Each method looks at the tokens from an index and
 * returns how many make the value, or 0; {@link #cut} then tells whether the last of them is taken
 * only in part, because the page glued the next value to it ({@code 20251 hr}: the year 2025 and "1
 * hr"). The words come from {@code text}'s vocabularies (CLDR month and weekday names, unit words,
 * labels); the values are read by {@code text}'s readers once the grammar has placed them.
 */
final class ValueShapes {

    private final Lookahead ahead;

    /** Of the last token of the latest match, how many characters it takes; -1 for all of it. */
    int cut = -1;

    /** Where the latest date's year ran into a number that starts no length, or -1. */
    int unclearYear = -1;

    /** What the latest label announces. */
    ValueLabels.Kind labelKind = ValueLabels.Kind.NONE;

    ValueShapes(Lookahead ahead) {
        this.ahead = ahead;
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
        int n = dateBody(i);
        if (n > 0 || !isWeekday(i)) {
            return n;
        }
        int j = i + 1;
        if (ahead.type(j) == STOP && ahead.glued(j)) {
            j++;
        }
        if (ahead.type(j) == COMMA) {
            j++;
        }
        n = dateBody(j);
        return n > 0 ? j - i + n : 0;
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
        int j = i + 1;
        if (ahead.type(j) == STOP && ahead.glued(j)) {
            j++;
        }
        if (ahead.type(j) == COMMA) {
            j++;
        }
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
     * A four-digit year; or one glued to the length after it ({@code 20251 hr}, {@code 20251hr}),
     * whose first four digits are then the year, since a date's year has four.
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
        if ((type != NUMBER && type != WORD && type != DOMAIN)
                || text.length() < 5
                || digits(text) < 4) {
            return false;
        }
        String rest = text.substring(4);
        boolean startsLength =
                type == NUMBER
                        ? ahead.type(k + 1) == WORD
                                && (TimeUnits.seconds(ahead.text(k + 1)) > 0
                                        || unitStart(ahead.text(k + 1)) > 0)
                        : Durations.isDuration(rest);
        if (!startsLength) {
            unclearYear = k;
            return false;
        }
        cut = 4;
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
        int day = Integer.parseInt(text.substring(0, digits(text)));
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
                || digits(text) != 4) {
            return 0;
        }
        int j = i;
        while (j - i < 12 && ahead.type(j + 1) != NL && ahead.glued(j + 1)) {
            j++;
        }
        for (; j >= i; j--) {
            if (Dates.isWrittenAsDate(between(i, j))) {
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
            if (ahead.type(k) == NL || ahead.type(k) == Token.EOF) {
                return false;
            }
        }
        return Dates.relative(between(i, i + n - 1), ANY_DAY).isPresent();
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

    /**
     * The time of day after a date that ends before token {@code k} ({@code , 19:00}, {@code at
     * 6:35 pm}, {@code 5:45PM}, {@code 21:00:00 +0100}, {@code | 5:49 AM}): how many tokens. A time
     * after a bar must say it is one (am, pm or a zone), since a bar also stands before a length
     * written as a clock. What the date's reader does not take is left out.
     */
    int timeOfDay(int dateStart, int k) {
        int j = k;
        boolean barred = false;
        int type = ahead.type(j);
        if (type == COMMA
                || (type == WORD && DateWords.introducesTime(ahead.text(j)))
                || (type == OTHER && ahead.text(j).equals("@"))) {
            j++;
        } else if (type == PIPE) {
            barred = true;
            j++;
        }
        if (ahead.type(j) != TIMESTAMP) {
            return 0;
        }
        j++;
        int[] ends = new int[4];
        int count = 0;
        ends[count++] = j;
        if (ahead.type(j) == STOP && ahead.glued(j) && ahead.type(j + 1) == NUMBER) {
            j += 2; // fractions of a second
            ends[count++] = j;
        }
        boolean marked = false;
        if (isMeridiem(j)) {
            j += ahead.type(j + 1) == STOP && ahead.glued(j + 1) ? 2 : 1;
            ends[count++] = j;
            marked = true;
        }
        int zone = zone(j);
        if (zone > 0) {
            j += zone;
            ends[count++] = j;
            marked = true;
        }
        if (barred && !marked) {
            return 0;
        }
        for (int c = count - 1; c >= 0; c--) {
            if (Dates.isWrittenAsDate(between(dateStart, ends[c] - 1))) {
                return ends[c] - k;
            }
        }
        return 0;
    }

    private boolean isMeridiem(int j) {
        int type = ahead.type(j);
        String text = ahead.text(j).toLowerCase(Locale.ROOT);
        return (type == WORD && (text.equals("am") || text.equals("pm")))
                || (type == DOMAIN && (text.equals("a.m") || text.equals("p.m")));
    }

    /**
     * {@code GMT}, {@code MEZ}, {@code Z}, {@code +0000}, {@code -06:00}: how many tokens, or 0.
     */
    private int zone(int j) {
        int type = ahead.type(j);
        String text = ahead.text(j);
        if (type == WORD && text.length() <= 5 && Character.isLetter(text.charAt(0))) {
            return text.equals(text.toUpperCase(Locale.ROOT)) || text.equals("Uhr") ? 1 : 0;
        }
        if (type == WORD && text.charAt(0) == '+' && digits(text.substring(1)) == 4) {
            return 1; // "+0100", one word to the lexer
        }
        boolean sign = (type == OTHER && text.equals("+")) || type == DASH;
        int next = ahead.type(j + 1);
        return sign && ahead.glued(j + 1) && (next == NUMBER || next == TIMESTAMP) ? 2 : 0;
    }

    // ---------------------------------------------------------------------------------- lengths

    /**
     * {@code 45 min}, {@code 45 Min.}, {@code 2 uur}, {@code 2.5 hours}, {@code 2h}, {@code
     * 3h11m53s}, {@code 1HR}: one amount of a length. A unit glued to the word after it ({@code 45
     * minEp. 12}, {@code 18 min12.5 MB}) is cut where the unit ends, when a capital or a digit
     * follows it: no unit word has either inside.
     */
    int quantity(int i) {
        int n = amount(i);
        // "1 hour and 5 minutes", "1 uur en 20 minuten": the amounts of one length, as one token
        while (n > 0
                && cut < 0
                && ahead.type(i + n) == WORD
                && TimeUnits.isJoint(ahead.text(i + n))) {
            int more = amount(i + n + 1);
            if (more == 0) {
                cut = -1;
                break;
            }
            n += 1 + more;
        }
        return n;
    }

    private int amount(int i) {
        cut = -1;
        int type = ahead.type(i);
        String text = ahead.text(i);
        if (type == NUMBER || (type == DOMAIN && isDecimal(text))) {
            int unitType = ahead.type(i + 1);
            String unit = ahead.text(i + 1);
            if (unitType == WORD && TimeUnits.seconds(unit) > 0) {
                boolean dot = ahead.type(i + 2) == STOP && ahead.glued(i + 2);
                return dot && TimeUnits.isAbbreviation(unit) ? 3 : 2;
            }
            if (unitType == WORD || unitType == DOMAIN) {
                int start = unitStart(unit);
                if (start > 0) {
                    cut = start;
                    return 2;
                }
            }
            return 0;
        }
        if (type == WORD
                && digits(text) > 0
                && digits(text) < text.length()
                && Durations.isDuration(text)) {
            return 1;
        }
        return 0;
    }

    /**
     * How long the unit is that starts a word glued to the next ({@code minEp}: 3), or 0: the
     * longest unit of two letters or more that a capital or a digit follows.
     */
    private static int unitStart(String word) {
        for (int k = Math.min(word.length() - 1, 9); k >= 2; k--) {
            char next = word.charAt(k);
            if ((Character.isUpperCase(next) || Character.isDigit(next))
                    && TimeUnits.seconds(word.substring(0, k)) > 0) {
                return k;
            }
        }
        return 0;
    }

    /** {@code PT1H0.040S}, {@code T30M38S}, {@code P0Y0M0DT0H4M20.880S}: an ISO-8601 length. */
    boolean isIsoDuration(int i) {
        int type = ahead.type(i);
        String text = ahead.text(i);
        if ((type != WORD && type != DOMAIN) || text.length() < 3) {
            return false;
        }
        char first = text.charAt(0);
        char second = text.charAt(1);
        return (first == 'P' || first == 'T')
                && (Character.isDigit(second) || second == 'T')
                && Durations.isDuration(text);
    }

    /**
     * {@code 25:3:30}, {@code 01:02:03.500}: a clock time the lexer took in pieces, all glued; how
     * many tokens, when the length reader reads them as one.
     */
    int clockPieces(int i) {
        int j = i;
        while (j - i < 5
                && ahead.glued(j + 1)
                && (ahead.type(j + 1) == COLON || ahead.type(j + 1) == STOP)
                && (ahead.type(j + 2) == NUMBER || ahead.type(j + 2) == TIMESTAMP)
                && ahead.glued(j + 2)) {
            j += 2;
        }
        if (j == i) {
            return 0;
        }
        return Durations.timestamp(between(i, j)).isPresent() ? j - i + 1 : 0;
    }

    /**
     * {@code Intro00:00}: a word whose last one or two digits are the hours of the time glued after
     * it. How many letters the word keeps, or 0; -1 when more digits end the word, so that where
     * the time starts is not clear.
     */
    int wordBeforeTime(int i) {
        if (ahead.type(i) != WORD
                || ahead.type(i + 1) != COLON
                || !ahead.glued(i + 1)
                || !ahead.glued(i + 2)
                || !(ahead.type(i + 2) == TIMESTAMP
                        || (ahead.type(i + 2) == NUMBER && ahead.text(i + 2).length() == 2))) {
            return 0;
        }
        String text = ahead.text(i);
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start == 0 || !Character.isLetter(text.charAt(start - 1))) {
            return 0;
        }
        return end - start <= 2 ? start : -1;
    }

    // ----------------------------------------------------------------------------------- labels

    /**
     * {@code Duration}, {@code Dauer}, {@code Publié}, {@code date de publication}: how many words
     * the label at token {@code i} has, its kind in {@link #labelKind}; 0 for none.
     */
    int label(int i) {
        labelKind = ValueLabels.Kind.NONE;
        if (ahead.type(i) != WORD) {
            return 0;
        }
        String first = ahead.lower(i);
        if (ValueLabels.opensLongerLabel(first)) {
            for (int n = ValueLabels.MAX_WORDS; n >= 2; n--) {
                String[] words = new String[n];
                boolean allWords = true;
                for (int w = 0; w < n && allWords; w++) {
                    allWords = ahead.type(i + w) == WORD;
                    words[w] = ahead.lower(i + w);
                }
                if (allWords) {
                    labelKind = ValueLabels.of(words);
                    if (labelKind != ValueLabels.Kind.NONE) {
                        return n;
                    }
                }
            }
        }
        labelKind = ValueLabels.of(first);
        return labelKind == ValueLabels.Kind.NONE ? 0 : 1;
    }

    boolean isPreposition(int i) {
        return ahead.type(i) == WORD && ValueLabels.isPreposition(ahead.lower(i));
    }

    // ---------------------------------------------------------------------------------- helpers

    /** The input from the start of token {@code first} to the end of token {@code last}. */
    String between(int first, int last) {
        return ahead.at(first)
                .getInputStream()
                .getText(
                        Interval.of(
                                ahead.at(first).getStartIndex(), ahead.at(last).getStopIndex()));
    }

    static boolean isDecimal(String text) {
        int dot = text.indexOf('.');
        return dot > 0
                && dot < text.length() - 1
                && digits(text) == dot
                && digits(text.substring(dot + 1)) == text.length() - dot - 1;
    }

    private static int digits(String text) {
        int n = 0;
        while (n < text.length() && Character.isDigit(text.charAt(n))) {
            n++;
        }
        return n;
    }
}
