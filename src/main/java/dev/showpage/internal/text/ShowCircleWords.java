package dev.showpage.internal.text;

/**
 * The words for the people around the host, whom a phrase of company names without making them
 * guests, or names as friends: co-hosts, the show's crew, "our" before them, and friends and
 * colleagues; in the seven languages. Kept apart from {@link CompanionPhrases}, whose phrases ask
 * about them, so that other readers ask too ({@link EpisodeColonNames}).
 */
final class ShowCircleWords {

    private ShowCircleWords() {}

    /** The words for a co-host: whoever they name keeps the host company, but hosts. */
    static final Vocabulary CO_HOST_WORDS =
            Vocabulary.of(
                    "co-host cohost host co-hosts cohosts copresentador copresentadora"
                            + " co-presentador co-presentadora coanimateur coanimatrice"
                            + " co-animateur co-animatrice co-moderator co-moderatorin"
                            + " comoderator copresentatore copresentatrice co-conduttore"
                            + " co-conduttrice co-apresentador co-apresentadora co-presentator"
                            + " copresentator");

    /**
     * The show's own crew (most English words are {@link PersonWords}' credit words): producers,
     * sound technicians, editors and narrators, who keep the host company or make the episode but
     * are not its guests.
     */
    static final Vocabulary CREW_WORDS =
            Vocabulary.of(
                    "productor productora producteur productrice produzent produzentin produttore"
                            + " produttrice produtor produtora producent tecnico técnico técnica"
                            + " technicien technicienne techniker technikerin technicus"
                            + " tontechniker tontechnikerin toningenieur toningenieurin cutter"
                            + " cutterin redakteur redakteurin narrator narrateur narratrice"
                            + " erzähler erzählerin narrador narradora narratore verteller"
                            + " vertelster monteur monteuse montador montadora montatore"
                            + " montatrice sprecher sprecherin");

    /**
     * "our" and "my" before a word of the crew: our, nuestro, notre, unser, nostro, nosso, onze.
     */
    static final Vocabulary OUR =
            Vocabulary.of(
                    "our my nuestro nuestra mi notre mon ma unser unsere mein meine nostro nostra"
                            + " mio mia nosso nossa meu minha onze mijn");

    /** Friends and colleagues: "mi amiga María", "mon amie Mara", "meine Freundin Mara". */
    static final Vocabulary FRIENDS =
            Vocabulary.of(
                    "amiga amigo ami amie amica amico freund freundin vriend vriendin collega"
                            + " colega collègue kollege kollegin");
}
