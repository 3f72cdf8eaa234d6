package dev.showpage.internal.text;

/**
 * The words that make a run of capitalised words a place or an organisation rather than a person's
 * name: "with New York", "with Harbour University", "with Saltmarsh Records". The words are the
 * common English words for institutions and companies and their counterparts in the other six
 * languages read (the words institutions name themselves with), none of them a common surname, and
 * the first words of place names that no given name shares ("New", "San", "Los").
 */
final class NonPersonNames {

    private NonPersonNames() {}

    /**
     * The words sports and other clubs name themselves with in the seven languages, and the
     * abbreviations football clubs put before their names ("FC", "SC", "AFC", "SV", "CF": football
     * club, sports club, sport association, club de fútbol): "mit FC Harbour" names a club, which
     * no person is.
     */
    private static final String CLUB_WORDS =
            " club clubs clube klub verein vereniging fc sc afc sv cf";

    /** Words that name an institution or a company wherever they stand in the run. */
    private static final Vocabulary INSTITUTION_WORDS =
            Vocabulary.of(
                    "university universities college institute institut instituto istituto"
                        + " instituut universität universitat université universidad università"
                        + " universidade universiteit hochschule hogeschool foundation stiftung"
                        + " fondation fundación fondazione fundação stichting inc ltd llc gmbh corp"
                        + " corporation company labs studios records museum museo musée society"
                        + " association council ministry department agency academy akademie"
                        + " académie academia orchestra orchester orchestre orquesta quartet choir"
                        + " chor chœur coro koor ensemble city county bank banque banco banca"
                            + CLUB_WORDS);

    /** First words of place names, which no given name shares: New York, San Diego, Los Angeles. */
    private static final Vocabulary PLACE_HEADS = Vocabulary.of("new san santa los las fort");

    /**
     * The definite articles of English, French, German, Spanish and Italian, capitalised at the
     * head of a run of capitals: a newspaper's, a programme's or a band's name ("Le Devoir", "The
     * Guardian", "Die Zeit", "El Mundo", "Il Foglio"), where a person's name opens with a given
     * name. The Dutch "De" is left out: it opens Flemish surnames ("De Smet").
     */
    private static final Vocabulary ARTICLE_HEADS =
            Vocabulary.of("the le la les der die das el il");

    /**
     * Whether the capitalised words from {@code from} to {@code to} name a place or an
     * organisation: one of them is an institution's word, or the first opens a place's name or is
     * an article.
     */
    static boolean isPlaceOrOrganisation(java.util.List<String> words, int from, int to) {
        if (from < to
                && (PLACE_HEADS.containsCore(words.get(from))
                        || ARTICLE_HEADS.containsCore(words.get(from)))) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (INSTITUTION_WORDS.containsCore(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
