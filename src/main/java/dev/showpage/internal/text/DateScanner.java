package dev.showpage.internal.text;

import dev.showpage.DateOrder;
import java.util.Locale;

/**
 * One pass over one date text, and the reader of dates written with a month name ({@code March 12,
 * 2025}, {@code 12 Mar 2025}, {@code Tue, 27 Aug 2024}); numeric dates are {@link NumericDates}',
 * the time of day after a date {@link TimesOfDay}'. A method that returns false leaves the text
 * unread.
 */
final class DateScanner extends TextCursor {

    /** The last number read, and how many digits it had. */
    int number;

    int digits;

    /** The date read; {@code year} is -1 when the text has none. */
    int year = -1;

    int month;
    int day;

    /** Whether a numeric date was read year first because its first part has four digits. */
    boolean yearFirst;

    DateScanner(String text) {
        super(text);
    }

    /** A whole date: weekday, day, and an optional time of day up to the end of the text. */
    boolean date(DateOrder order, boolean yearless) {
        weekday();
        if (!isDigit(peek())) {
            return monthFirst(yearless) && TimesOfDay.skip(this, false);
        }
        int start = at;
        if (NumericDates.read(this, order)) {
            return true;
        }
        at = start;
        year = -1;
        yearFirst = false;
        return dayFirst(yearless) && TimesOfDay.skip(this, false);
    }

    /** {@code March 12, 2025}, {@code Mar. 12 2025}, {@code Feb 14th 2016}, {@code Mar 12}. */
    private boolean monthFirst(boolean yearless) {
        month = DateWords.month(word());
        if (month == 0) {
            return false;
        }
        boolean dot = skip('.');
        if (!blanks() && !dot || !day()) {
            return false;
        }
        return year(yearless);
    }

    /** {@code 12 March 2025}, {@code 02 Mar 2010}, {@code 1er janvier 2025}, {@code 6. März}. */
    private boolean dayFirst(boolean yearless) {
        if (!day()) {
            return false;
        }
        skip('.');
        if (!blanks()) {
            return false;
        }
        month = DateWords.month(word());
        if (month == 0) {
            return false;
        }
        skip('.');
        return year(yearless);
    }

    /** A day of one or two digits with an optional ordinal ({@code 6th}, {@code 1er}). */
    private boolean day() {
        if (!number() || digits > 2) {
            return false;
        }
        day = number;
        int start = at;
        switch (word().toLowerCase(Locale.ROOT)) {
            case "", "st", "nd", "rd", "th", "er" -> {
                return true;
            }
            default -> {
                at = start;
                return false;
            }
        }
    }

    /** {@code , 2025}, {@code 2025} or {@code 05} after the day and month; or none if allowed. */
    private boolean year(boolean yearless) {
        int start = at;
        boolean comma = skip(',');
        boolean blank = blanks();
        if (isDigit(peek()) && (comma || blank)) {
            if (!number() || (digits != 4 && digits != 2)) {
                return false;
            }
            year = digits == 2 ? 2000 + number : number;
            return true;
        }
        at = start;
        return yearless;
    }

    /** Skips a weekday and what follows it ({@code Tue, }, {@code Tuesday }, {@code Sa, }). */
    private void weekday() {
        int start = at;
        if (!DateWords.isWeekday(word())) {
            at = start;
            return;
        }
        skip('.');
        boolean comma = skip(',');
        if (!blanks() && !comma) {
            at = start;
        }
    }

    /** Reads 1 to 9 digits into {@link #number}; false when there are none or more. */
    boolean number() {
        int start = at;
        int value = 0;
        while (at < end && isDigit(text.charAt(at))) {
            if (at - start == 9) {
                return false;
            }
            value = value * 10 + (text.charAt(at) - '0');
            at++;
        }
        number = value;
        digits = at - start;
        return digits > 0;
    }
}
