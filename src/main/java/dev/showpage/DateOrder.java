package dev.showpage;

/**
 * How to read a numeric date such as {@code 02/03/25}, whose order the text does not tell.
 *
 * <p>Two-digit years are read as 2000 to 2099.
 */
public enum DateOrder {
    /** Month, day, year: {@code 02/17/25} is 17 February 2025 (Goodpods, US sites). */
    MONTH_DAY_YEAR,
    /** Day, month, year: {@code 17/02/25} is 17 February 2025. */
    DAY_MONTH_YEAR,
    /** Year, month, day: {@code 25/02/17} is 17 February 2025. */
    YEAR_MONTH_DAY
}
