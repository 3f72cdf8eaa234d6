package dev.showpage.internal.text;

/**
 * The words that put the guests a line speaks of in another edition than this one, gathered from
 * the vocabularies that already read them: "last", "next", "previous" and their kin ({@link
 * OtherEpisodeWords}, "la semaine dernière", "der nächsten Sendung", "invitados anteriores"),
 * "upcoming" and "future" ({@link LaterEpisodes}), a copula in the past ("was", "war", "était",
 * "fue"), and thanks, which a page gives to guests gone by and to sponsors ("Thanks to last
 * season's guests").
 */
final class OtherEditions {

    private OtherEditions() {}

    /** Whether the word places the guests beside it in another edition. */
    static boolean placesElsewhere(String raw) {
        return OtherEpisodeWords.isBeforeOrAfter(raw)
                || OtherEpisodeWords.isBeforeOrAfter(singular(raw))
                || LaterEpisodes.NEXT_WORDS.containsCore(raw)
                || OtherEpisodeWords.isPastCopula(raw)
                || CreditLines.THANKS.containsCore(raw);
    }

    /**
     * The word without a plural ending, so that the singular vocabularies read the plural of a
     * Romance adjective ("anteriores", "précédents", "passados").
     */
    private static String singular(String raw) {
        String core = Names.core(raw);
        if (core.endsWith("es") && core.length() > 4) {
            return core.substring(0, core.length() - 2);
        }
        if (core.endsWith("s") && core.length() > 3) {
            return core.substring(0, core.length() - 1);
        }
        return core;
    }
}
