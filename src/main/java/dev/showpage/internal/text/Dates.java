package dev.showpage.internal.text;

import dev.showpage.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts the dates that pages and feeds write into {@link LocalDate}s: month names
 * ({@code Mar. 12, 2025}, {@code 12 March 2025}, {@code 16 décembre 2025}), ISO-8601 and RFC-822
 * dates with or without a time of day, numeric dates in a page's order, and relative dates
 * ({@code 2 weeks ago}, year-less {@code Mar 12}).
 *
 * <p>The grammar decides where a date is; this class reads the text it is given with one small
 * scanner, so all shapes share the same blanks, month names and checks. A time of day after the
 * date is checked for shape and then dropped: the contract holds calendar dates, and the date is
 * the one the page wrote, never moved to another time zone (an episode published late on
 * 11 October in New York was published on 11 October for its listeners). Anything that is not
 * plainly a date, and days that do not exist ({@code Feb 30}), are empty.
 */
public final class Dates {

  /**
   * Month names in English, French and German, lower case. A word names a month when it is the
   * start (three letters or more) of names of that month only, so {@code Sept}, {@code janv},
   * {@code Mär} and {@code Dez} are months and {@code jui} (juin or juillet) is none.
   */
  private static final String[][] MONTHS = {
    {"january", "janvier", "januar"},
    {"february", "février", "fevrier", "februar"},
    {"march", "mars", "märz", "maerz"},
    {"april", "avril"},
    {"may", "mai"},
    {"june", "juin", "juni"},
    {"july", "juillet", "juli"},
    {"august", "août", "aout"},
    {"september", "septembre"},
    {"october", "octobre", "oktober"},
    {"november", "novembre"},
    {"december", "décembre", "decembre", "dezember"},
  };

