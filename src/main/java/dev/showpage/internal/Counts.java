package dev.showpage.internal;

import java.util.OptionalInt;

/** Reads counts (listeners, episodes, a ranking's size) without overflowing. */
final class Counts {

  private Counts() {}

  /** The count the digits give; empty when it does not fit an int. */
  static OptionalInt of(String digits) {
    try {
      return OptionalInt.of(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
