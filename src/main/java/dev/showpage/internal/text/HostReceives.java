package dev.showpage.internal.text;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The presenter, in the third person, receiving the guest: "a apresentadora Rita recebeu Mara
 * Quill", "la presentadora Ana recibe a Mara Quill", "la conduttrice Giulia ospita Mara Quill",
 * "l'animatrice Julie reçoit Mara Quill", "presentator Sanne ontvangt Mara Quill", "host Tom
 * welcomes Mara Quill"; or after the edition it happened in, "No primeiro programa, Rita recebeu a
 * engenheira Mara Quill". Without the presenter's noun or the edition, whoever receives is no host
 * of the show ("O presidente recebeu o ministro X", "the mayor welcomed X"); a presenter described
 * ("late-night host X welcomed Y") or receiving on a named show or day ("recebeu Y no Domingão",
 * "welcomed Y on Tuesday") is another show's, and another edition ("In last week's episode", "Na
 * edição anterior") had its own guests.
 */
final class HostReceives {

    private HostReceives() {}

    /**
     * The verbs of receiving a guest in the third person, present and past, in the seven languages.
     */
    static final Vocabulary RECEIVE_THIRD_PERSON =
            Vocabulary.of(
                    "recebe recebeu recibe recibió reçoit accueille riceve ospita ospitò accoglie"
                            + " ontvangt ontving empfängt empfing begrüßt begrüsst welcomes"
                            + " welcomed");

    /** The words of {@link #RECEIVE_THIRD_PERSON}, for the text's prefilter. */
    static final String VERBS = String.join(" ", RECEIVE_THIRD_PERSON.words());

    /**
     * The nouns of a presenter, male and female, in the seven languages: the host nouns credit
     * lines print, with the English "host" and the Spanish "conductor".
     */
    private static boolean isPresenterNoun(String raw) {
        return ShowCircleWords.HOST_NOUNS.containsCore(raw)
                || Vocabulary.coreIs(raw, "host")
                || Vocabulary.coreIs(raw, "conductor");
    }

    /**
     * The nouns of one edition of a show, which open the sentence of its guests: "No primeiro
     * programa, X recebeu", "In this episode, X welcomes", "Dans cette émission, X reçoit".
     */
    private static final Vocabulary EDITION_NOUNS =
            Vocabulary.of(
                    "episode programme program programa episodio episódio edição edición"
                            + " émission épisode puntata trasmissione aflevering"
                            + " uitzending folge sendung");

    /** Most words of the presenter's name before the verb. */
    private static final int NAME_MAX_WORDS = 3;

