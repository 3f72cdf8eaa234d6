package dev.showpage.internal.generic;

import java.util.Locale;

/**
 * A header's label line that names the show after the word "podcast" (or before it, in capitals:
 * "Harbour Talk PODCAST"): "🎧 Podcast Met Groenteman in de kast", "Podcast: Harbour Nights",
 * "PODCAST | Le Grand Large". Newspapers print it over an episode's headline, as a kicker that
 * files the item under its show. The word is the same in the seven languages the parser reads; only
 * the singular is read ("Podcasts > Kultur > X" is a breadcrumb, read elsewhere).
 */
final class PodcastLabelLine {

    /** Words of the show's name at most. */
    private static final int NAME_MAX_WORDS = 6;

    /** What may stand between the label and the name, past the blank after "podcast". */
    private static final String[] SIGNS = {": ", "| ", "- ", "\u2013 ", "\u00B7 ", "\u2022 "};

    private PodcastLabelLine() {}

    /**
     * The show's name the line gives after its "Podcast" label, or null when it has not that shape.
     */
    static String name(String text) {
        int from = 0;
        while (from < text.length() && !Character.isLetterOrDigit(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from)); // an emoji or a sign before it
        }
        String label = "podcast";
        if (!text.regionMatches(true, from, label, 0, label.length())) {
            return null;
        }
        int at = from + label.length();
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ' ') {
            return null; // "Podcasts", "Podcaster", or the word alone
        }
        at++;
        for (String sign : SIGNS) {
            if (text.startsWith(sign, at)) {
                at += sign.length();
                break;
            }
        }
        String name = text.substring(at).strip();
        return isName(name) ? name : null;
    }

    /**
     * The show's name before a "PODCAST" label in capitals ("Harbour Talk PODCAST"), the label set
     * apart from the name by its letters, or null. A name in capitals throughout ("HARBOUR TALK
     * PODCAST") leaves the label's part untold, and a name in title case keeps its "Podcast"
     * ({@link ShowName#endsInPodcast}).
     */
    static String nameBeforeLabel(String text) {
        String label = " PODCAST";
        if (!text.endsWith(label)) {
            return null;
        }
        String name = text.substring(0, text.length() - label.length()).strip();
        return isName(name) && !name.toUpperCase(Locale.ROOT).equals(name) ? name : null;
    }

    /**
     * A show's name: a few words opening with a capital, no sentence or question, and not a word
     * the label may also run into (a number label, a section heading, the site's controls, a
     * category).
     */
    private static boolean isName(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == '?' || last == ':') {
            return false;
        }
        return name.split(" ").length <= NAME_MAX_WORDS
                && !EpisodeNumbers.isEpisodeLabel(name)
                && !SectionHeadings.isOne(name)
                && !SiteChrome.isChrome(name)
                && !PodcastCategories.isCategory(name);
    }
}
