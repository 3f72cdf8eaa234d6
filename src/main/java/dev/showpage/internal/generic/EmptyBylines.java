package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A byline whose name slots the copy lost ("| By , , and", "Par et", "Von , und"): a theme prints
 * its authors' names as links, and a copy without the links keeps only the word before them and the
 * commas and the "and" between them. Such a line is the site's, never a title, even when the post's
 * category and date stand before it ("Reviews 12 May 2019 | By , , and").
 *
 * <p>The words are a vocabulary: the byline word and the word for "and" in the seven languages
 * whose dates the parser reads.
 */
final class EmptyBylines {

    /** The word that opens a byline, lower case: "by" in the seven languages. */
    private static final Set<String> BY_WORDS = Set.of("by", "par", "von", "por", "di", "door");

    /**
     * The words for "and" between names or a list's last items, lower case, in the seven languages
     * the parser reads: "and", "et", "und", "y", "e", "en", and the sign.
     */
    static final Set<String> AND_WORDS = Set.of("and", "et", "und", "y", "e", "en", "&");

    private EmptyBylines() {}

    /**
     * Whether {@code text}, a line's text with blanks collapsed, ends in a byline with no name: its
     * byline word opens the line or follows a " | ", and only commas and words for "and" come after
     * it, one of them at least.
     */
    static boolean isOne(String text) {
        int bar = text.lastIndexOf(" | ");
        String byline = (bar >= 0 ? text.substring(bar + 3) : text).strip();
        String[] words = byline.toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2 || !BY_WORDS.contains(words[0])) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            String word = words[k];
            if (!AND_WORDS.contains(word) && !word.chars().allMatch(c -> c == ',')) {
                return false;
            }
        }
        return true;
    }
}
