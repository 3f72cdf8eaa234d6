package dev.showpage.internal.text;

/**
 * The words that {@link InvertedSpeakers} reads a sentence by, whose verb of telling comes before
 * the one who tells ("In dieser Folge erzählt Mara Quill, wie ...", "En este episodio nos cuenta
 * Mara Quill cómo ..."): the verbs, the listener's pronouns, the openers of this episode or of
 * today, the words that take up what was said, the articles and possessives before a role, and the
 * words that open what is told. Each list is the vocabulary of the languages that put the verb
 * first (German, Dutch, French, Spanish, Italian, Portuguese), lower case.
 */
final class InvertedSpeakerWords {

    private InvertedSpeakerWords() {}

    /**
     * The verbs of telling in the third person present, in German, Dutch, French, Spanish, Italian
     * and Portuguese, none of them also an English word; and the Portuguese forms with the
     * listener's pronoun joined on ("conta-nos").
     */
    static final Vocabulary VERB_WORDS =
            Vocabulary.of(
                    "erzählt berichtet erklärt spricht beschreibt verrät schildert vertelt"
                            + " beschrijft praat raconte explique décrit parle cuenta explica"
                            + " relata habla racconta spiega descrive parla conta fala descreve"
                            + " conta-nos explica-nos fala-nos");

    /** The verbs of speaking alone, whose subject is as often the host. */
    static final Vocabulary SPEAK_VERBS =
            Vocabulary.of("spricht praat parle habla parla fala fala-nos");

    /** "cuenta", "conta": without a listener's pronoun they may mean "has" before "con", "com". */
    static final Vocabulary MAY_MEAN_HAS = Vocabulary.of("cuenta conta");

    /** The listener's pronoun after the verb (German, Dutch): "erzählt uns", "vertelt ons". */
    static final Vocabulary PRONOUNS_AFTER = Vocabulary.of("uns ons");

    /** The listener's pronoun before the verb (Romance): "nos cuenta", "ci racconta". */
    static final Vocabulary PRONOUNS_BEFORE = Vocabulary.of("nos nous ci");

    /**
     * The polite or plural "you" next to the verb ("erklärt Ihnen", "vous explique", "os cuenta",
     * "vi racconta"): the address of ads and trailers, not of an episode's guest.
     */
    static final Vocabulary YOU = Vocabulary.of("ihnen euch jullie vous os vi");

    /** "Today", the opener's other word beside one for the episode. */
    static final Vocabulary TODAY =
            Vocabulary.of("heute vandaag hoy oggi hoje aujourd'hui aujourd’hui");

    /**
     * The words an opener of this episode is made of in the six languages that put the verb first:
     * prepositions, demonstratives and nouns of an edition ("In dieser Folge", "In deze
     * aflevering", "Dans cet épisode", "En este episodio", "In questa puntata", "Neste episódio").
     * No English and no first person, so that "In this episode we describe X" stays out.
     */
    static final Vocabulary OPENER_WORDS =
            Vocabulary.of(
                    "in im dieser diesem dieses der heutigen neuen deze nieuwe dans cet cette ce"
                            + " nouvel nouvelle en este esta nuevo nueva questa questo nuova"
                            + " nuovo neste nesta novo nova");

    /** The nouns of an edition that make an opener this episode's. */
    static final Vocabulary EDITION_NOUNS =
            Vocabulary.of(
                    "folge ausgabe sendung episode aflevering uitzending épisode émission"
                            + " episodio programa puntata episódio");

    /** The adverbs of what comes next that German and Dutch put the subject after. */
    static final Vocabulary NEXT_ADVERBS =
            Vocabulary.of("außerdem ausserdem zudem anschließend daarnaast verder además inoltre");

    /** The words that take up what was said before, right before the verb. */
    static final Vocabulary TAKE_UP = Vocabulary.of("das dies dat dit eso esto isso isto");

    /** The words before "que"/"che" that make it take up what was said: "ce que", "lo que". */
    static final Vocabulary BEFORE_THAT = Vocabulary.of("ce lo o quello quel");

    /** "That" after a word of {@link #BEFORE_THAT}: "ce que", "quello che". */
    static final Vocabulary THAT = Vocabulary.of("que che");

    /** The articles before a role: "die Fotografin", "la historiadora", "de schrijver". */
    static final Vocabulary ARTICLES = Vocabulary.of("der die den la el il lo le de het o a l'");

    /**
     * The possessives before a role that {@link ShowCircleWords#OUR} lacks: the German cases
     * ("unserem Reporter") and the plurals ("nos", "nuestros").
     */
    static final Vocabulary MORE_POSSESSIVES =
            Vocabulary.of("unserem unseren unserer nos nuestros");

    /**
     * The words that open what the one named tells, right after the name: "erzählt Mara Quill,
     * wie", "von ihrer Reise"; "vertelt Mara Quill hoe", "over"; "raconte Mara Quill comment";
     * "cuenta Mara Quill cómo"; "racconta Mara Quill come"; "conta Mara Quill como". Anything else
     * there ("die Woche", "einen Fall", "in der nächsten Folge") leaves the name's reading open.
     */
    static final Vocabulary TOLD_OPENERS =
            Vocabulary.of(
                    "von über wie warum wieso weshalb was welche welcher welches dass ob over hoe"
                            + " wat waarom welke of van comment pourquoi ce quel quelle quels"
                            + " quelles sur de cómo qué por cuál cuáles sobre come perché cosa"
                            + " quale quali su di como porque o qual quais");

    /**
     * "From" (German, Dutch), which opens what is told only before an article of a body ("aus dem
     * Team", "uit het ziekenhuis"): before a bare place ("aus Washington", "uit Kyiv") it is where
     * a reporter speaks from.
     */
    static final Vocabulary FROM = Vocabulary.of("aus uit");

    /** The articles after {@link #FROM} that let it open what is told. */
    static final Vocabulary ARTICLES_AFTER_FROM = Vocabulary.of("der die dem den de het");
}
