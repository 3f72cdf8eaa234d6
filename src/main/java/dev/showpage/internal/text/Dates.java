package dev.showpage.internal.text;

import dev.showpage.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Converts the dates that pages and feeds write into {@link LocalDate}s: month names ({@code Mar.
 * 12, 2025}, {@code 12 March 2025}, {@code 16 décembre 2025}), ISO-8601 and RFC-822 dates with or
 * without a time of day, numeric dates in a page's order, and relative dates ({@code 2 weeks ago},
 * year-less {@code Mar 12}).
 *
 * <p>The grammar decides where a date is; this class reads the text it is given with one small
 * scanner ({@link DateScanner}), so all shapes share the same blanks, month names and checks. A
 * time of day after the date is checked for shape and then dropped: the contract holds calendar
 * dates, and the date is the one the page wrote, never moved to another time zone (an episode
 * published late on 11 October in New York was published on 11 October for its listeners). Anything
 * that is not plainly a date, and days that do not exist ({@code Feb 30}), are empty.
 */
public final class Dates {

    private Dates() {}

    /**
     * Reads a date in any of the shapes in the class comment. The order decides numeric dates whose
     * year is last or two digits long ({@code 05/02/22}); a four-digit first part can only be a
     * year, so {@code 2025/03/12} and {@code 1968 12 10} are year-first in every order.
     */
    public static Optional<LocalDate> parse(String text, DateOrder order) {
        if (text == null) {
            return Optional.empty();
        }
        DateScanner scanner = new DateScanner(text);
        if (!scanner.date(order, false)) {
            return Optional.empty();
        }
        return of(scanner.year, scanner.month, scanner.day);
    }

    /**
     * Reads {@code 02/17/25} or {@code 2/17/2025} in the given order; empty when no such day
     * exists. Two-digit years are 2000 to 2099.
     */
    public static Optional<LocalDate> numeric(String text, DateOrder order) {
        return parse(text, order);
    }

    /** Reads {@code Jun 13, 2024}, {@code June 13, 2024} or {@code Sept. 3, 2024}. */
    public static Optional<LocalDate> monthName(String text) {
        return parse(text, DateOrder.MONTH_DAY_YEAR); // the month name leaves no order to choose
    }

    /**
     * The order that a numeric date proves by itself, so that one date on a page can settle how to
     * read the others: year first when the first part has four digits ({@code 2025/03/12});
     * otherwise the one of month-first and day-first in which the text is a real day ({@code
     * 16/12/2025} is day first, {@code 05/13/2025} month first). Empty when both give a day ({@code
     * 05/02/22}) or neither does ({@code 30/02/2025}).
     *
     * <p>Year first with a two-digit year ({@code 25/02/17}) is never proven: nearly every such
     * text also reads day first or month first, and pages that mean it are rare enough to be
     * configured rather than guessed.
     */
    public static Optional<DateOrder> orderOf(String numericText) {
        return NumericDates.orderOf(numericText);
    }

    /**
     * Reads a date given relative to the day the page was fetched: {@code today}, {@code
     * yesterday}, {@code 3 days ago}, {@code 2 weeks ago}, {@code 1 month ago}, {@code a year ago}
     * (and {@code hier}, {@code il y a 2 semaines}), or a day without a year ({@code Mar 12},
     * {@code Tue 12 Mar}), which is the latest such day not after {@code reference}. The result is
     * as exact as the site's rounding: "2 weeks ago" may have been 17 days. Dates with a year are
     * {@link #parse}'s.
     */
    public static Optional<LocalDate> relative(String text, LocalDate reference) {
        return text == null ? Optional.empty() : RelativeDates.of(text, reference);
    }

    /**
     * Reads a day written with its weekday and without a year ({@code Lunes, 3 de marzo}, {@code
     * Montag, 3. März}) in the year the page states elsewhere: the day when its weekday agrees with
     * the calendar of that year, empty otherwise (a day with no weekday, a weekday of another
     * year).
     */
    public static Optional<LocalDate> weekdayInYear(String text, int year) {
        return text == null ? Optional.empty() : RelativeDates.weekdayInYear(text, year);
    }

    /**
     * Whether the text is written as a date, with an optional time of day, whether or not the
     * calendar has that day ({@code Feb 30, 2025} is written as one): the shape the grammar's date
     * tokens take.
     */
    public static boolean isWrittenAsDate(String text) {
        for (DateOrder order : DateOrder.values()) {
            if (new DateScanner(text).date(order, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word opens a relative date in one of the languages read: {@code today}, {@code
     * hier}, {@code il} (y a), {@code vor}, {@code hace}, {@code há}.
     */
    public static boolean opensRelativeDate(String word) {
        return RelativeDates.opens(word);
    }

    /** Whether a word closes a relative date: {@code ago}, {@code fa}, {@code geleden}. */
    public static boolean closesRelativeDate(String word) {
        return RelativeDates.closes(word);
    }

    /** The day, or empty when the calendar has no such day ({@code Feb 30}). */
    static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
