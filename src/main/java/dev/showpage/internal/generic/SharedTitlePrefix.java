package dev.showpage.internal.generic;

import java.util.List;

/**
 * The show's name that every episode's title of a listing opens with: "Harbour Lights: Fog over the
 * quay", "Harbour Lights - Salt and rope", "Harbour Lights #12 - ...". Feeds and the sites that
 * print them prefix each title with the show's name; the same words before the same separator on
 * every title are the show's, not an episode's.
 */
final class SharedTitlePrefix {

    /** What ends the show's name inside a title. */
    private static final String[] SEPARATORS = {": ", " - ", " \u2013 ", " \u2014 ", " | "};

    /** Titles that must share words the page prints nowhere else for them to be a show's. */
    private static final int MIN_TITLES_UNPRINTED = 3;

    /** Words of the show's name at most. */
    private static final int MAX_WORDS = 6;

    private SharedTitlePrefix() {}

    /**
     * The words every title opens with before a separator or an episode's number ("#12"), or null
     * when fewer than two titles share one. One word is a name only where the page prints it
     * elsewhere too (see {@code printedElsewhere}): "Interview: ..." on every title is a series'
     * label; more words where the page prints them elsewhere or three or more titles share them.
     */
    static String name(List<String> titles, java.util.function.Predicate<String> printedElsewhere) {
        if (titles.size() < 2) {
            return null;
        }
        String shared = null;
        for (String title : titles) {
            String prefix = prefix(title);
            if (prefix == null || shared != null && !shared.equals(prefix)) {
                return null;
            }
            shared = prefix;
        }
        // A series' label opens titles as a show's name does ("Book Review: ..."): the words are
        // the show's where the page prints them elsewhere too, or, for more than one word, where
        // three or more titles share them.
        boolean oneWord = shared.split(" ").length == 1;
        boolean enoughTitles = !oneWord && titles.size() >= MIN_TITLES_UNPRINTED;
        return enoughTitles || printedElsewhere.test(shared) ? shared : null;
    }

    /** The words before the title's first separator or "#N", when they may be a show's name. */
    static String prefix(String title) {
        int end = -1;
        for (String separator : SEPARATORS) {
            int at = title.indexOf(separator);
            if (at > 0 && (end < 0 || at < end)) {
                end = at;
            }
        }
        int number = title.indexOf(" #");
        if (number > 0
                && number + 2 < title.length()
                && Character.isDigit(title.charAt(number + 2))
                && (end < 0 || number < end)) {
            end = number;
        }
        if (end <= 0) {
            return null;
        }
        String name = title.substring(0, end).strip();
        int first = name.isEmpty() ? 'a' : name.codePointAt(0);
        boolean named =
                !name.isEmpty()
                        && name.split(" ").length <= MAX_WORDS
                        && (Character.isUpperCase(first) || Character.isDigit(first))
                        && !name.endsWith(".")
                        && !name.endsWith("?")
                        && !EpisodeNumbers.isEpisodeLabel(name)
                        && !EpisodeNumbers.opensWithEpisodeNumber(title)
                        && !SiteChrome.isChrome(name);
        return named ? name : null;
    }
}
