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
     * The nouns for the one who hosts, both genders, in the seven languages (the words credit lines
     * and guides print before a host's name), beside {@link PersonWords}' English host words.
     */
    static final Vocabulary HOST_NOUNS =
            Vocabulary.of(
                    "presenter anchor moderator moderatorin moderatore moderatrice moderador"
                            + " moderadora modérateur modératrice conduttore conduttrice"
                            + " presentatore presentatrice animateur animatrice présentateur"
                            + " présentatrice presentador presentadora apresentador apresentadora"
                            + " presentator gastgeber gastgeberin gastheer gastvrouw"
                            + " anfitrión anfitriona intervistatore intervistatrice"
                            + " interviewer interviewerin intervieweur intervieweuse entrevistador"
                            + " entrevistadora coconduttore coconduttrice coanimatore"
                            + " conductora locutor locutora speaker podcaster"
                            + " co-presenter copresenter");

    /**
     * Whether the word names one of the show's own people, not a guest: a host's word or noun, a
     * co-host's, a credit's or the crew's; in the singular or the plural ("Presenters",
     * "Moderatorinnen", "presentadoras").
     */
    static boolean isShowsOwn(String raw) {
        String core = withoutElidedArticle(Names.core(raw));
        return isShowsOwnForm(core)
                || (core.endsWith("s") && isShowsOwnForm(core.substring(0, core.length() - 1)))
                || (core.endsWith("es") && isShowsOwnForm(core.substring(0, core.length() - 2)))
                || (core.endsWith("nen") && isShowsOwnForm(core.substring(0, core.length() - 3)))
                || (core.endsWith("en") && isShowsOwnForm(core.substring(0, core.length() - 2)));
    }

    /**
     * The elided articles of French and Italian, glued to the noun by an apostrophe ("L'animateur",
     * "d'animatrice", "dell'intervistatore", "all'intervistatrice").
     */
    private static final Vocabulary ELIDED = Vocabulary.of("l d dell all nell sull dall");

    /** The word past an elided article glued to it: "L'animateur" is "animateur". */
    private static String withoutElidedArticle(String core) {
        int apostrophe = Math.max(core.indexOf('\''), core.indexOf('\u2019'));
        return apostrophe > 0 && ELIDED.containsCore(core.substring(0, apostrophe))
                ? core.substring(apostrophe + 1)
                : core;
    }

    private static boolean isShowsOwnForm(String word) {
        return !word.isEmpty()
                && (PersonWords.isHostWord(word)
                        || PersonWords.isCreditWord(word)
                        || CO_HOST_WORDS.containsCore(word)
                        || HOST_NOUNS.containsCore(word)
                        || CREW_WORDS.containsCore(word));
    }

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
