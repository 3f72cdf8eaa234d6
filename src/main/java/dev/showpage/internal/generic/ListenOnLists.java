package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * The list of apps a page offers its show in, under a heading that says so ("Listen now on" /
 * "Apple Podcasts" / "Podcast Addict" / "Pocket Casts"): each line an app's name, some of which
 * read like a show's name after a "Podcast" label. No line of the list names the show or titles an
 * episode.
 */
final class ListenOnLists {

    /**
     * The headings over a list of apps, lower case, without a closing colon, in the seven languages
     * the parser reads. Each names where to listen ("on", "sur", "auf"): a bare "Listen in" heads
     * ordinary listings too.
     */
    private static final Set<String> HEADINGS =
            Set.of(
                    "listen on",
                    "listen now on",
                    "available on",
                    "subscribe on",
                    "écouter sur",
                    "écoutez sur",
                    "disponible sur",
                    "hören auf",
                    "anhören auf",
                    "jetzt hören auf",
                    "verfügbar auf",
                    "escuchar en",
                    "escúchalo en",
                    "disponible en",
                    "ascolta su",
                    "ascoltalo su",
                    "disponibile su",
                    "ouvir no",
                    "ouvir em",
                    "ouça no",
                    "disponível em",
                    "luister op",
                    "luister via",
                    "beschikbaar op");

    /** Lines of a list of apps at most. */
    private static final int MAX_APPS = 12;

    /** Words of an app's name at most. */
    private static final int APP_MAX_WORDS = 3;

    private ListenOnLists() {}

    /** Whether the text is a heading over a list of apps ("Listen now on", "Écouter sur :"). */
    static boolean isHeading(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.endsWith(":")) {
            lower = lower.substring(0, lower.length() - 1).strip();
        }
        return HEADINGS.contains(lower);
    }

    /**
     * Whether line {@code i} is an app's name in a list under such a heading: the lines from the
     * heading to it are all names of a few words, with no blank line between them past the first.
     */
    static boolean isListed(LineTable lines, int i) {
        if (!isApp(lines, i)) {
            return false;
        }
        int line = i;
        for (int k = 0; k < MAX_APPS; k++) {
            int above = lines.previousText(line - 1, -1);
            if (above < 0 || !lines.isNote(above)) {
                return false;
            }
            if (isHeading(lines.text(above))) {
                return true;
            }
            if (above != line - 1 || !isApp(lines, above)) {
                return false; // a blank line, or a line of other text, ends the list above
            }
            line = above;
        }
        return false;
    }

    /** A line of a few words that ends no sentence: an app's name, maybe. */
    private static boolean isApp(LineTable lines, int i) {
        return lines.isNote(i) && lines.words(i) <= APP_MAX_WORDS && !lines.endsSentence(i);
    }
}
