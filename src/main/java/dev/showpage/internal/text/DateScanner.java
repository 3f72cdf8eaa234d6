package dev.showpage.internal.text;

import dev.showpage.DateOrder;

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

    /** The weekday the date opened with, as written, or null. */
    String weekdayWord;

    /** Whether a numeric date was read year first because its first part has four digits. */
    boolean yearFirst;

    DateScanner(String text) {
        super(text);
    }

    /**
     * A whole date: weekday, day, and an optional time of day up to the end of the text. A word
     * that is both a weekday and a month ({@code mar}: mardi, martes, March) is read as the month
     * first, and as a weekday when that gives no date.
     */
    boolean date(DateOrder order, boolean yearless) {
        int start = at;
        if (dateAfterWeekday(order, yearless)) {
            return true;
        }
        at = start;
        if (!weekday()) {
            return false;
        }
        int afterWeekday = at;
        reset();
        at = afterWeekday;
        return dateAfterWeekday(order, yearless);
    }

    private boolean dateAfterWeekday(DateOrder order, boolean yearless) {
        reset();
        if (!isDigit(peek())) {
            return monthFirst(yearless) && TimesOfDay.skip(this, false);
        }
        int start = at;
        if (NumericDates.read(this, order)) {
            return true;
        }
        at = start;
        reset();
        return dayFirst(yearless) && TimesOfDay.skip(this, false);
    }

    private void reset() {
        year = -1;
        month = 0;
        day = 0;
        yearFirst = false;
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

    /**
     * {@code 12 March 2025}, {@code 02 Mar 2010}, {@code 1er janvier 2025}, {@code 6. März}, {@code
     * 12 de enero de 2024}.
     */
    private boolean dayFirst(boolean yearless) {
        if (!day()) {
            return false;
        }
        skip('.');
        if (!blanks()) {
            return false;
        }
        joiner();
        month = DateWords.month(word());
        if (month == 0) {
            return false;
        }
        skip('.');
        return year(yearless);
    }

    /**
     * A day of one or two digits with an optional ordinal ({@code 6th}, {@code 1er}, {@code 1º}).
     */
    private boolean day() {
        if (!number() || digits > 2) {
            return false;
        }
        day = number;
        int start = at;
        if (skip('\u00B0')) {
            return true; // "1°", as Italian pages write the first of a month
        }
        if (DateWords.isOrdinal(word())) {
            return true;
        }
        at = start;
        return false;
    }

    /**
     * Skips the word that joins the parts of a Spanish or Portuguese date ({@code 12 de enero de
     * 2024}, {@code 2 de fev. de 2023}, {@code 12 de enero del 2024}) and the blanks after it.
     */
    private void joiner() {
        int start = at;
        if (DateWords.isJoiner(word()) && blanks()) {
            return;
        }
        at = start;
    }

    /** {@code , 2025}, {@code 2025} or {@code 05} after the day and month; or none if allowed. */
    private boolean year(boolean yearless) {
        int start = at;
        boolean comma = skip(',');
        boolean blank = blanks();
        if (blank) {
            joiner();
        }
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
    private boolean weekday() {
        int start = at;
        String word = word();
        while (peek() == '-' && Character.isLetter(peekAt(at + 1))) {
            at++;
            word += "-" + word(); // "quarta-feira"
        }
        if (!DateWords.isWeekday(word)) {
            at = start;
            return false;
        }
        skip('.');
        boolean comma = skip(',');
        if (!blanks() && !comma) {
            at = start;
            return false;
        }
        int article = at;
        if (!(DateWords.isDayArticle(word()) && blanks())) {
            at = article; // "Montag, der 12. Juni 2023"
        }
        weekdayWord = word;
        return true;
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
