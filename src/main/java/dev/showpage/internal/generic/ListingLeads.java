package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A listing's heading and its lead: the page's heading, naming episodes in the plural, over a
 * paragraph that speaks of them too, before two or more of the episodes' own titles ("Episodes For
 * A Long Drive" / "Long trips call for company, so we gathered the episodes listeners ask about
 * most on the road." / "Why Do Cities Flood?" / ...). The heading names the list, never one
 * episode. A heading over a lead with no listing under it ("Episodes We Cut" over a page on them)
 * is the page's one title and stays.
 *
 * <p>The words are a vocabulary: the plural of episode in the seven languages the parser reads.
 * German "Folgen" is left out: it is also the word for consequences and the verb to follow, so a
 * lead or a title with it says nothing of a list.
 */
final class ListingLeads {

    /** Words of a listing's heading at most. */
    private static final int HEADING_MAX_WORDS = 6;

    /** Titles under the lead, at least, for them to be a listing. */
    private static final int MIN_LISTED = 2;

    /** The plural of episode in the seven languages, lower case, without German "folgen". */
    private static final Set<String> EPISODES_WORDS =
            ListingHeadings.EPISODES_WORDS.stream()
                    .filter(word -> !word.equals("folgen"))
                    .collect(Collectors.toUnmodifiableSet());

    private ListingLeads() {}

    /**
     * Whether line {@code heading} stands over a lead: the next line with text, before {@code end},
     * is the only one there and a paragraph that speaks of episodes in the plural.
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
     * Whether line {@code i} is a short heading that names episodes in the plural ("Episodes For A
     * Long Drive", "Episodios para un viaje largo") over a lead that speaks of them too, with a
     * listing under the lead.
     */
    static boolean isListingHeading(LineTable lines, int i) {
        if (!lines.isShort(i)
                || lines.words(i) > HEADING_MAX_WORDS
                || lines.endsSentence(i)
                || !speaksOfEpisodes(lines.text(i))) {
            return false;
        }
        int lead = lead(lines, i);
        return lead >= 0 && hasListingAfter(lines, lead);
    }

    /**
     * Whether two or more titles follow line {@code lead}: short title lines, each over a
     * paragraph. A byline or a guest's line under the lead ("Guest: Ana Lobo") is no listing, and
     * the heading over it is then the page's one title.
     */
    private static boolean hasListingAfter(LineTable lines, int lead) {
        int titles = 0;
        for (int i = lines.nextText(lead + 1); i >= 0; i = lines.nextText(i + 1)) {
            int under = lines.nextText(i + 1);
            if (under >= 0 && isListedTitle(lines, i) && lines.hasProseLength(under)) {
                titles++;
                if (titles >= MIN_LISTED) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isListedTitle(LineTable lines, int i) {
        return lines.isShort(i)
                && lines.isTitleLike(i)
                && !lines.isChrome(i)
                && !lines.isLabelOrStray(i)
                && !lines.endsSentence(i)
                && !lines.hasProseLength(i);
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