    /** Most words from the edition's noun to the comma before the presenter's name. */
    private static final int EDITION_REACH = 4;

    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 1; i < words.size() - 1; i++) {
            if (!RECEIVE_THIRD_PERSON.containsCore(words.get(i))
                    || Names.endsPhrase(words.get(i))) {
                continue;
            }
            int from = i;
            while (from > 0
                    && i - from < NAME_MAX_WORDS
                    && Names.isNameWord(words.get(from - 1))
                    && !Names.endsPhrase(words.get(from - 1))
                    && !isPresenterNoun(words.get(from - 1))) {
                from--;
            }
            if (from == i || !(afterPresenterNoun(words, from) || afterEdition(words, from))) {
                continue;
            }
            Span span = objectAt(words, i + 1);
            if (span != null && !credit[span.from()] && !onANamedOccasion(words, span.to())) {
                NamesListedAfter.addWithNext(found, words, span, credit);
            }
        }
    }

    /**
     * The name received: right after the verb, or after an article, a role noun and up to two more
     * lower-case words ("a defensora pública Mara Quill", "a Mateo", "la journaliste Odile"); none
     * past a preposition, nor after a noun of no role ("o prémio Pedro Nunes" is a prize).
     */
    private static Span objectAt(List<String> words, int start) {
        if (start >= words.size()) {
            return null;
        }
        Span span = Names.personAt(words, start);
        if (span != null || !ARTICLES.containsCore(words.get(start))) {
            return span == null || Names.isPossessive(words.get(span.to() - 1)) ? null : span;
        }
        for (int q = start + 1; q < words.size() && q <= start + DESCRIPTION_MAX_WORDS; q++) {
            String before = words.get(q - 1);
            if ((q > start + 1
                            && (!PersonWords.isRoleNoun(words.get(start + 1))
                                    || !Character.isLowerCase(before.charAt(0))
                                    || PREPOSITIONS.containsCore(before)))
                    || Names.endsPhrase(before)) {
                return null;
            }
            if (q == start + 1 && !CompanionPhrases.PERSONAL_A.containsCore(words.get(start))) {
                continue; // "den Preis der Stadt": a capitalised noun after an article is no name
            }
            span = Names.personAt(words, q);
            if (span != null) {
                return Names.isPossessive(words.get(span.to() - 1)) ? null : span;
            }
        }
        return null;
    }

    /**
     * The articles of the seven languages, and the Spanish personal "a", that open the object's
     * description.
     */
    private static final Vocabulary ARTICLES =
            Vocabulary.of(
                    "the a an o os as um uma el la los las un una al le les une il lo gli uno"
                            + " de het een der die das den dem ein eine einen");

    /**
     * The prepositions that end a description in the seven languages: what follows them is an
     * organisation, a place or a thing, not the one received.
     */
    private static final Vocabulary PREPOSITIONS =
            Vocabulary.of(
                    "of from for at in on da de do das dos del della di du des d van von vom zum"
                            + " für aus bei em na no en à au");

    /** Most words from the article to the name. */
    private static final int DESCRIPTION_MAX_WORDS = 4;

    /** Most words after the name received read for {@link #onANamedOccasion}. */
    private static final int OCCASION_REACH = 6;

    /**
     * Whether, in the few words of the sentence after the name received, a preposition leads to a
     * capitalised word: "no Domingão da TV Globo", "on Tuesday", "in The Late Show": another show,
     * or a day that tells of a broadcast, not of this edition.
     */
    private static boolean onANamedOccasion(List<String> words, int after) {
        return Names.inPhraseAfter(words, after, OCCASION_REACH, k -> leadsToCapital(words, k));
    }

    /** Whether the word at {@code k} is a preposition, in its phrase, before a capitalised word. */
    private static boolean leadsToCapital(List<String> words, int k) {
        String w = words.get(k);
        return k + 1 < words.size()
                && !Names.endsPhrase(w)
                && PREPOSITIONS.containsCore(w)
                && Character.isUpperCase(words.get(k + 1).charAt(0));
    }

    /**
     * "a apresentadora Rita", "our host Tom", "Presentator Sanne": the presenter's noun right
     * before the name, itself after an article, a possessive or the sentence's start; an adjective
     * before it ("late-night host", "famoso apresentador") describes another show's.
     */
    private static boolean afterPresenterNoun(List<String> words, int from) {
        if (from == 0
                || Names.endsPhrase(words.get(from - 1))
                || !isPresenterNoun(words.get(from - 1))) {
            return false;
        }
        if (from == 1 || Names.endsPhrase(words.get(from - 2))) {
            return true;
        }
        String before = words.get(from - 2);
        return ARTICLES.containsCore(before) || ShowCircleWords.OUR.containsCore(before);
    }

    /**
     * "No primeiro programa, Rita": the name opens a clause after a comma, and the phrase before
     * the comma, in the same sentence, holds a noun of one edition.
     */
    private static boolean afterEdition(List<String> words, int from) {
        if (from == 0 || !words.get(from - 1).endsWith(",")) {
            return false;
        }
        boolean edition = false;
        for (int k = from - 1; k >= 0 && k >= from - EDITION_REACH; k--) {
            String w = words.get(k);
            if (k < from - 1 && Names.endsPhrase(w)) {
                break;
            }
            if (OtherEpisodeWords.isBeforeOrAfter(w)) {
                return false; // "Na edição anterior", "In last week's episode"
            }
            edition |= EDITION_NOUNS.containsCore(w);
        }
        return edition;
    }
}
