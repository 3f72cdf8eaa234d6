package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A page's title as directories print it: the show's name, a separator, and the site's offer to
 * listen ("X - Podcast on Tidewave", "X | Listen on Tidewave", "X – Écouter sur Tidewave", "X |
 * Podcast auf Tidewave anhören"). The name is the part before the separator.
 */
final class SiteTitleSuffix {

    /** What stands between the name and the site's offer. */
    private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 "};

    /**
     * The words that open the site's offer, in the seven languages the parser reads: "podcast" and
     * the verbs of listening that directories print on their pages' titles; lower case.
     */
    private static final Set<String> OPENINGS =
            Set.of(
                    "podcast",
                    "listen",
                    "écouter",
                    "écoutez",
                    "hören",
                    "anhören",
                    "escucha",
                    "escuchar",
                    "ascolta",
                    "ascoltare",
                    "ouvir",
                    "ouça",
                    "luister",
                    "beluister");

    /**
     * The little words between the opening and the site's name ("on", "sur", "auf", "en", "su",
     * "no", "op", "in", "de", "el"); lower case.
     */
    private static final Set<String> LITTLE_WORDS =
            Set.of(
                    "on", "to", "now", "in", "at", "sur", "en", "auf", "bei", "jetzt", "su", "no",
                    "na", "op", "de", "el", "le", "il", "o", "a", "ahora");

    /** Words of the name at most. */
    private static final int NAME_MAX_WORDS = 6;

    /** Words of the site's offer at most. */
    private static final int OFFER_MAX_WORDS = 6;

    private SiteTitleSuffix() {}

    /** The show's name before the site's offer, or null when the text has not that shape. */
    static String name(String text) {
        for (String separator : SEPARATORS) {
            int at = text.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String name = text.substring(0, at).strip();
            String offer = text.substring(at + separator.length()).strip();
            if (isOffer(offer) && isName(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * "Podcast on Tidewave", "Listen on Apple Podcasts", "Podcast auf Tidewave anhören": an opening
     * word, then little words and the site's name, which opens with a capital.
     */
    private static boolean isOffer(String offer) {
        String[] words = offer.split(" ");
        if (words.length < 2 || words.length > OFFER_MAX_WORDS) {
            return false;
        }
        if (!OPENINGS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean site = false;
        for (int k = 1; k < words.length; k++) {
            String word = words[k];
            String lower = word.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(word.codePointAt(0))
                    || Character.isDigit(word.codePointAt(0))) {
                site = true;
            } else if (!LITTLE_WORDS.contains(lower) && !OPENINGS.contains(lower)) {
                return false; // "Podcast on the go": a phrase of the title, not a site
            }
        }
        return site;
    }

    /** A few words opening with a capital or a digit, with no separator or sentence of its own. */
    private static boolean isName(String name) {
        if (name.isEmpty() || name.endsWith(".") || name.endsWith("?") || name.endsWith("!")) {
            return false;
        }
        for (String separator : SEPARATORS) {
            if (name.contains(separator)) {
                return false; // "Title | Show | Listen on X": the title comes first
            }
        }
        return ShortNames.isOne(name, NAME_MAX_WORDS);
    }
}
