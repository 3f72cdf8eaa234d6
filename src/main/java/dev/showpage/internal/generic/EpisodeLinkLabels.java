package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to an episode printed as its label: "Website: Episode "The Long Night"", "Zur Seite: Folge
 * „Die Nacht“", "Site web : Épisode « La nuit »". The quoted words name the episode the card is
 * about; the line is a link, never the episode's title. A site prints it under the card's fields,
 * so the card's title is the line above that reads the same words.
 */
final class EpisodeLinkLabels {

    /** Characters of the label before its colon ("Podcast website"), at most. */
    private static final int LABEL_MAX_CHARS = 40;

    /**
     * "Label: Episode "Title"": a short label, a colon, an episode word of the seven languages
     * ({@link EpisodeNumbers#EPISODE_NUMBER_WORDS}), then the whole rest of the line in quotes.
     */
    private static final Pattern LINK_LABEL =
            Pattern.compile(
                    "[^:\"“„«]{1,"
                            + LABEL_MAX_CHARS
                            + "}?\\s?:\\s*(\\S+)\\s+[\"“„«‘‚']\\s*(.+?)\\s*[\"”“»’‘']");

    private EpisodeLinkLabels() {}

    /** The episode's title the link label quotes, or null when the line is no such label. */
    static String quotedTitle(String text) {
        // Cheap test first: a label has a colon and closes with a quote mark.
        if (text.isEmpty()
                || text.indexOf(':') < 0
                || !isQuoteMark(text.charAt(text.length() - 1))) {
            return null;
        }
        Matcher m = LINK_LABEL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return EpisodeNumbers.EPISODE_NUMBER_WORDS.contains(word) ? m.group(2) : null;
    }

    /** Whether line {@code i} is an episode's link label. */
    static boolean isOne(LineTable lines, int i) {
        return i >= 0 && quotedTitle(lines.text(i)) != null;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '”' || c == '“' || c == '»' || c == '’' || c == '‘' || c == '\'';
    }
}
