package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A card's play button printed as a line of one word ("Play", "Listen", "Écouter", "Anhören"): the
 * labels audio players and podcast sites put on the button, in the seven languages the parser
 * reads. Other one-word lines of a site's ("Home", "About") are its menu's, and may title an
 * episode.
 */
final class PlayButtons {

    /** The buttons' labels, lower case. */
    private static final Set<String> LABELS =
            Set.of(
                    "play",
                    "listen",
                    "écouter",
                    "ecouter",
                    "lire",
                    "abspielen",
                    "anhören",
                    "hören",
                    "escuchar",
                    "reproducir",
                    "ascolta",
                    "ascoltare",
                    "riproduci",
                    "ouvir",
                    "reproduzir",
                    "luister",
                    "luisteren",
                    "beluister",
                    "afspelen");

    private PlayButtons() {}

    /** Whether line {@code i} is such a button. */
    static boolean isOne(LineTable lines, int i) {
        return lines.isNote(i) && lines.words(i) == 1 && isLabel(lines.text(i));
    }

    /** Whether {@code text} is one of the labels, with nothing but a sign around it. */
    static boolean isLabel(String text) {
        return LABELS.contains(SiteChrome.trimSigns(text.strip()).toLowerCase(Locale.ROOT));
    }
}
