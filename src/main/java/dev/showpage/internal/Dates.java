package dev.showpage.internal;

import dev.showpage.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Converts the date shapes the lexer recognises into {@link LocalDate}s. */
final class Dates {

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private Dates() {}

  /**
   * Reads {@code 02/17/25} or {@code 2/17/2025} in the given order; empty when no such day
   * exists. Two-digit years are 2000 to 2099.
   */
  static Optional<LocalDate> numeric(String text, DateOrder order) {
    String[] parts = text.split("/");
    int a = Integer.parseInt(parts[0]);
    int b = Integer.parseInt(parts[1]);
    int c = Integer.parseInt(parts[2]);
    return switch (order) {
      case MONTH_DAY_YEAR -> of(year(c, parts[2]), a, b);
      case DAY_MONTH_YEAR -> of(year(c, parts[2]), b, a);
      case YEAR_MONTH_DAY -> of(year(a, parts[0]), b, c);
    };
  }

  /** Reads {@code Jun 13, 2024}, {@code June 13, 2024} or {@code Sept. 3, 2024}. */
  static Optional<LocalDate> monthName(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int month = 0;
    for (int i = 0; i < MONTHS.length; i++) {
      if (lower.startsWith(MONTHS[i])) {
        month = i + 1;
        break;
      }
    }
    int space = text.indexOf(' ');
    int comma = text.indexOf(',', space);
    int day = Integer.parseInt(text.substring(space + 1, comma).trim());
    int year = Integer.parseInt(text.substring(comma + 1).trim());
    return of(year, month, day);
  }

  private static int year(int value, String digits) {
    return digits.length() == 2 ? 2000 + value : value;
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
