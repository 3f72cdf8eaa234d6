package dev.showpage.internal.text;

/**
 * Whether a page's words are of a language that writes numeric dates day first. Of the languages
 * the parser reads, only American English puts the month first ({@code 03/12/2024} for 12 March);
 * French, German, Spanish, Italian, Portuguese and Dutch write the day first. A page whose numeric
 * dates do not prove their order by themselves ({@code 12/03/2024}) is read in its language's order
 * where its prose tells the language, before the configured order is fallen back on.
 *
 * <p>The language is told by its most frequent short words (articles, conjunctions and
 * prepositions, as in any frequency list of the language), which a page of a few lines already
 * prints several times, and which names and titles borrowed from another language rarely carry.
 * Words two languages share in their spelling ("in", "is", "die", "was", "a", "o") are in neither
 * list.
 */
public final class DayFirstLanguages {

    private DayFirstLanguages() {}

    /** Frequent English words no day-first language spells the same. */
    private static final Vocabulary ENGLISH =
            Vocabulary.of("the and of to with this that for you your our from about are what");

    /**
     * Frequent words of French, German, Spanish, Italian, Portuguese and Dutch that English does
     * not spell the same.
     */
    private static final Vocabulary DAY_FIRST =
            Vocabulary.of(
                    "le les des et est dans une du avec pour nous sur au aux cette"
                            + " der das und ist nicht ein eine wir auf für mit dem den sich auch"
                            + " el los las y del con para que por es su al como"
                            + " il della che per gli sono nel alla dei delle"
                            + " os da do não em no na dos das"
                            + " de het een van en voor niet ook dat zijn wordt");

    /** Enough of a language's frequent words to tell it; fewer tell nothing. */
    private static final int ENOUGH = 3;

    /**
     * Whether {@code words}, a page's words in their order, are mostly of a day-first language: at
     * least {@link #ENOUGH} of its frequent words, and more than twice as many as English ones.
     */
    public static boolean writesDayFirst(Iterable<String> words) {
        int dayFirst = 0;
        int english = 0;
        for (String word : words) {
            if (DAY_FIRST.containsCore(word)) {
                dayFirst++;
            } else if (ENGLISH.containsCore(word)) {
                english++;
            }
        }
        return dayFirst >= ENOUGH && dayFirst > 2 * english;
    }
}
