package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;

/**
 * A platform's template for an episode's page title: the title, a dash, and the network that makes
 * the show ("Title - a podcast by Harbour Media", "Titre - un podcast de Harbour Média", "Titel –
 * ein Podcast von Harbour Media"). The suffix is the platform's, not the title's. What follows "a
 * podcast by" must read as a network's name: not a measure ("un podcast de 10 minutes", "de A à
 * Z"), and not the title's own words after an episode's label ("Episode 4 - A Podcast by Any Other
 * Name"). "A show by" is not read: it credits an author ("Reviewing Hamilton - a show by X").
 */
final class PlatformTitleSuffix {

    /** What stands between the title and the suffix. */
    private static final List<String> DASHES = List.of(" - ", " \u2013 ", " \u2014 ", " | ");

    /**
     * "a podcast by" in the seven languages the parser reads, lower case, as platforms word the
     * suffix.
     */
    private static final List<String> BY =
            List.of(
                    "a podcast by ",
                    "un podcast de ",
                    "un podcast d'",
                    "un podcast d\u2019",
                    "ein podcast von ",
                    "ein podcast der ",
                    "ein podcast des ",
                    "un pódcast de ",
                    "un podcast di ",
                    "un podcast del ",
                    "um podcast de ",
                    "um podcast da ",
                    "um podcast do ",
                    "een podcast van ");

    /** Words of the network's name at most. */
    private static final int NAME_MAX_WORDS = 6;

    private PlatformTitleSuffix() {}

    /** The title without the platform's suffix; the text itself when it has none. */
    static String withoutSuffix(String text) {
        for (String dash : DASHES) {
            int at = text.lastIndexOf(dash);
            if (at <= 0) {
                continue;
            }
            String suffix = text.substring(at + dash.length());
            String lower = suffix.toLowerCase(Locale.ROOT);
            for (String by : BY) {
                if (lower.startsWith(by)
                        && isName(suffix.substring(by.length()))
                        && !EpisodeNumbers.isEpisodeLabel(text.substring(0, at).strip())) {
                    return text.substring(0, at).strip();
                }
            }
        }
        return text;
    }

    /**
     * A network's name: a few words opening with a capital, with no digit (a measure: "10 minutes")
     * and no word of one letter (a range: "A à Z", "A to Z").
     */
    private static boolean isName(String name) {
        if (!ShortNames.isOne(name, NAME_MAX_WORDS)
                || name.codePoints().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (word.codePointCount(0, word.length()) == 1) {
                return false;
            }
        }
        return true;
    }
}
