package dev.showpage.internal.text;

import java.util.List;
import java.util.Locale;

/**
 * The cheap look a phrase reader takes at a text before splitting it into words: whether any of the
 * stems of its phrases stands in it, in any case. Most texts hold none, and are told by this alone.
 */
final class TextStems {

    private TextStems() {}

    /** Whether the text holds one of the lower-case {@code stems}, in any case. */
    static boolean anyIn(String text, List<String> stems) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
