package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * The heading a listing prints over its episodes ("Episodes", "Alle Folgen", "Tous les épisodes"):
 * the listing's episodes follow it, and what stands above it is the show's.
 *
 * <p>The words are a vocabulary: the plural of episode in the seven languages whose dates the
 * parser reads.
 */
final class ListingHeadings {

    /** Lines from the top within which a listing's "Episodes" heading stands. */
    private static final int WITHIN = 60;

    /** Words of a listing's heading at most. */
    private static final int MAX_WORDS = 3;

    /**
     * The plural of episode in the seven languages, lower case: the one list of them that the
     * listing's readers share.
     */
    static final Set<String> EPISODES_WORDS =
            Set.of(
                    "episodes",
                    "épisodes",
                    "folgen",
                    "episoden",
                    "episodios",
                    "episodi",
                    "puntate",
                    "episódios",
                    "afleveringen");

    private ListingHeadings() {}

    /**
     * The last "Episodes" heading of a listing within its reach of line {@code from}, or -1; when
     * {@code anyLanguage}, also the headings of the seven languages that are the site's chrome
     * ("Alle Folgen", "All Episodes"), which a page of one episode may print as a link back to its
     * show's list.
     */
    static int last(LineTable lines, int from, boolean anyLanguage) {
        int heading = -1;
        for (int i = from; i < lines.size() && i < from + WITHIN; i++) {
            if (lines.words(i) <= 3 && lines.text(i).toLowerCase(Locale.ROOT).startsWith("episodes")
                    || anyLanguage && isInAnyLanguage(lines, i)) {
                heading = i;
            }
        }
        return heading;
    }

    /**
     * Whether the line is a heading of the site's over a list of episodes in one of the seven
     * languages: chrome of a few words with the plural of episode among them ("Alle Folgen", "Tous
     * les épisodes", "Todos los episodios", "Latest episodes"). "Folgen" alone is also German for
     * the follow button, so with it a word more is needed.
     */
    private static boolean isInAnyLanguage(LineTable lines, int i) {
        if (!lines.isNote(i) || lines.words(i) > MAX_WORDS || !lines.isChrome(i)) {
            return false;
        }
        String[] words = lines.text(i).toLowerCase(Locale.ROOT).split(" ");
        for (String printed : words) {
            String word = SiteChrome.trimSigns(printed); // "Die neuesten Folgen:"
            if (EPISODES_WORDS.contains(word) && (words.length > 1 || !word.equals("folgen"))) {
                return true;
            }
        }
        return false;
    }
}
