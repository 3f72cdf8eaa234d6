package dev.showpage.internal.text;

import java.util.OptionalInt;

/** Reads counts (listeners, episodes, a ranking's size) without overflowing. */
public final class Counts {

    private Counts() {}

    /** The count the digits give; empty when it does not fit an int. */
    public static OptionalInt of(String digits) {
        try {
            return OptionalInt.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The count the digits in {@code text} give, the rest left out ("1,234 Listeners"). */
    public static OptionalInt ofDigitsIn(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return of(digits.toString());
    }
}
