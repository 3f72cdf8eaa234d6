package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;

/**
 * The phrases that say a named person comes onto the show, after the name as its subject: "Mara
 * Quill joins us", "Mara Quill returns to the show", "Mara Quill is back on the podcast", "Mara
 * Quill, author of Salt and Iron, joins me", "Mara Quill nous rejoint", "Mara Quill vuelve al
 * programa", "Mara Quill torna nel podcast", "Mara Quill volta ao programa", "Mara Quill keert
 * terug in de podcast". Coming or coming back counts only toward the host ("us", "me") or the show
 * ("the show", "l'émission", "al programa"): "joins the company" names no guest, and a show comes
 * back to the studio itself ("Harbour Lights returns to the studio"), so the studio counts for
 * joining only.
 */
final class ArrivalPhrases {

    private ArrivalPhrases() {}

    /** Verbs of joining, in the third person of the seven languages. */
    private static final String JOIN_VERB_WORDS = "joins rejoins rejoint retrouve";

    /** Verbs of coming back, which a show says of itself as well. */
    private static final String RETURN_VERB_WORDS =
            "returns revient vuelve regresa torna ritorna volta regressa keert kehrt";

    private static final Vocabulary JOIN_VERBS = Vocabulary.of(JOIN_VERB_WORDS);

    private static final Vocabulary RETURN_VERBS = Vocabulary.of(RETURN_VERB_WORDS);

    /** The words a text must hold for a phrase of this class to stand in it. */
    static final String VERBS = JOIN_VERB_WORDS + " " + RETURN_VERB_WORDS + " back terug zurück";

    /** "is back": the copula, then "back" in the languages that say it so. */
    private static final Vocabulary BACK = Vocabulary.of("back terug zurück");

    private static final Vocabulary COPULAS = Vocabulary.of("is ist");

    /** The object pronouns a French arrival verb takes before it: "nous rejoint", "me rejoint". */
    private static final Vocabulary PRONOUNS_BEFORE = Vocabulary.of("nous me");

    /**
     * The words for the show that an arrival goes to: "the show", "the podcast", "l'émission", "al
     * programa", "nel podcast", "ao programa", "in de podcast", "in die Sendung".
     */
    private static final Vocabulary SHOW_WORDS =
            Vocabulary.of(
                    "show podcast pod programme program episode émission programa programma"
                            + " puntata sendung folge aflevering");

    /** The studio and the microphone, which a guest joins ("joins us in the studio"). */
    private static final Vocabulary STUDIO_WORDS =
            Vocabulary.of("studio mic microphone micro microfoni microfono");

    /** How many words after the verb the host's pronoun or the show may stand. */
    private static final int TARGET_REACH = 4;

    /** Most words of an apposition between a name and its verb ("X, author of Y, joins"). */
    private static final int APPOSITION_MAX_WORDS = 12;

    /**
     * Where the verb stands after a name that ends at {@code end}: right there, or past an
     * apposition between commas ("Mara Quill, author of Salt and Iron, joins me"); -1 when the
     * apposition does not close.
     */
    static int verbAfterName(List<String> words, int end) {
        if (end == 0 || !words.get(end - 1).endsWith(",")) {
            return end;
        }
        for (int k = end; k < words.size() && k < end + APPOSITION_MAX_WORDS; k++) {
            String w = words.get(k);
            if (w.endsWith(",")) {
                return k + 1;
            }
            if (endsPhrase(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the words at {@code at} say that the subject before them comes onto the show. */
    static boolean arrivesAt(List<String> words, int at) {
        if (at < 0 || at >= words.size()) {
            return false;
        }
        String w = words.get(at);
        if (PRONOUNS_BEFORE.containsCore(w)
                && !endsPhrase(w)
                && at + 1 < words.size()
                && (JOIN_VERBS.containsCore(words.get(at + 1))
                        || RETURN_VERBS.containsCore(words.get(at + 1)))) {
            return true; // "nous rejoint", "me retrouve": toward the host
        }
        if (COPULAS.containsCore(w)
                && !endsPhrase(w)
                && at + 1 < words.size()
                && BACK.containsCore(words.get(at + 1))) {
            return towardShow(words, at + 2, false); // "is back on the show"
        }
        return (JOIN_VERBS.containsCore(w) && towardShow(words, at + 1, true))
                || (RETURN_VERBS.containsCore(w) && towardShow(words, at + 1, false));
    }

    /**
     * Whether the host's pronoun or the show's word (or, with {@code studio}, the studio's) follows
     * within the same clause.
     */
    private static boolean towardShow(List<String> words, int from, boolean studio) {
        for (int k = from; k < words.size() && k < from + TARGET_REACH; k++) {
            String w = words.get(k);
            if (PersonWords.isFirstPerson(w)
                    || SHOW_WORDS.containsCore(w)
                    || elidedShow(w)
                    || (studio && STUDIO_WORDS.containsCore(w))) {
                return true;
            }
            if (endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }

    /** "l'émission", "all'episodio": a show's word after an elided article. */
    private static boolean elidedShow(String raw) {
        int apostrophe = Math.max(raw.indexOf('\''), raw.indexOf('\u2019'));
        return apostrophe > 0
                && apostrophe < 4
                && SHOW_WORDS.containsCore(raw.substring(apostrophe + 1));
    }
}
