package dev.showpage.internal.text;

/**
 * Words that place a guest in another episode than the page's: "our guest last week was", "Unser
 * Gast in der letzten Folge war", "notre invité de la semaine prochaine est". A guest so introduced
 * is no guest of this episode.
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

    /** Whether the word places what it qualifies before or after this episode. */
    static boolean isBeforeOrAfter(String raw) {
        return BEFORE_OR_AFTER.containsCore(raw);
    }

    /** Whether the word is a copula in the past tense. */
    static boolean isPastCopula(String raw) {
        return PAST_COPULAS.containsCore(raw);
    }
}
