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

    private static final int LONGEST_BY_WORD =
            BY_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /** The characters of the words after the byline word: commas and the words for "and". */
    private static final String AFTER_BY_WORD = String.join("", AND_WORDS) + ",";

    private EmptyBylines() {}

    /**
     * Whether the text from {@code from} may be an empty byline, read in place: its first word no
     * longer than a byline word, and after it only blanks and, in either case, the characters of
     * commas and words for "and". Lower-casing gives no other letter one of those, and never
     * shortens a word, so the test turns no empty byline away.
     */
    private static boolean mayBeOne(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        int wordStart = k;
        while (k < text.length() && text.charAt(k) != ' ') {
            k++;
        }
        if (k - wordStart > LONGEST_BY_WORD) {
            return false;
        }
        for (; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && AFTER_BY_WORD.indexOf(Character.toLowerCase(c)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text}, a line's text with blanks collapsed, ends in a byline with no name: its
     * byline word opens the line or follows a " | ", and only commas and words for "and" come after
     * it, one of them at least.
     */
    static boolean isOne(String text) {
        int bar = text.lastIndexOf(" | ");
        if (!mayBeOne(text, bar >= 0 ? bar + 3 : 0)) {
            return false; // nearly every line: not copied, lower-cased and split
        }
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
