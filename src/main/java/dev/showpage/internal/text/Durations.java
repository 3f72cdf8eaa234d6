package dev.showpage.internal.text;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts the durations that pages and feeds write ({@code 84 min}, {@code 1 hr 18 min},
 * {@code 01:23:45}, {@code PT1H24M}, {@code 3723}) into whole-second {@link Duration}s.
 *
 * <p>The grammar decides where a duration is; this class only reads the text it is given, with
 * one small scanner rather than a regular expression per shape, so that every shape shares the
 * same rules: blanks (no-break space included) may stand between parts, units are
 * case-insensitive, fractions of a second are cut off because the JSON contract holds whole
 * seconds, and anything that is not plainly a duration is empty rather than a guess or a zero.
 */
public final class Durations {

  /** The largest whole number a double holds exactly: 2^53 - 1. */
  static final long MAX_JSON_SAFE_SECONDS = 9_007_199_254_740_991L;

  private static final long SECOND = 1;
  private static final long MINUTE = 60;
  private static final long HOUR = 3_600;
  private static final long DAY = 86_400;
  private static final long WEEK = 7 * DAY;

  /** Returned by the scanner for text that is not a duration. */
  private static final long NONE = -1;

  /**
   * Unit words and their length. English as podcast sites abbreviate it, plus the French and
   * German words that show pages in those languages print ({@code 1 h 6 min}, {@code 87 Min.}).
   * Months and years are not here: their length depends on the calendar.
   */
  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("d", DAY), Map.entry("day", DAY), Map.entry("days", DAY),
          Map.entry("h", HOUR), Map.entry("hr", HOUR), Map.entry("hrs", HOUR),
          Map.entry("hour", HOUR), Map.entry("hours", HOUR),
          Map.entry("heure", HOUR), Map.entry("heures", HOUR),
          Map.entry("std", HOUR), Map.entry("stunde", HOUR), Map.entry("stunden", HOUR),
          Map.entry("m", MINUTE), Map.entry("mn", MINUTE), Map.entry("min", MINUTE),
          Map.entry("mins", MINUTE), Map.entry("minute", MINUTE), Map.entry("minutes", MINUTE),
          Map.entry("minuten", MINUTE),
          Map.entry("s", SECOND), Map.entry("sec", SECOND), Map.entry("secs", SECOND),
          Map.entry("second", SECOND), Map.entry("seconds", SECOND),
          Map.entry("seconde", SECOND), Map.entry("secondes", SECOND),
          Map.entry("sek", SECOND), Map.entry("sekunde", SECOND), Map.entry("sekunden", SECOND));

  private Durations() {}

  /**
   * Reads any duration a page or feed writes: amounts with units ({@code 84 min},
   * {@code 2h 45m}, {@code 3 hours, 11 minutes and 53 seconds}, {@code 1h30}), clock times
   * ({@code 61:08} as minutes and seconds, {@code 1:02:03}), ISO-8601 ({@code PT1H24M}) and plain
   * seconds ({@code 3723}).
   *
   * <p>Empty for blank text, negatives, parts out of range ({@code 1:60:00}, {@code 1 hr 75
   * min}), units out of order, and lengths above {@link #MAX_JSON_SAFE_SECONDS}. Four colon
   * fields are empty too: suites read the fourth as days, frames or milliseconds, so no answer
   * would be safe.
   */
  static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    long seconds;
    try {
      seconds = new Scanner(text).duration();
    } catch (ArithmeticException tooLarge) {
      return Optional.empty();
    }
    return seconds < 0 || seconds > MAX_JSON_SAFE_SECONDS
        ? Optional.empty()
        : Optional.of(Duration.ofSeconds(seconds));
  }

  /**
   * Reads {@code MM:SS}, {@code H:MM:SS} or {@code HH:MM:SS}. Minutes may pass 59 in the
   * two-part form ({@code 61:08}); seconds, and minutes in the three-part form, may not: such a
   * time is empty.
   */
  public static Optional<Duration> timestamp(String text) {
    int colon = text.indexOf(':');
    if (colon < 0 || colon > 6) {
      return Optional.empty(); // more than a million hours is no episode
    }
    return parse(text);
  }

  /**
   * The sum of amounts such as {@code 84 min} or {@code 13 days} and {@code 3 hours}; empty for
   * no amounts, or for amounts too large to be lengths of time.
   */
  public static Optional<Duration> total(List<String> amounts) {
    if (amounts.isEmpty()) {
      return Optional.empty();
    }
    long total = 0;
    for (String amount : amounts) {
      Optional<Duration> one = parse(amount);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      total += one.get().getSeconds(); // each at most 2^53, so the sum cannot overflow soon
      if (total > MAX_JSON_SAFE_SECONDS) {
        return Optional.empty();
      }
    }
    return Optional.of(Duration.ofSeconds(total));
  }

  /** One pass over one duration text; every method moves {@code at} forward or returns NONE. */
  private static final class Scanner extends TextCursor {

    /** The last number read, and how many digits it had. */
    private long number;
    private int digits;

    /** The fraction after the last number ({@code .05} is 5 with 2 digits), if any. */
    private long fraction;
    private int fractionDigits;

    /** Seconds so far, and the unit of the last part (units must get smaller). */
    private long total;
    private long lastUnit = Long.MAX_VALUE;

    Scanner(String text) {
      super(text);
    }

    long duration() {
      if (at == end) {
        return NONE;
      }
      char first = Character.toUpperCase(text.charAt(at));
      if (first == 'P' || first == 'T') {
        return iso();
      }
      if (!number()) {
        return NONE; // words, signs, punctuation
      }
      return peek() == ':' ? clock() : amounts();
    }

    /** {@code 61:08}, {@code 1:02:03}, {@code 01:02:03.500}: the first number is already read. */
    private long clock() {
      long[] parts = new long[3];
      int count = 0;
      parts[count++] = number;
      while (peek() == ':') {
        at++;
        if (count == 3 || !number() || digits > 2) {
          return NONE;
        }
        parts[count++] = number;
      }
      if (digits != 2) {
        return NONE; // a clock always writes seconds with two digits
      }
      fraction(false); // cut off: the contract holds whole seconds
      if (at != end) {
        return NONE;
      }
      long seconds = parts[count - 1];
      long minutes = parts[count - 2];
      if (seconds > 59 || (count == 3 && minutes > 59)) {
        return NONE;
      }
      long hours = count == 3 ? parts[0] : 0;
      return Math.addExact(
          Math.addExact(Math.multiplyExact(hours, HOUR), Math.multiplyExact(minutes, MINUTE)),
          seconds);
    }

    /**
     * {@code 84 min}, {@code 1 hr 18 min}, {@code 3h11m53s}, {@code 3 hours, 11 minutes},
     * {@code 1h30}, or a plain number of seconds: the first number is already read.
     */
    private long amounts() {
      boolean first = true;
      while (true) {
        boolean fractional = fraction(false);
        blanks();
        String word = word();
        long unit;
        if (word.isEmpty()) {
          if (at != end || fractional && !first) {
            return NONE;
          }
          // A lone number is seconds (itunes:duration); one after "1h" is the next smaller
          // unit (the French "1h30").
          unit = first ? SECOND : smaller(lastUnit);
        } else {
          Long known = UNITS.get(word.toLowerCase(Locale.ROOT));
          if (known == null) {
            return NONE;
          }
          unit = known;
          if (peek() == '.') {
            at++; // "87 Min.", "1 hr. 5 min."
          }
        }
        if (!add(unit, !first)) {
          return NONE;
        }
        blanks();
        boolean joined = false;
        if (peek() == ',') {
          at++;
          blanks();
          joined = true;
        }
        String joint = peekWord();
        if (joint.equalsIgnoreCase("and") || joint.equalsIgnoreCase("et")) {
          at += joint.length();
          blanks();
          joined = true;
        }
        if (at == end) {
          return joined ? NONE : total;
        }
        if (fractional || !number()) {
          return NONE; // only the last amount may have a fraction ("2.5 hours")
        }
        first = false;
      }
    }

    /** {@code PT1H24M}, {@code P1DT2H}, {@code P0Y0M0DT0H4M20.880S}, and yt-dlp's {@code T30M38S}. */
    private long iso() {
      boolean time = Character.toUpperCase(text.charAt(at)) == 'T';
      at++;
      boolean any = false;
      boolean fractional = false;
      while (at < end) {
        char c = Character.toUpperCase(text.charAt(at));
        if (c == 'T' && !time) {
          time = true;
          at++;
          continue;
        }
        if (c == 'Z' && any && at + 1 == end) {
          at++; // "PT00H03M30SZ": a zone designator glued on by a date-time writer
          break;
        }
        if (fractional || !number()) {
          return NONE; // ISO allows a fraction on the smallest part only
        }
        fractional = fraction(true);
        if (at == end) {
          return NONE;
        }
        char designator = Character.toUpperCase(text.charAt(at++));
        long unit;
        if (time) {
          unit = designator == 'H' ? HOUR : designator == 'M' ? MINUTE
              : designator == 'S' ? SECOND : NONE;
        } else if (designator == 'Y' || designator == 'M') {
          // Years and months have no fixed length; only a zero placeholder is a duration.
          if (number != 0 || fraction != 0) {
            return NONE;
          }
          any = true;
          continue;
        } else {
          unit = designator == 'W' ? WEEK : designator == 'D' ? DAY : NONE;
        }
        if (unit == NONE || !add(unit, false)) {
          return NONE;
        }
        any = true;
      }
      boolean endsInT = Character.toUpperCase(text.charAt(end - 1)) == 'T';
      return any && !endsInT ? total : NONE; // "P1DT" promises a time and gives none
    }

    /**
     * Adds the last number (and its fraction) in {@code unit}. Units must get smaller, and a part
     * after the first must stay below the next larger unit ({@code 1 hr 75 min} is no duration;
     * {@code 62m45s} is, since 62 comes first).
     */
    private boolean add(long unit, boolean bounded) {
      if (unit <= 0 || unit >= lastUnit) {
        return false;
      }
      if (bounded && number >= (unit == HOUR ? 24 : 60)) {
        return false;
      }
      long part = Math.multiplyExact(number, unit);
      if (fractionDigits > 0) {
        part = Math.addExact(part, fraction * unit / pow10(fractionDigits));
      }
      total = Math.addExact(total, part);
      lastUnit = unit;
      return true;
    }

    private static long smaller(long unit) {
      return unit == DAY ? HOUR : unit == HOUR ? MINUTE : unit == MINUTE ? SECOND : NONE;
    }

    private static long pow10(int n) {
      long p = 1;
      for (int i = 0; i < n; i++) {
        p *= 10;
      }
      return p;
    }

    /** Reads 1 to 18 digits into {@link #number}; false when there are none or too many. */
    private boolean number() {
      int start = at;
      long value = 0;
      while (at < end && isDigit(text.charAt(at))) {
        value = value * 10 + (text.charAt(at) - '0');
        at++;
        if (at - start > 18) {
          return false; // longer than any duration a long can hold
        }
      }
      number = value;
      digits = at - start;
      return digits > 0;
    }

    /**
     * Reads {@code .05} after a number, or {@code ,5} where a comma cannot be a list or
     * thousands separator (ISO-8601); keeps nine digits, which is more than truncation to whole
     * seconds needs, and skips the rest.
     */
    private boolean fraction(boolean comma) {
      fraction = 0;
      fractionDigits = 0;
      char c = peek();
      boolean mark = c == '.' || (comma && c == ',');
      if (!mark || at + 1 >= end || !isDigit(text.charAt(at + 1))) {
        return false;
      }
      at++;
      while (at < end && isDigit(text.charAt(at))) {
        if (fractionDigits < 9) {
          fraction = fraction * 10 + (text.charAt(at) - '0');
          fractionDigits++;
        }
        at++;
      }
      return true;
    }





  }
}
