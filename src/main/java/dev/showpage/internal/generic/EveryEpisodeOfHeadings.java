package dev.showpage.internal.generic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A heading that invites the reader to a show's list of episodes and names the show at its end:
 * "Explore every episode of Harbour Lights", "All episodes of Harbour Lights", "Découvrez tous les
 * épisodes de Café Lune", "Alle Folgen von Zeitreise", "Todos los episodios de Charlas", "Tutte le
 * puntate di Storie", "Todos os episódios de Papo", "Alle afleveringen van Boekenpraat". The whole
 * line is a call to browse, never the show's name; the name is what follows the "of".
 *
 * <p>The words are a vocabulary of the seven languages the parser reads: the imperatives sites open
 * such a heading with (explore, browse, discover, listen, see), the words for "all" and "every" and
 * their articles, the singular and plural of episode, and the words for "of".
 */
final class EveryEpisodeOfHeadings {

    /** Words of such a heading before its show's name, at most. */
    private static final int MAX_LEAD_WORDS = 5;

    /**
     * What may stand before the word for episodes, lower case: the imperatives of browsing and
     * listening, "all" and "every" and the articles after them.
     */
    private static final Set<String> LEADS =
            Set.of(
                    "explore",
                    "browse",
                    "discover",
                    "see",
                    "view",
                    "listen",
                    "to",
                    "all",
                    "every",
                    "the",
                    "découvrez",
                    "découvre",
                    "explorez",
                    "parcourez",
                    "écoutez",
                    "écoute",
                    "retrouvez",
                    "tous",
                    "toutes",
                    "les",
                    "entdecke",
                    "entdecken",
                    "entdeckt",
                    "höre",
                    "hört",
                    "alle",
                    "descubre",
                    "explora",
                    "escucha",
                    "todos",
                    "todas",
                    "los",
                    "las",
                    "scopri",
                    "esplora",
                    "ascolta",
                    "tutti",
                    "tutte",
                    "gli",
                    "le",
                    "descubra",
                    "ouça",
                    "confira",
                    "os",
                    "as",
                    "ontdek",
                    "bekijk",
                    "luister",
                    "naar");

    /** The singular and plural of episode in the seven languages, lower case. */
    private static final Set<String> EPISODE_WORDS =
            Set.of(
                    "episode",
                    "episodes",
                    "épisode",
                    "épisodes",
                    "folge",
                    "folgen",
                    "episoden",
                    "episodio",
                    "episodios",
                    "episodi",
                    "puntata",
                    "puntate",
                    "episódio",
                    "episódios",
                    "aflevering",
                    "afleveringen");

    /** The words for "of" after the word for episodes, lower case. */
    private static final Set<String> OF_WORDS =
            Set.of("of", "de", "du", "des", "von", "di", "del", "della", "do", "da", "van");

    private EveryEpisodeOfHeadings() {}

    /**
     * The show's name the heading {@code text} ends in, or null when the text is no such heading.
     * The name may be empty where the heading ends at its "of".
     */
    static String showIn(String text) {
        if (SpacedWords.exceed(text, MAX_LEAD_WORDS + 2 + ShowName.MAX_WORDS)) {
            return null; // a paragraph: not lower-cased and split
        }
        String[] words = text.split(" ");
        for (int k = 0; k < words.length - 1 && k <= MAX_LEAD_WORDS; k++) {
            String lower = words[k].toLowerCase(Locale.ROOT);
            if (EPISODE_WORDS.contains(lower)) {
                if (k == 0 || !OF_WORDS.contains(words[k + 1].toLowerCase(Locale.ROOT))) {
                    return null; // "Episodes of Grace": a name's own words
                }
                return String.join(" ", Arrays.copyOfRange(words, k + 2, words.length)).strip();
            }
            if (!LEADS.contains(lower)) {
                return null;
            }
        }
        return null;
    }
}
