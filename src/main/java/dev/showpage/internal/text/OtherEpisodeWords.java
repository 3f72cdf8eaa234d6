package dev.showpage.internal.text;

/**
 * Words that place a guest in another episode than the page's: "our guest last week was", "Unser
 * Gast in der letzten Folge war", "notre invité de la semaine prochaine est". A guest so introduced
 * is no guest of this episode; nor is one told in the past ("our guest on Monday's show was"), nor
 * an event's guest of honour ("the guest of honour this year is").
 */
final class OtherEpisodeWords {

    private OtherEpisodeWords() {}

    /**
     * "Last", "next" and "previous" in the seven languages, with their inflections: a function-word
     * vocabulary of the times before and after this one.
     */
    private static final Vocabulary BEFORE_OR_AFTER =
            Vocabulary.of(
                    "last next previous past letzte letzten letzter letztes nächste nächsten"
                            + " nächster vorige vorigen vergangene vergangenen dernier dernière"
                            + " prochain prochaine précédent précédente passé passée pasado pasada"
                            + " próximo próxima anterior scorsa scorso prossima prossimo precedente"
                            + " passado passada vorig volgende");

    /**
     * The past-tense copulas of the seven languages: "was", "war", "était", "fue", "era", "foi".
     */
    private static final Vocabulary PAST_COPULAS = Vocabulary.of("was war était fue era foi");

    /**
     * "Honour" in the phrases that name an event's guest of honour, in the seven languages ("guest
     * of honour", "invité d'honneur", "ospite d'onore", "invitado de honor", "convidado de honra",
     * "Gast zu Ehren"; German and Dutch mostly join it into one word, "Ehrengast", "eregast", which
     * is no guest word): a vocabulary of a festival's or a ceremony's words, not a show's. One list
     * for both readings of a guest word (before its name and after "is"), since a guest of honour
     * is an occasion's guest in either.
     */
    private static final Vocabulary HONOUR_WORDS =
            Vocabulary.of(
                    "honour honor honneur d'honneur d’honneur onore d'onore d’onore honra ehren");

    /**
     * "At", the English preposition that puts a guest at an event ("our guest at this year's
     * festival"); a show's guest is "on" or "in" it.
     */
    private static final Vocabulary AT_WORDS = Vocabulary.of("at");

    /** Whether the word is the "honour" of a guest of honour. */
    static boolean isHonour(String raw) {
        return HONOUR_WORDS.containsCore(raw);
    }

    /** Whether the word after a guest word puts the guest at an event. */
    static boolean isAtEvent(String raw) {
        return AT_WORDS.containsCore(raw);
    }

    /** Whether the word places what it qualifies before or after this episode. */
    static boolean isBeforeOrAfter(String raw) {
        return BEFORE_OR_AFTER.containsCore(raw);
    }

    /** Whether the word is a copula in the past tense. */
    static boolean isPastCopula(String raw) {
        return PAST_COPULAS.containsCore(raw);
    }
}