  /**
   * Weekday names, which pages put before a date ({@code Tuesday Aug 27, 2024},
   * {@code Sa, 28 Mär 20}) and which are skipped unchecked: a wrong weekday is the page's
   * slip, and the day of the month is the better witness.
   */
  private static final String[] WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  };

  /** The orders a numeric date can prove by the size of its first two parts. */
  private static final List<DateOrder> YEAR_LAST =
      List.of(DateOrder.MONTH_DAY_YEAR, DateOrder.DAY_MONTH_YEAR);

  /** How far back a year-less day is looked for: far enough to find the last 29 February. */
  private static final int YEARS_BACK = 8;

  private Dates() {}

  /**
   * Reads a date in any of the shapes in the class comment. The order decides numeric dates
   * whose year is last or two digits long ({@code 05/02/22}); a four-digit first part can only
   * be a year, so {@code 2025/03/12} and {@code 1968 12 10} are year-first in every order.
   */
  public static Optional<LocalDate> parse(String text, DateOrder order) {
    if (text == null) {
      return Optional.empty();
    }
    Scanner scanner = new Scanner(text);
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
   * The order that a numeric date proves by itself, so that one date on a page can settle how
   * to read the others: year first when the first part has four digits ({@code 2025/03/12});
   * otherwise the one of month-first and day-first in which the text is a real day
   * ({@code 16/12/2025} is day first, {@code 05/13/2025} month first). Empty when both give a
   * day ({@code 05/02/22}) or neither does ({@code 30/02/2025}).
   *
   * <p>Year first with a two-digit year ({@code 25/02/17}) is never proven: nearly every such
   * text also reads day first or month first, and pages that mean it are rare enough to be
   * configured rather than guessed.
   */
  public static Optional<DateOrder> orderOf(String numericText) {
    DateOrder proven = null;
    for (DateOrder order : YEAR_LAST) {
      Scanner scanner = new Scanner(numericText);
      if (scanner.numericDate(order) && of(scanner.year, scanner.month, scanner.day).isPresent()) {
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
   * Reads a date given relative to the day the page was fetched: {@code today},
   * {@code yesterday}, {@code 3 days ago}, {@code 2 weeks ago}, {@code 1 month ago},
   * {@code a year ago} (and {@code hier}, {@code il y a 2 semaines}), or a day without a year
   * ({@code Mar 12}, {@code Tue 12 Mar}), which is the latest such day not after
   * {@code reference}. The result is as exact as the site's rounding: "2 weeks ago" may have
   * been 17 days. Dates with a year are {@link #parse}'s.
   */
  public static Optional<LocalDate> relative(String text, LocalDate reference) {
    if (text == null) {
      return Optional.empty();
    }
    Scanner scanner = new Scanner(text);
    Optional<LocalDate> ago = scanner.ago(reference);
    if (ago.isPresent()) {
      return ago;
    }
    scanner = new Scanner(text);
    if (!scanner.date(DateOrder.MONTH_DAY_YEAR, true) || scanner.year >= 0) {
      return Optional.empty();
    }
    for (int year = reference.getYear(); year >= reference.getYear() - YEARS_BACK; year--) {
      Optional<LocalDate> day = of(year, scanner.month, scanner.day);
      if (day.isPresent() && !day.get().isAfter(reference)) {
        return day;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The month a word names (1 to 12), or 0. */
  private static int month(String word) {
    if (word.length() < 3) {
      return 0;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int found = 0;
    for (int m = 0; m < MONTHS.length; m++) {
      for (String name : MONTHS[m]) {
        if (name.startsWith(lower)) {
          if (found != 0 && found != m + 1) {
            return 0;
          }
          found = m + 1;
        }
      }
    }
    return found;
  }

  /** Whether a word is a weekday or its abbreviation ({@code Tue}, {@code Sa}), not a month. */
  private static boolean isWeekday(String word) {
    if (word.length() < 2 || month(word) != 0) {
      return false; // "Mar" is March before it is mardi
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (String name : WEEKDAYS) {
      if (name.startsWith(lower)) {
        return true;
      }
    }
    return false;
  }

  /** One pass over one date text; a method that returns false leaves the text unread. */
  private static final class Scanner extends TextCursor {

    /** The last number read, and how many digits it had. */
    private int number;
    private int digits;

    /** The date read; {@code year} is -1 when the text has none. */
    private int year = -1;
    private int month;
    private int day;

    /** Whether a numeric date was read year first because its first part has four digits. */
    private boolean yearFirst;

    Scanner(String text) {
      super(text);
    }

    /** A whole date: weekday, day, and an optional time of day up to the end of the text. */
    boolean date(DateOrder order, boolean yearless) {
      weekday();
      if (!isDigit(peek())) {
        return monthFirst(yearless) && timeOfDay(false);
      }
      int start = at;
      if (numericDate(order)) {
        return true;
      }
      at = start;
      year = -1;
      yearFirst = false;
      return dayFirst(yearless) && timeOfDay(false);
    }

    /**
     * {@code 05/02/22}, {@code 31-07-2022}, {@code 27.02.2016}, ISO {@code 2025-03-12} (with
     * {@code T} and a time), {@code 2012/10/11} and {@code 1968 12 10}, with an optional time.
     */
    boolean numericDate(DateOrder order) {
      if (!number() || digits == 3 || digits > 4) {
        return false;
      }
      int first = number;
      int firstDigits = digits;
      char separator = peek();
      boolean blank = firstDigits == 4 && Blanks.isBlank(separator);
      if (separator != '/' && separator != '-' && separator != '.' && !blank) {
        return false;
      }
      if (!separator(separator) || !number() || digits > 2) {
        return false;
      }
      int second = number;
      if (!separator(separator) || !number()) {
        return false;
      }
      int third = number;
      int thirdDigits = digits;
      if (firstDigits == 4) {
        yearFirst = true;
        year = first;
        month = second;
        day = third;
        return thirdDigits <= 2 && timeOfDay(separator == '-');
      }
      if (firstDigits > 2) {
        return false;
      }
      if (order == DateOrder.YEAR_MONTH_DAY) {
        if (firstDigits != 2 || thirdDigits > 2) {
          return false;
        }
        year = 2000 + first;
        month = second;
        day = third;
      } else {
        if (thirdDigits != 2 && thirdDigits != 4) {
          return false;
        }
        year = thirdDigits == 2 ? 2000 + third : third;
        month = order == DateOrder.MONTH_DAY_YEAR ? first : second;
        day = order == DateOrder.MONTH_DAY_YEAR ? second : first;
      }
      return timeOfDay(false);
    }

    /** Reads the separator of a numeric date again: the same one, or a run of blanks. */
    private boolean separator(char separator) {
      if (Blanks.isBlank(separator)) {
        return blanks();
      }
      if (peek() != separator) {
        return false;
      }
      at++;
      return true;
    }

    /** {@code March 12, 2025}, {@code Mar. 12 2025}, {@code Feb 14th 2016}, {@code Mar 12}. */
    private boolean monthFirst(boolean yearless) {
      month = month(word());
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
      month = month(word());
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

    /** {@code , 2025}, {@code  2025} or {@code  05} after the day and month; or none if allowed. */
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

    /**
     * Checks the rest of the text is a time of day, and skips it: {@code 12:00:00 +0000},
     * {@code T01:56:38.5+00:00}, {@code , 19:00}, {@code | 5:49 AM}, {@code at 6:35 pm},
     * {@code 17:00:42 GMT}. Nothing after the date is fine too.
     */
    private boolean timeOfDay(boolean iso) {
      if (at == end) {
        return true;
      }
      if (iso && Character.toUpperCase(peek()) == 'T') {
        at++;
      } else {
        boolean blank = blanks();
        if (skip(',') || skip('|') || skip('@')) {
          blanks();
        } else if (blank && (peekWord().equalsIgnoreCase("at") || peekWord().equals("à"))) {
          word();
          blanks();
        } else if (!blank) {
          return false;
        }
      }
      return clock() && zone() && at == end;
    }

    /** {@code 17:00}, {@code 01:56:38.1493874}, {@code 5:45PM}, {@code 6 pm}, {@code 20h30}. */
    private boolean clock() {
      if (!number() || digits > 2) {
        return false;
      }
      int hour = number;
      boolean minutes = false;
      char c = peek();
      if (c == ':' || c == 'h' || c == 'H') {
        at++;
        minutes = number();
        if (minutes && (digits != 2 || number > 59)) {
          return false;
        }
        if (!minutes && c == ':') {
          return false;
        }
        if (minutes && skip(':') && (!number() || digits != 2 || number > 60)) {
          return false;
        }
        if ((peek() == '.' || peek() == ',') && isDigit(peekAt(at + 1))) {
          at++;
          number(); // fractions of a second
        }
      }
      blanks();
      boolean meridiem = meridiem();
      if (meridiem) {
        return hour >= 1 && hour <= 12;
      }
      return (minutes || c == 'h' || c == 'H') && hour <= 24;
    }

    /** {@code am}, {@code PM}, {@code a.m.}, {@code p.m.}. */
    private boolean meridiem() {
      int start = at;
      String word = word().toLowerCase(Locale.ROOT);
      if (word.equals("am") || word.equals("pm")) {
        return true;
      }
      if ((word.equals("a") || word.equals("p")) && skip('.') && word().equalsIgnoreCase("m")) {
        skip('.');
        return true;
      }
      at = start;
      return false;
    }

    /** {@code Z}, {@code +0000}, {@code -06:00}, {@code GMT}, {@code EDT}, {@code UTC+1}, or none. */
    private boolean zone() {
      blanks();
      String name = word();
      if (name.length() > 5) {
        return false;
      }
      if (peek() == '+' || peek() == '-') {
        at++;
        if (!number() || (digits != 1 && digits != 2 && digits != 4)) {
          return false;
        }
        if (digits <= 2 && skip(':') && (!number() || digits != 2)) {
          return false;
        }
      }
      return true;
    }

    /** Skips a weekday and what follows it ({@code Tue, }, {@code Tuesday }, {@code Sa, }). */
    private void weekday() {
      int start = at;
      if (!isWeekday(word())) {
        at = start;
        return;
      }
      skip('.');
      boolean comma = skip(',');
      if (!blanks() && !comma) {
        at = start;
      }
    }

    /**
     * {@code today}, {@code yesterday}, {@code 3 days ago}, {@code an hour ago},
     * {@code il y a 2 semaines}, {@code 3d ago}; empty for anything else.
     */
    Optional<LocalDate> ago(LocalDate reference) {
      String word = peekWord().toLowerCase(Locale.ROOT);
      switch (word) {
        case "today", "aujourd" -> {
          word();
          if (word.equals("aujourd")
              && !((skip('\'') || skip('\u2019')) && word().equalsIgnoreCase("hui"))) {
            return Optional.empty();
          }
          return at == end ? Optional.of(reference) : Optional.empty();
        }
        case "yesterday", "hier" -> {
          word();
          return at == end ? Optional.of(reference.minusDays(1)) : Optional.empty();
        }
        default -> { }
      }
      boolean french = false;
      if (word.equals("il")) {
        word();
        blanks();
        if (!word().equalsIgnoreCase("y") || !blanks() || !word().equalsIgnoreCase("a")
            || !blanks()) {
          return Optional.empty();
        }
        french = true;
      }
      long amount;
      if (number()) {
        amount = number;
      } else {
        switch (word().toLowerCase(Locale.ROOT)) {
          case "a", "an", "one", "un", "une" -> amount = 1;
          default -> {
            return Optional.empty();
          }
        }
      }
      blanks();
      String unit = word().toLowerCase(Locale.ROOT);
      if (!french) {
        if (!blanks() || !word().equalsIgnoreCase("ago")) {
          return Optional.empty();
        }
      }
      if (at != end) {
        return Optional.empty();
      }
      return switch (unit) {
        case "second", "seconds", "sec", "secs", "s", "seconde", "secondes",
            "minute", "minutes", "min", "mins" -> Optional.of(reference);
        case "hour", "hours", "hr", "hrs", "h", "heure", "heures" ->
            Optional.of(reference.minusDays(amount / 24));
        case "day", "days", "d", "jour", "jours" -> Optional.of(reference.minusDays(amount));
        case "week", "weeks", "w", "wk", "wks", "semaine", "semaines" ->
            Optional.of(reference.minusWeeks(amount));
        case "month", "months", "mo", "mos", "mois" -> Optional.of(reference.minusMonths(amount));
        case "year", "years", "yr", "yrs", "y", "an", "ans", "année", "années" ->
            Optional.of(reference.minusYears(amount));
        default -> Optional.empty();
      };
    }

    /** Reads 1 to 9 digits into {@link #number}; false when there are none or more. */
    private boolean number() {
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
}
