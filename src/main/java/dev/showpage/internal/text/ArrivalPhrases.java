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

    /** Verbs of a visit that "by" completes: "stops by", "drops by", "swings by", "comes by". */
    private static final String VISIT_VERB_WORDS = "stops drops swings comes pops";

    private static final Vocabulary VISIT_VERBS = Vocabulary.of(VISIT_VERB_WORDS);

    /** "sits down with us": the verb of sitting down, which "down" and "with" follow. */
    private static final Vocabulary SIT_VERBS = Vocabulary.of("sits");

    /** The copulas that say the subject is (now) the guest: "is our guest", "est l'invitée". */
    private static final Vocabulary GUEST_COPULAS = Vocabulary.of("is est es è é");

    /** The words a text must hold for a phrase of this class to stand in it. */
    static final String VERBS =
            JOIN_VERB_WORDS
                    + " "
                    + RETURN_VERB_WORDS
                    + " "
                    + VISIT_VERB_WORDS
                    + " back terug zurück sits "
                    + PresencePhrases.WORDS;

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
        if (PresencePhrases.presentAt(words, at)) {
            return true; // "sera dans le studio", "will come to talk": asked before "is our guest"
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
            // "is back on the show"; "X is back, and we look at ..." says no more than "is back"
            return !endsPhrase(words.get(at + 1)) && towardShow(words, at + 2, false);
        }
        if (GUEST_COPULAS.containsCore(w) && !endsPhrase(w)) {
            return guestAfterCopula(words, at + 1); // "is our guest", "est l'invitée de"
        }
        if (VISIT_VERBS.containsCore(w)
                && !endsPhrase(w)
                && at + 1 < words.size()
                && Vocabulary.coreIs(words.get(at + 1), "by")) {
            // "stops by.", "drops by to talk", "swings by the studio"
            return endsPhrase(words.get(at + 1))
                    || (at + 2 < words.size() && Vocabulary.coreIs(words.get(at + 2), "to"))
                    || towardShow(words, at + 2, true);
        }
        if (SIT_VERBS.containsCore(w)
                && at + 2 < words.size()
                && Vocabulary.coreIs(words.get(at + 1), "down")
                && PersonWords.isWithWord(words.get(at + 2))) {
            return towardShow(words, at + 3, false); // "sits down with us"
        }
        return (JOIN_VERBS.containsCore(w) && towardShow(words, at + 1, true))
                || (RETURN_VERBS.containsCore(w) && towardShow(words, at + 1, false));
    }

    /** Most lower-case words (articles, possessives) between the copula and the guest's word. */
    private static final int GUEST_WORD_REACH = 2;

    /**
     * Whether the word for a guest, in the singular, follows the copula after at most a couple of
     * lower-case words: "is our guest", "is this week's guest", "est l'invitée", "es nuestra
     * invitada", "è l'ospite", "é a convidada". A plural or a later word ("was a guest") is none.
     */
    private static boolean guestAfterCopula(List<String> words, int from) {
        for (int k = from; k < words.size() && k <= from + GUEST_WORD_REACH; k++) {
            String w = words.get(k);
            if (isGuestWord(w) || isGuestWord(afterElision(w))) {
                return !ofHonour(words, k + 1);
            }
            if (endsPhrase(w) || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a guest of honour is meant ("the guest of honour at the state dinner", "invité
     * d'honneur", "invitado de honor", "ospite d'onore", "Ehrengast" aside): a guest of an
     * occasion, not of the show.
     */
    private static boolean ofHonour(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + 2; k++) {
            if (OtherEpisodeWords.isHonour(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGuestWord(String raw) {
        return !raw.isEmpty()
                && SINGULAR_GUEST_WORDS.containsCore(raw)
                && Character.isLowerCase(raw.charAt(0));
    }

    /** The guest's word in the singular, in the seven languages. */
    static final Vocabulary SINGULAR_GUEST_WORDS =
            Vocabulary.of("guest invité invitée gast invitado invitada ospite convidado convidada");

    /** "l'invitée" gives "invitée": the word after an elided article; else the word. */
    static String afterElision(String raw) {
        int apostrophe = Math.max(raw.indexOf('\''), raw.indexOf('\u2019'));
        return apostrophe > 0 && apostrophe < 4 ? raw.substring(apostrophe + 1) : "";
    }

    /** The prepositions before a noun of conversation after a name: "im", "in", "en". */
    private static final Vocabulary IN_WORDS = Vocabulary.of("im in en");

    /**
     * Whether the words at {@code at} put the name before them into a conversation of its own:
     * "Mara Quill im Gespräch", "Mara Quill im Interview", "Mara Quill in conversation", "Mara
     * Quill en entrevista", "Mara Quill in gesprek"; not when a "with" names the one spoken with
     * ("Mara Quill im Gespräch mit Oskar Lind" has Oskar Lind for the guest).
     */
    static boolean inConversationAt(List<String> words, int at) {
        if (at + 1 >= words.size()
                || !IN_WORDS.containsCore(words.get(at))
                || endsPhrase(words.get(at))
                || !PersonWords.isConversationNoun(words.get(at + 1))) {
            return false;
        }
        return endsPhrase(words.get(at + 1))
                || at + 2 >= words.size()
                || !(PersonWords.isWithWord(words.get(at + 2))
                        || Names.isNameWord(words.get(at + 2)));
    }

    /**
     * Whether the host's pronoun or the show's word (or, with {@code studio}, the studio's) follows
     * within the same clause.
     */
    private static boolean towardShow(List<String> words, int from, boolean studio) {
        for (int k = from; k < words.size() && k < from + TARGET_REACH; k++) {
            String w = words.get(k);
            if (PersonWords.isFirstPerson(w)
                    || (SHOW_WORDS.containsCore(w) && determinedShow(words, k, from))
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

    /**
     * Whether the show's word at {@code k} is the show itself: right after the verb's preposition
     * or after an article or a possessive ("to the show", "al programa", "in unsere Sendung"), not
     * after a noun that makes it another programme ("to the basketball program he left").
     */
    private static boolean determinedShow(List<String> words, int k, int from) {
        if (k == from) {
            return true;
        }
        String before = words.get(k - 1);
        return before.length() <= SHORT_FUNCTION_WORD || POSSESSIVES.containsCore(before);
    }

    /** Articles and prepositions are this short: "the", "al", "nel", "ao", "zur", "this". */
    private static final int SHORT_FUNCTION_WORD = 4;

    /** The longer possessives of the seven languages, before a show's word. */
    private static final Vocabulary POSSESSIVES =
            Vocabulary.of(
                    "unsere unser unserer notre nuestro nuestra nostro nostra nosso nossa onze"
                            + " their your");

    /** "l'émission", "all'episodio": a show's word after an elided article. */
    private static boolean elidedShow(String raw) {
        int apostrophe = Math.max(raw.indexOf('\''), raw.indexOf('\u2019'));
        return apostrophe > 0
                && apostrophe < 4
                && SHOW_WORDS.containsCore(raw.substring(apostrophe + 1));
    }
}
