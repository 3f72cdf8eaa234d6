package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A listing's heading and its lead: the page's heading over a paragraph that speaks of the
 * episodes the page lists, in the plural ("Our Favourite Episodes" / "Picking a favourite is hard,
 * but here are a few of our favourite episodes from last year."), before the episodes' own titles.
 * The heading names the list, never one episode.
 *
 * <p>The words are a vocabulary: the plural of episode in the seven languages the parser reads.
 * German "Folgen" is left out: it is also the word for consequences and the verb to follow, so a
 * lead or a title with it says nothing of a list.
 */
final class ListingLeads {

    /** Words of a listing's heading at most. */
    private static final int HEADING_MAX_WORDS = 6;

    /** The plural of episode in the seven languages, lower case, without German "folgen". */
    private static final Set<String> EPISODES_WORDS =
            Set.of(
                    "episodes",
                    "épisodes",
                    "episoden",
                    "episodios",
                    "episodi",
                    "puntate",
                    "episódios",
                    "afleveringen");

    private ListingLeads() {}

    /**
     * Whether line {@code heading} stands over a lead: the next line with text, before {@code
     * end}, is the only one there and a paragraph that speaks of episodes in the plural.
     */
    static boolean isOverLead(LineTable lines, int heading, int end) {
        int lead = lead(lines, heading);
        if (lead < 0 || lead >= end) {
            return false;
        }
        int after = lines.nextText(lead + 1);
        return after < 0 || after >= end;
    }

    /** The lead under line {@code heading}: the next line with text, if it is one; else -1. */
    private static int lead(LineTable lines, int heading) {
        int lead = lines.nextText(heading + 1);
        return lead >= 0 && lines.hasProseLength(lead) && speaksOfEpisodes(lines.text(lead))
                ? lead
                : -1;
    }

    /**
     * Whether line {@code i} is a short heading that names episodes in the plural ("Our Favourite
     * Episodes", "Nuestros episodios favoritos") over a lead that speaks of them too.
     */
    static boolean isListingHeading(LineTable lines, int i) {
        return lines.isShort(i)
                && lines.words(i) <= HEADING_MAX_WORDS
                && !lines.endsSentence(i)
                && speaksOfEpisodes(lines.text(i))
                && lead(lines, i) >= 0;
    }

    /** Whether the text holds the plural of episode as a word of its own. */
    static boolean speaksOfEpisodes(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("pisod")
                && !lower.contains("pis\u00F3d")
                && !lower.contains("puntate")
                && !lower.contains("afleveringen")) {
            return false; // cheap test first: most prose has none of the words
        }
        for (String printed : lower.split(" ")) {
            if (EPISODES_WORDS.contains(SiteChrome.trimSigns(printed))) {
                return true;
            }
        }
        return false;
    }
}
