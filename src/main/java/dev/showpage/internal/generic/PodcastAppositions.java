package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * The show's name followed by an apposition that calls it the podcast of someone: "Harbour Talk,
 * the podcast of the Coastal Review, meets ...", "– Hafenfunk, der Podcast von Nordwelle, kennt
 * ...", "Voces del puerto, el podcast de Radio Sur". An article about a show presents it so; the
 * word after "podcast" names who makes it, which a person's role ("Ana Ruiz, the podcast host")
 * does not.
 *
 * <p>The words are a vocabulary: the articles before "podcast" and the prepositions of origin after
 * it, in the seven languages whose dates the parser reads.
 */
final class PodcastAppositions {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /** The articles that open the apposition, lower case. */
    private static final Set<String> ARTICLES =
            Set.of(
                    "the", "a", "der", "ein", "le", "un", "el", "il", "lo", "o", "um", "de", "het",
                    "een");

    /** The words of origin after "podcast", lower case: who makes the show. */
    private static final Set<String> ORIGINS =
            Set.of(
                    "of", "by", "from", "von", "aus", "de", "du", "des", "di", "del", "della", "do",
                    "da", "van");

    /** Little words inside a title-case name, lower case. */
    private static final Set<String> JOINERS =
            Set.of(
                    "of", "and", "the", "in", "on", "for", "a", "&", "de", "des", "du", "la", "le",
                    "et", "und", "der", "die", "das", "y", "e", "di", "del", "da", "do", "van",
                    "het", "en", "met", "mit", "con", "com", "lo", "que", "es");

    private PodcastAppositions() {}

    /** The name that {@code text} presents as a podcast in an apposition, or null. */
    static String name(String text) {
        String[] words = text.split(" ");
        for (int k = 0; k + 3 < words.length; k++) {
            String article = words[k + 1].toLowerCase(Locale.ROOT);
            if (words[k].endsWith(",")
                    && ARTICLES.contains(article)
                    && words[k + 2].toLowerCase(Locale.ROOT).equals("podcast")
                    && ORIGINS.contains(words[k + 3].toLowerCase(Locale.ROOT))) {
                String name = nameEndingAt(words, k);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The capitalised run that ends with word {@code last} (its comma dropped), back to a sign, a
     * lower-case word that joins no name, or the line's start; null if it does not open with a
     * capital.
     */
    private static String nameEndingAt(String[] words, int last) {
        int first = last;
        while (first > 0 && last - first + 1 < MAX_WORDS) {
            String before = words[first - 1];
            if (before.isEmpty()
                    || !Character.isLetterOrDigit(before.charAt(before.length() - 1))) {
                break; // a sign ends the run: "– Hafenfunk", "Notes: Hafenfunk"
            }
            if (!isCapitalised(before) && !JOINERS.contains(before)) {
                break;
            }
            first--;
        }
        while (first < last && !isCapitalised(words[first])) {
            first++; // a joiner opens no name
        }
        if (!isCapitalised(words[first])) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = first; i <= last; i++) {
            name.append(i > first ? " " : "").append(words[i]);
        }
        return name.substring(0, name.length() - 1); // without the apposition's comma
    }

    private static boolean isCapitalised(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }
}
