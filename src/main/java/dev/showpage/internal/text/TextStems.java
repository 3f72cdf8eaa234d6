package dev.showpage.internal.text;

import java.util.List;
import java.util.Locale;

/**
 * The cheap look a phrase reader takes at a text before splitting it into words: whether any of the
 * stems of its phrases stands in it, in any case. Most texts hold none, and are told by this alone.
 */
public final class TextStems {

    private TextStems() {}

    /**
     * Whether a text already lower-cased ({@link Locale#ROOT}) holds one of the lower-case {@code
     * stems}: the paragraph that three readers look at is lower-cased once, not by each (its copies
     * were 3% of what the real pages' parse allocated).
     */
    public static boolean anyInLowerCased(String lowerCased, List<String> stems) {
        for (String stem : stems) {
            if (lowerCased.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds one of the lower-case {@code stems}, in any case, read in place,
     * lower-casing one character at a time: for a long text looked at once (a whole page), which is
     * then not copied. Several times slower than the look in a lower-cased copy, which suits the
     * short texts looked at often.
     */
    public static boolean anyInPlace(CharSequence text, List<String> stems) {
        if (lowersUnevenly(text)) {
            return anyInLowerCased(text.toString().toLowerCase(Locale.ROOT), stems);
        }
        // one pass, each character lower-cased once, the stems tried where their first one stands
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = lower(text.charAt(i));
            for (int k = 0; k < stems.size(); k++) {
                String stem = stems.get(k);
                if (stem.isEmpty() || stem.charAt(0) == c && holdsAt(text, i, stem)) {
                    return true;
                }
            }
        }
        return stems.contains("");
    }

    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * Whether the text has a character that a string in lower case does not give as {@link
     * Character#toLowerCase(char)} of it, in its place: a capital sigma (by its place in the word),
     * a dotted capital I (two characters), a surrogate (by its code point).
     */
    private static boolean lowersUnevenly(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0130' && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code stem}, whose first character is the text's at {@code at} lower-cased, stands
     * there in the text lower-cased one character at a time.
     */
    private static boolean holdsAt(CharSequence text, int at, String stem) {
        int length = stem.length();
        if (at + length > text.length()) {
            return false;
        }
        for (int j = 1; j < length; j++) {
            if (lower(text.charAt(at + j)) != stem.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
