package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;

/**
 * "A podcast by" as platforms word it after a show's or an episode's name and before its
 * publisher's ("Harbour Talk - A podcast by Quay Media", "Podcast by Quay Media" on a line of its
 * own): the phrases of the seven languages the parser reads, and of the Scandinavian storefronts
 * that print their chrome over shows in those languages ("en podcast af", "en podcast av").
 */
final class PodcastByPhrases {

    /** The phrases with their article, lower case, each closed by the blank or the elision. */
    static final List<String> WITH_ARTICLE =
            List.of(
                    "a podcast by ",
                    "un podcast de ",
                    "un podcast d'",
                    "un podcast d\u2019",
                    "ein podcast von ",
                    "ein podcast der ",
                    "ein podcast des ",
                    "un pódcast de ",
                    "un podcast di ",
                    "un podcast del ",
                    "um podcast de ",
                    "um podcast da ",
                    "um podcast do ",
                    "een podcast van ",
                    "een podcast door ",
                    "en podcast af ",
                    "en podcast av ");

    private PodcastByPhrases() {}

    /**
     * The length of the phrase {@code text} opens with, with or without its article ("Podcast by ",
     * "En podcast af "), any case; 0 when it opens with none.
     */
    static int openingLength(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return 0; // positions in the lower-case text are the text's only when lengths agree
        }
        for (String phrase : WITH_ARTICLE) {
            if (lower.startsWith(phrase)) {
                return phrase.length();
            }
            String bare = phrase.substring(phrase.indexOf(' ') + 1);
            if (lower.startsWith(bare)) {
                return bare.length();
            }
        }
        return 0;
    }
}
