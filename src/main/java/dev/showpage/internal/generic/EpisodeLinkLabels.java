package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;
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

    /** Any straight single quote too: a label closes its quotation with whatever mark it has. */
    private static final String OPENING = QuoteMarks.OPENING + "'";

    private static final String CLOSING = QuoteMarks.CLOSING + "'";

    /**
     * "Label: Episode "Title"": a short label, a colon, an episode word of the seven languages
     * ({@link EpisodeNumbers#EPISODE_NUMBER_WORDS}), then the whole rest of the line in quotes.
     */
    private static final Pattern LINK_LABEL =
            Pattern.compile(
                    "([^:"
                            + OPENING
                            + "]{1,"
                            + LABEL_MAX_CHARS
                            + "}?)\\s?:\\s*(\\S+)\\s+["
                            + OPENING
                            + "]\\s*(.+?)\\s*["
                            + CLOSING
                            + "]");

    /**
     * Words that name a link to a web page in the seven languages (English, German, French,
     * Spanish, Italian, Portuguese, Dutch), the words a site prints before the colon of such a
     * label: "Website", "Zur Seite", "Site web", "Página", "Sito", "Link". A label of another word
     * ("Previously:", "Next:", a guest's name) introduces no link to the card's own episode.
     */
    private static final Set<String> LINK_WORDS =
            Set.of(
                    "website",
                    "site",
                    "page",
                    "webpage",
                    "web",
                    "link",
                    "homepage",
                    "url",
                    "seite",
                    "webseite",
                    "internetseite",
                    "lien",
                    "página",
                    "pagina",
                    "sitio",
                    "enlace",
                    "sito",
                    "collegamento",
                    "sítio",
                    "ligação");

    /**
     * Words of a label that points to another episode than the card's own ("Previous page",
     * "Nächste Seite", "Page suivante"): the link word is there, but the episode is not the card's.
     */
    private static final Set<String> OTHER_EPISODE_WORDS =
            Set.of(
                    "previous",
                    "previously",
                    "next",
                    "prev",
                    "vorherige",
                    "vorige",
                    "nächste",
                    "précédent",
                    "précédente",
                    "suivant",
                    "suivante",
                    "anterior",
                    "siguiente",
                    "precedente",
                    "successivo",
                    "successiva",
                    "próximo",
                    "próxima",
                    "volgende");

    private EpisodeLinkLabels() {}

    /** The episode's title the link label quotes, or null when the line is no such label. */
    static String quotedTitle(String text) {
        // Cheap test first: a label has a colon and closes with a quote mark.
        if (text.isEmpty()
                || text.indexOf(':') < 0
                || CLOSING.indexOf(text.charAt(text.length() - 1)) < 0) {
            return null;
        }
        Matcher m = LINK_LABEL.matcher(text);
        if (!m.matches() || !isLinkLabel(m.group(1))) {
            return null;
        }
        String word = m.group(2).toLowerCase(Locale.ROOT);
        return EpisodeNumbers.EPISODE_NUMBER_WORDS.contains(word) ? m.group(3) : null;
    }

    /** Whether the words before the colon name a link to the card's own page. */
    private static boolean isLinkLabel(String label) {
        boolean link = false;
        for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (OTHER_EPISODE_WORDS.contains(word)) {
                return false;
            }
            link |= LINK_WORDS.contains(word);
        }
        return link;
    }

    /** Whether line {@code i} is an episode's link label. */
    static boolean isOne(LineTable lines, int i) {
        return i >= 0 && quotedTitle(lines.text(i)) != null;
    }
}
