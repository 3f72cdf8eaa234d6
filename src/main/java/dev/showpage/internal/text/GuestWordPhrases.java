package dev.showpage.internal.text;

import static dev.showpage.internal.text.GuestIntroductions.isCopula;
import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;
import java.util.Locale;

/**
 * Where the name stands after a guest word ("our guest is Mara Quill", "invitée : Mara Quill",
 * "tenemos como invitada a Lucía Ferro"), and the Spanish and Portuguese personal "a" before a
 * named object: the parts of {@link GuestIntroductions} that find a name past the phrase's word.
 */
final class GuestWordPhrases {

    private GuestWordPhrases() {}

    /**
     * The Italian verbs and nouns that introduce a guest and may be followed by "a" and a place:
     * "ospite", "intervistato", "abbiamo", "ascoltiamo", "sentiamo", "presentiamo", "incontriamo",
     * "incontrato", "ecco".
     */
    private static final Vocabulary ITALIAN_BEFORE_A =
            Vocabulary.of(
                    "ospite ospiti intervistato intervistata intervistati intervistate abbiamo"
                            + " ascoltiamo sentiamo presentiamo incontriamo incontrato incontrata"
                            + " ecco");

    /**
     * Past the Spanish and Portuguese personal "a" ("entrevistamos a Mara Quill", "os presentamos
     * al doctor Mara Quill"), which stands before a person as the object. Italian has no such "a":
     * after an Italian verb or guest noun it means "in" or "at" ("ospite a Roma Marco Sala"), so it
     * is not skipped there.
     */
    static int personalA(List<String> words, int at) {
        if (at + 1 < words.size()
                && (at == 0 || !ITALIAN_BEFORE_A.containsCore(words.get(at - 1)))
                && (Vocabulary.coreIs(words.get(at), "a") || Vocabulary.coreIs(words.get(at), "al"))
                && !endsPhrase(words.get(at))
                && Names.isNameWord(words.get(at + 1))) {
            return at + 1;
        }
        return at;
    }

    /** "guest, Mara", "guest is Mara", "guest today is Mara", "guest Mara", "invité : Mara". */
    static int afterGuestWord(List<String> words, int i) {
        String guest = words.get(i);
        int at = i + 1;
        if (guest.endsWith(",") || guest.endsWith(":")) {
            return at;
        }
        if (words.get(at).equals(":")) {
            return at + 1;
        }
        if (Names.personAt(words, at) != null) {
            return at; // "guest Mara Quill, who ...": the comma after the name ends no search
        }
        int named = personalA(words, at);
        if (named > at && Names.personAt(words, named) != null) {
            return named; // "Tenemos como invitada a Lucía Ferro"
        }
        named = CompanionPhrases.skipFillers(words, at);
        if (named > at
                && named < words.size()
                && words.get(named - 1).endsWith(",")
                && Names.personAt(words, named) != null) {
            // "Our guest this week, Mara Quill, ...", "Notre invitée cette semaine, X"
            return named;
        }
        if (OtherEpisodeWords.isAtEvent(words.get(at))) {
            return -1; // "our guest at this year's festival is": the festival's guest
        }
        for (int k = at; k < words.size() && k <= at + GUEST_TO_COPULA_MAX_WORDS; k++) {
            if (OtherEpisodeWords.isBeforeOrAfter(words.get(k))
                    || OtherEpisodeWords.isPastCopula(words.get(k))
                    || OtherEpisodeWords.isHonour(words.get(k))) {
                // "our guest last week was", "our guest on Monday's show was": another episode's
                // guest, told in the past; "the guest of honour this year is": an event's guest
                return -1;
            }
            if (isCopula(words.get(k))) {
                // "Zu Gast ist heute Mara Quill", "my guest is today Mara Quill"
                int name =
                        k + 1 < words.size() ? CompanionPhrases.skipFillers(words, k + 1) : k + 1;
                return name < words.size() && Names.isNameWord(words.get(name)) ? name : k + 1;
            }
            if (words.get(k).endsWith(":")
                    && k + 1 < words.size()
                    && Character.isLowerCase(words.get(k).charAt(0))) {
                // "my guest today: Mara Quill", "mein Gast heute: Mara Quill"; not a heading such
                // as "Guest Introduction: Mara Quill and Harbour Radio", which opens a chapter
                return k + 1;
            }
            if (endsPhrase(words.get(k))) {
                return -1;
            }
        }
        return Names.isNameWord(words.get(at)) || PersonWords.isRoleNoun(words.get(at)) ? at : -1;
    }

    /**
     * Most words between a guest word and its "is": a time ("my guest today is"), or whose guest
     * ("our guest on this week's show is", "o convidado do oitavo programa é").
     */
    private static final int GUEST_TO_COPULA_MAX_WORDS = 4;

    static boolean isPlural(String raw) {
        String w = core(raw).toLowerCase(Locale.ROOT);
        return w.endsWith("s") || w.equals("gäste") || w.equals("ospiti") || w.equals("gasten");
    }
}
