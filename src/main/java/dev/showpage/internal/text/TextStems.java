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
     * Whether the text holds one of the lower-case {@code stems}, in any case: as {@code
     * text.toLowerCase(Locale.ROOT).contains(stem)} for one of them, but read in place, since the
     * lower-case copy of each text was 3% of what the real pages' parse allocated.
     */
    public static boolean anyIn(CharSequence text, List<String> stems) {
        if (lowersUnevenly(text)) {
            String lower = text.toString().toLowerCase(Locale.ROOT);
            for (String stem : stems) {
                if (lower.contains(stem)) {
                    return true;
                }
            }
            return false;
        }
        for (String stem : stems) {
            if (holds(text, stem)) {
                return true;
            }
        }
        return false;
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

    /** Whether {@code stem} stands in the text lower-cased one character at a time. */
    private static boolean holds(CharSequence text, String stem) {
        int length = stem.length();
        if (length == 0) {
            return true;
        }
        char first = stem.charAt(0);
        for (int i = 0, last = text.length() - length; i <= last; i++) {
            if (Character.toLowerCase(text.charAt(i)) != first) {
                continue;
            }
            int j = 1;
            while (j < length && Character.toLowerCase(text.charAt(i + j)) == stem.charAt(j)) {
                j++;
            }
            if (j == length) {
                return true;
            }
        }
        return false;
    }
}
