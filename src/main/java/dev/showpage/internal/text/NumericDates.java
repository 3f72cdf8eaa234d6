package dev.showpage.internal.text;

import dev.showpage.DateOrder;
import java.util.List;
import java.util.Optional;

/**
 * Dates written in numbers ({@code 05/02/22}, {@code 31-07-2022}, {@code 27.02.2016}, {@code
 * 2025-03-12}, {@code 1968 12 10}), and the order of day, month and year that such a date proves by
 * itself.
 */
final class NumericDates {

    /** The orders a numeric date can prove by the size of its first two parts. */
    private static final List<DateOrder> YEAR_LAST =
            List.of(DateOrder.MONTH_DAY_YEAR, DateOrder.DAY_MONTH_YEAR);

    private NumericDates() {}

    /** See {@link Dates#orderOf(String)}. */
    static Optional<DateOrder> orderOf(String numericText) {
        DateOrder proven = null;
        // "Donnerstag, 23.12.2021": the weekday before the numbers proves nothing.
        int first = 0;
        while (first < numericText.length() && !Character.isDigit(numericText.charAt(first))) {
            first++;
        }
        String numbers = numericText.substring(first);
        for (DateOrder order : YEAR_LAST) {
            DateScanner scanner = new DateScanner(numbers);
            if (read(scanner, order)
                    && Dates.of(scanner.year, scanner.month, scanner.day).isPresent()) {
                if (scanner.yearFirst) {
                    return Optional.of(DateOrder.YEAR_MONTH_DAY);
                }
                if (proven != null) {
                    return Optional.empty();
                }
                proven = order;
            }
        }
        return Optional.ofNullable(proven);
    }

    /**
     * {@code 05/02/22}, {@code 31-07-2022}, {@code 27.02.2016}, ISO {@code 2025-03-12} (with {@code
     * T} and a time), {@code 2012/10/11} and {@code 1968 12 10}, with an optional time.
     */
    static boolean read(DateScanner s, DateOrder order) {
        if (!s.number() || s.digits == 3 || s.digits > 4) {
            return false;
        }
        int first = s.number;
        int firstDigits = s.digits;
        char separator = s.peek();
        boolean blank = firstDigits == 4 && Blanks.isBlank(separator);
        if (separator != '/' && separator != '-' && separator != '.' && !blank) {
            return false;
        }
        if (!separator(s, separator) || !s.number() || s.digits > 2) {
            return false;
        }
        int second = s.number;
        if (!separator(s, separator) || !s.number()) {
            return false;
        }
        int third = s.number;
        int thirdDigits = s.digits;
        if (firstDigits == 4) {
            s.yearFirst = true;
            s.year = first;
            s.month = second;
            s.day = third;
            return thirdDigits <= 2 && TimesOfDay.skip(s, separator == '-');
        }
        if (firstDigits > 2) {
            return false;
        }
        if (order == DateOrder.YEAR_MONTH_DAY) {
            if (firstDigits != 2 || thirdDigits > 2) {
                return false;
            }
            s.year = 2000 + first;
            s.month = second;
            s.day = third;
        } else {
            if (thirdDigits != 2 && thirdDigits != 4) {
                return false;
            }
            s.year = thirdDigits == 2 ? 2000 + third : third;
            s.month = order == DateOrder.MONTH_DAY_YEAR ? first : second;
            s.day = order == DateOrder.MONTH_DAY_YEAR ? second : first;
        }
        return TimesOfDay.skip(s, false);
    }

    /** Reads the separator of a numeric date again: the same one, or a run of blanks. */
    private static boolean separator(DateScanner s, char separator) {
        if (Blanks.isBlank(separator)) {
            return s.blanks();
        }
        if (s.peek() != separator) {
            return false;
        }
        s.at++;
        if (separator == '.') {
            s.blanks(); // "3. 3. 2024": German writes a blank after each dot too
        }
        return true;
    }
}
