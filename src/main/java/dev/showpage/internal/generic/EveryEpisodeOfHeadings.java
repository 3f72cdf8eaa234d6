package dev.showpage.internal.generic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A heading that invites the reader to a show's list of episodes and names the show at its end:
 * "Explore every episode of Harbour Lights", "All episodes of Harbour Lights", "Découvrez tous les
 * épisodes de Café Lune", "Alle Folgen von Zeitreise", "Todos los episodios de Charlas", "Tutte le
 * puntate di Storie", "Todos os episódios de Papo", "Alle afleveringen van Boekenpraat". The whole
 * line is a call to browse, never the show's name. What follows the "of" is only a candidate: it
 * may run on ("X on Spotify", "X with Anna Weber") or name a person, a channel or a season, so the
 * reader that asks ({@link ShowHeading}) takes it only where the page prints it alone too. With no
 * verb of browsing ("All Episodes of Grace and Frankie") the line may be a show's own name, and is
 * read as one where the page prints it whole elsewhere.
 *
 * <p>The words are a vocabulary of the seven languages the parser reads: the imperatives sites open
 * such a heading with (explore, browse, discover, listen, see), the words for "all" and "every" and
 * their articles, the singular and plural of episode (the plurals as {@link ListingHeadings} knows
 * them, with the singulars a heading for one episode needs), the words for "of", and the words for
 * a season.
 */
final class EveryEpisodeOfHeadings {

    /** Words of such a heading before its show's name, at most. */
    private static final int MAX_LEAD_WORDS = 5;

    /**
     * The imperatives of browsing and listening that open such a heading, lower case. Only a
     * heading that opens with one is surely a site's call: "All Episodes of Grace" may be a show's
     * own name.
     */
    private static final Set<String> VERBS =
            Set.of(
                    "explore",
                    "browse",
                    "discover",
                    "see",
                    "view",
                    "listen",
                    "découvrez",
                    "découvre",
                    "explorez",
                    "parcourez",
                    "écoutez",
                    "écoute",
                    "retrouvez",
                    "entdecke",
                    "entdecken",
                    "entdeckt",
                    "höre",
                    "hört",
                    "descubre",
                    "explora",
                    "escucha",
                    "scopri",
                    "esplora",
                    "ascolta",
                    "descubra",
                    "ouça",
                    "confira",
                    "ontdek",
                    "bekijk",
                    "luister");

    /** The words for "all" and "every", lower case. */
    private static final Set<String> ALL_WORDS =
            Set.of("all", "every", "tous", "toutes", "alle", "todos", "todas", "tutti", "tutte");

    /**
     * The articles that may follow "all" or a verb ("tous les", "todos los"), lower case. Opening
     * the heading they are a name's own: "Los Episodios de Nuestra Vida", as "The Episodes of Our
     * Lives", is a show's name.
     */
    private static final Set<String> ARTICLES =
            Set.of("les", "los", "las", "gli", "le", "os", "as");

    /**
     * The words for a season in the seven languages, lower case: "All episodes of Season 2" names a
     * season, no show.
     */
    private static final Set<String> SEASON_WORDS =
            Set.of("season", "staffel", "saison", "temporada", "stagione", "seizoen");

    /** The singular and plural of episode in the seven languages, lower case. */
    private static final Set<String> EPISODE_WORDS =
            Stream.concat(
                            Stream.of(
                                    "episode",
                                    "épisode",
                                    "folge",
                                    "episodio",
                                    "episódio",
                                    "puntata",
                                    "aflevering"),
                            ListingHeadings.EPISODES_WORDS.stream())
                    .collect(Collectors.toUnmodifiableSet());

    /** The words for "of" after the word for episodes, lower case. */
    private static final Set<String> OF_WORDS =
            Set.of("of", "de", "du", "des", "von", "di", "del", "della", "do", "da", "van");

    private EveryEpisodeOfHeadings() {}

    /**
     * A call to browse a show's episodes: the name after its "of" and whether a verb of browsing
     * opens it.
     */
    record Invitation(String name, boolean opensWithVerb) {

        /** Whether the name is a season's ("Season 2", "Staffel 3"), not a show's. */
        boolean namesSeason() {
            for (String word : name.split(" ")) {
                if (SEASON_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The call to browse the heading {@code text} is, or null when the text is no such heading. The
     * name may be empty where the heading ends at its "of". An "of" in capitals ("Every Episode Of
     * Buffy") is a name's own title case, not a site's heading.
     */
    static Invitation in(String text) {
        if (SpacedWords.exceed(text, MAX_LEAD_WORDS + 2 + ShowName.MAX_WORDS)) {
            return null; // a paragraph: not lower-cased and split
        }
        String[] words = text.split(" ");
        boolean verb = false;
        boolean all = false;
        for (int k = 0; k < words.length - 1 && k <= MAX_LEAD_WORDS; k++) {
            String lower = words[k].toLowerCase(Locale.ROOT);
            if (EPISODE_WORDS.contains(lower)) {
                String of = words[k + 1];
                if (k == 0
                        || !OF_WORDS.contains(of.toLowerCase(Locale.ROOT))
                        || Character.isUpperCase(of.charAt(0))) {
                    return null; // "Episodes of Grace", "Every Episode Of X": a name's own words
                }
                String name = String.join(" ", Arrays.copyOfRange(words, k + 2, words.length));
                return new Invitation(name.strip(), verb);
            }
            if (k == 0 && VERBS.contains(lower)) {
                verb = true;
            } else if (ALL_WORDS.contains(lower)) {
                all = true;
            } else if (!ARTICLES.contains(lower) || !verb && !all) {
                return null;
            }
        }
        return null;
    }
}
