package dev.showpage.internal.generic;

import java.util.Locale;

/**
 * A show's tagline, as its header prints it under its name: a short phrase that says what podcast
 * it is ("The weekly podcast about the sea", "Der Wissenschafts-Podcast über ...", "Le podcast qui
 * ..."). Under a line the page prints twice, it makes that line the show's name rather than an
 * episode's title.
 */
final class Tagline {

    /** Words of a tagline at most. */
    private static final int MAX_WORDS = 12;

    private Tagline() {}

    /** Whether line {@code i} is such a tagline: short, no sentence, a podcast among its words. */
    static boolean isTagline(LineTable lines, int i) {
        if (i < 0 || !lines.isNote(i) || !lines.isShort(i) || lines.words(i) > MAX_WORDS) {
            return false;
        }
        if (lines.endsSentence(i) || lines.text(i).endsWith("?")) {
            return false;
        }
        String[] words = lines.text(i).toLowerCase(Locale.ROOT).split(" ");
        // Not its last word: "... Podcast" at the end is a show's name (ShowName.endsInPodcast).
        for (int k = 0; k < words.length - 1; k++) {
            String word = words[k];
            if (word.equals("podcast") || word.endsWith("-podcast")) {
                return true;
            }
        }
        return false;
    }
}
