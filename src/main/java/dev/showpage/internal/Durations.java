package dev.showpage.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Converts timestamps ({@code 01:02:03}) and amounts ({@code 84 min}) into {@link Duration}s. */
final class Durations {

  /** The largest whole number a double holds exactly: 2^53 - 1. */
  static final long MAX_JSON_SAFE_SECONDS = 9_007_199_254_740_991L;

  private Durations() {}

  /**
   * Reads {@code MM:SS}, {@code H:MM:SS} or {@code HH:MM:SS}. Minutes may pass 59 in the
   * two-part form ({@code 61:08}); seconds, and minutes in the three-part form, may not: such a
   * time is empty.
   */
  static Optional<Duration> timestamp(String text) {
    String[] parts = text.split(":");
    if (parts[0].length() > 6) {
      return Optional.empty(); // more than a million hours is no episode
    }
    long seconds = Long.parseLong(parts[parts.length - 1]);
    long minutes = Long.parseLong(parts[parts.length - 2]);
    long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
    if (seconds > 59 || (parts.length == 3 && minutes > 59)) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(hours * 3600 + minutes * 60 + seconds));
  }

  /**
   * The sum of amounts such as {@code 84 min} or {@code 13 days} and {@code 3 hours}; empty for
   * no amounts, or for amounts too large to be lengths of time.
   */
  static Optional<Duration> total(List<Token> amounts) {
    if (amounts.isEmpty()) {
      return Optional.empty();
    }
    try {
      Duration total = Duration.ZERO;
      for (Token amount : amounts) {
        total = total.plus(quantity(amount.getText()));
      }
      // Seconds beyond 2^53 cannot be held exactly by a JSON reader that uses doubles.
      return total.getSeconds() > MAX_JSON_SAFE_SECONDS ? Optional.empty() : Optional.of(total);
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Reads one amount such as {@code 84 min}, {@code 3 hours} or {@code 13 days}. */
  private static Duration quantity(String text) {
    int i = 0;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    long amount = Long.parseLong(text.substring(0, i));
    String unit = text.substring(i).trim().toLowerCase(Locale.ROOT);
    if (unit.startsWith("min")) {
      return Duration.ofMinutes(amount);
    } else if (unit.startsWith("h")) {
      return Duration.ofHours(amount);
    } else if (unit.startsWith("d")) {
      return Duration.ofDays(amount);
    } else {
      return Duration.ofSeconds(amount);
    }
  }
}
