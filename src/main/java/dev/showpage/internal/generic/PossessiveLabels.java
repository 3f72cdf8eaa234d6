package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a line is a site's menu label that calls the podcast its owner's ("My Podcast", "Mon
 * podcast", "Mein Podcast", "Il mio podcast", "Meu podcast", "Mijn podcast", "Our Podcasts"): a
 * personal site's entry for its podcast page, never a show's name nor an episode's title. The show
 * is named elsewhere on the page, in its own words.
 */
final class PossessiveLabels {

    /**
     * The possessive determiners of the first persons in the seven languages the parser reads;
     * lower case. Italian and Portuguese put an article before them ("il mio", "o meu": {@link
     * #ARTICLES}).
     */
    private static final Set<String> POSSESSIVES =
            Set.of(
                    // English
                    "my",
                    "our",
                    // French
                    "mon",
                    "ma",
                    "mes",
                    "notre",
                    "nos",
                    // German
                    "mein",
                    "meine",
                    "unser",
                    "unsere",
                    // Spanish
                    "mi",
                    "mis",
                    "nuestro",
                    "nuestros",
                    // Italian
                    "mio",
                    "miei",
                    "nostro",
                    "nostri",
                    // Portuguese
                    "meu",
                    "meus",
                    "nosso",
                    "nossos",
                    // Dutch
                    "mijn",
                    "ons",
                    "onze");

    /** The articles Italian and Portuguese put before a possessive; lower case. */
    private static final Set<String> ARTICLES = Set.of("il", "i", "o", "os");

    /** The word for a podcast, singular and plural, as the languages above write it; lower case. */
    private static final Set<String> PODCAST = Set.of("podcast", "podcasts");

    /** Words of a possessive label at most: an article, the possessive, "podcast". */
    private static final int MAX_WORDS = 3;

    private PossessiveLabels() {}

    /** Whether the text is a possessive (with its article) and the word "podcast", nothing else. */
    static boolean isOne(String text) {
        if (SpacedWords.exceed(text, MAX_WORDS)) {
            return false; // a paragraph: not lower-cased and split
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2
                || words.length > MAX_WORDS
                || !PODCAST.contains(words[words.length - 1])) {
            return false;
        }
        String possessive = words[words.length - 2];
        if (!POSSESSIVES.contains(possessive)) {
            return false;
        }
        // "Il mio podcast": only an article stands before the possessive.
        return words.length == 2 || ARTICLES.contains(words[0]);
    }
}
