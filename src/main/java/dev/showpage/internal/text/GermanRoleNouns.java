package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;
import java.util.Locale;

/**
 * German prints every noun in capitals, the nouns of a person's role too: "mit der Designerin Mara
 * Quill", "mit dem Historiker Jonas Brandt", "mit der Autorin und Moderatorin Lea Brandt". {@link
 * PersonWords#isRoleNoun} takes a role by its ending only in lower case, as the other languages
 * write it; here a capitalised word with a German role ending counts when an article stands right
 * before it (or "und" and another such role: "dem Forscher und Psychologen"), which a name never
 * follows so.
 */
final class GermanRoleNouns {

    private GermanRoleNouns() {}

    /** The German articles in the cases a noun after "mit" or another word takes. */
    private static final Vocabulary ARTICLES =
            Vocabulary.of("der die dem den des ein eine einer einem eines");

    /**
     * The endings of German nouns for a person by what they do: the masculine ones (Forscher,
     * Autor, Journalist, Psychologe, Präsident, Intendant, Regisseur) with the weak noun's "-en" of
     * the dative ("dem Psychologen"), and the feminine "-in" of each (Forscherin, Autorin).
     */
    private static final String[] ENDINGS = {
        "er", "erin", "or", "orin", "ist", "isten", "istin", "loge", "logen", "login", "ent",
        "enten", "entin", "ant", "anten", "antin", "eur", "eurin"
    };

    /**
     * The German nouns with such an ending that name no person: months, seasons, things, and a body
     * of players ("Orchester"); a compound that ends in one ("Kammerorchester", "Hochhausfenster")
     * is none either.
     */
    private static final List<String> NOT_ROLES =
            List.of(
                    "sommer",
                    "winter",
                    "september",
                    "oktober",
                    "november",
                    "dezember",
                    "theater",
                    "computer",
                    "center",
                    "kalender",
                    "körper",
                    "koffer",
                    "keller",
                    "fenster",
                    "wasser",
                    "zimmer",
                    "meter",
                    "liter",
                    "monster",
                    "sender",
                    "orchester");

    /**
     * The noun without the dative's "-en" of a weak noun ("dem Produzenten", "dem Psychologen"), so
     * that the vocabularies of the crew, which hold the nominative, know it; the word itself
     * otherwise.
     */
    static String nominative(String raw) {
        String core = Names.core(raw);
        String lower = core.toLowerCase(Locale.ROOT);
        boolean weak =
                lower.endsWith("enten")
                        || lower.endsWith("anten")
                        || lower.endsWith("isten")
                        || lower.endsWith("logen");
        return weak ? core.substring(0, core.length() - 2) : core;
    }

    /** The fewest letters of such a noun; shorter words with the ending are mostly none. */
    private static final int MIN_LENGTH = 5;

    /**
     * Whether word {@code k} is a capitalised German role noun that an article (or "und" after
     * another such noun) stands right before.
     */
    static boolean describesPerson(List<String> words, int k) {
        return articleBefore(words, k) >= 0;
    }

    /**
     * Where the article stands before the role noun (or run of role nouns joined by "und") that
     * ends at word {@code k}: "der" in "mit der Autorin Lea Brandt"; -1 when none does.
     */
    static int articleBefore(List<String> words, int k) {
        for (int at = k; at >= 1; at -= 2) {
            if (!isRoleShaped(words.get(at))) {
                return -1;
            }
            String before = words.get(at - 1);
            if (endsPhrase(before)) {
                return -1;
            }
            if (ARTICLES.containsCore(before)) {
                return at - 1;
            }
            if (!Vocabulary.coreIs(before, "und")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the word is a capitalised noun with a German role ending ("Schriftsteller"). */
    static boolean isRoleShaped(String raw) {
        String core = Names.core(raw);
        if (core.length() < MIN_LENGTH
                || !Character.isUpperCase(core.charAt(0))
                || endsPhrase(raw)) {
            return false;
        }
        String lower = core.toLowerCase(Locale.ROOT);
        for (String thing : NOT_ROLES) {
            if (lower.endsWith(thing)) {
                return false;
            }
        }
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
