package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Sentences where the verb of telling comes before the person who tells, as German and Dutch put it
 * after a word that opens the sentence, and the Romance languages after the listener's pronoun: "In
 * dieser Folge erzählt Dr. Mara Quill, wie ...", "Heute erklärt die Kuratorin Mara Quill, warum
 * ...", "..., das erzählt uns Mara Quill.", "In deze aflevering vertelt Mara Quill hoe ...", "En
 * este episodio nos cuenta Mara Quill cómo ...", "In questa puntata ci racconta Mara Quill come
 * ...", "Neste episódio, conta-nos Mara Quill como ...", "c'est ce que nous raconte Mara Quill",
 * "ce lo racconta Mara Quill".
 *
 * <p>Three openings let the verb come first. Words of this episode or of today alone ("In dieser
 * Folge", "Heute", "En este episodio", never "In der letzten Folge" nor an English or first-person
 * word). A word that takes up what was said ("das", "dat", "eso", "ce que", "ce lo"), only with the
 * listener's pronoun ("das erzählt uns"), as without it the one named is most often an author or a
 * quoted person ("Das beschreibt Mara Quill in ihrem Roman"). An adverb of what comes next
 * ("Außerdem", "Daarnaast", "Además"), only where the text before it already speaks of the episode
 * or a guest, as in news it names people in the news. The verbs of speaking alone ("spricht",
 * "parla") need the listener's pronoun and a text that names no guest otherwise: the one who speaks
 * is as often the host.
 *
 * <p>The name must follow the verb, its pronoun and at most an honorific or an article with a role
 * ("die Fotografin Mara Quill"); never a role without an article ("Co-Moderatorin Mara Quill",
 * "Kommissar ..."), a possessive ("unser Wetterexperte"), the show's people in apposition ("Mara
 * Quill, unsere Moderatorin,"), a "you" that only ads and trailers use ("erklärt Ihnen"), an
 * organisation, another edition later in the sentence, or anything after the name but a phrase's
 * end or a word that opens what is told ("von", "wie", "hoe", "cómo", "come").
 */
final class InvertedSpeakers {

    private InvertedSpeakers() {}

    /**
     * The verbs of telling in the third person present, in German, Dutch, French, Spanish, Italian
     * and Portuguese, none of them also an English word; and the Portuguese forms with the
     * listener's pronoun joined on ("conta-nos").
     */
    private static final Vocabulary VERB_WORDS =
            Vocabulary.of(
                    "erzählt berichtet erklärt spricht beschreibt verrät schildert vertelt"
                            + " beschrijft praat raconte explique décrit parle cuenta explica"
                            + " relata habla racconta spiega descrive parla conta fala descreve"
                            + " conta-nos explica-nos fala-nos");

    /** The verbs of speaking alone, whose subject is as often the host. */
    private static final Vocabulary SPEAK_VERBS =
            Vocabulary.of("spricht praat parle habla parla fala fala-nos");

    /** "cuenta", "conta": without a listener's pronoun they may mean "has" before "con", "com". */
    private static final Vocabulary MAY_MEAN_HAS = Vocabulary.of("cuenta conta");

    /** The listener's pronoun after the verb (German, Dutch): "erzählt uns", "vertelt ons". */
    private static final Vocabulary PRONOUNS_AFTER = Vocabulary.of("uns ons");

    /** The listener's pronoun before the verb (Romance): "nos cuenta", "ci racconta". */
    private static final Vocabulary PRONOUNS_BEFORE = Vocabulary.of("nos nous ci");

    /**
     * The polite or plural "you" next to the verb ("erklärt Ihnen", "vous explique", "os cuenta",
     * "vi racconta"): the address of ads and trailers, not of an episode's guest.
     */
    private static final Vocabulary YOU = Vocabulary.of("ihnen euch jullie vous os vi");

    /** "Today", the opener's other word beside one for the episode. */
    private static final Vocabulary TODAY =
            Vocabulary.of("heute vandaag hoy oggi hoje aujourd'hui aujourd’hui");

    /**
     * The words an opener of this episode is made of in the six languages that put the verb first:
     * prepositions, demonstratives and nouns of an edition ("In dieser Folge", "In deze
     * aflevering", "Dans cet épisode", "En este episodio", "In questa puntata", "Neste episódio").
     * No English and no first person, so that "In this episode we describe X" stays out.
     */
    private static final Vocabulary OPENER_WORDS =
            Vocabulary.of(
                    "in im dieser diesem dieses der heutigen neuen deze nieuwe dans cet cette ce"
                            + " nouvel nouvelle en este esta nuevo nueva questa questo nuova"
                            + " nuovo neste nesta novo nova");

    /** The nouns of an edition that make an opener this episode's. */
    private static final Vocabulary EDITION_NOUNS =
            Vocabulary.of(
                    "folge ausgabe sendung episode aflevering uitzending épisode émission"
                            + " episodio programa puntata episódio");

    /** The adverbs of what comes next that German and Dutch put the subject after. */
    private static final Vocabulary NEXT_ADVERBS =
            Vocabulary.of("außerdem ausserdem zudem anschließend daarnaast verder además inoltre");

    /** The words that take up what was said before, right before the verb. */
    private static final Vocabulary TAKE_UP = Vocabulary.of("das dies dat dit eso esto isso isto");

    /** The words before "que"/"che" that make it take up what was said: "ce que", "lo que". */
    private static final Vocabulary BEFORE_THAT = Vocabulary.of("ce lo o quello quel");

    private static final Vocabulary THAT = Vocabulary.of("que che");

    /** The articles before a role: "die Fotografin", "la historiadora", "de schrijver". */
    private static final Vocabulary ARTICLES =
            Vocabulary.of("der die den la el il lo le de het o a l'");

    /** The possessives before a role: "unser Wetterexperte", "nuestro reportero", "onze". */
    private static final Vocabulary POSSESSIVES =
            Vocabulary.of(
                    "unser unsere unserem unseren unserer mein meine onze mijn notre nos mon ma"
                            + " nuestro nuestra nuestros mi nostro nostra mio mia nosso nossa meu"
                            + " minha");

    /**
     * The words that open what the one named tells, right after the name: "erzählt Mara Quill,
     * wie", "von ihrer Reise", "aus dem Team, ..."; "vertelt Mara Quill hoe", "over"; "raconte Mara
     * Quill comment"; "cuenta Mara Quill cómo"; "racconta Mara Quill come"; "conta Mara Quill
     * como". Anything else there ("die Woche", "einen Fall", "in der nächsten Folge") leaves the
     * name's reading open.
     */
    private static final Vocabulary TOLD_OPENERS =
            Vocabulary.of(
                    "von über wie warum wieso weshalb was welche welcher welches dass ob aus"
                            + " over hoe wat waarom welke of uit van comment pourquoi ce quel"
                            + " quelle quels quelles sur de cómo qué por cuál cuáles sobre come"
                            + " perché cosa quale quali su di como porque o qual quais");

    /** Most words of an opener before the verb: "In dieser Folge", "Dans cet épisode,". */
    private static final int OPENER_MAX_WORDS = 4;

    /** Most words after the name that a next or last edition is looked for in. */
    private static final int SENTENCE_REST_MAX_WORDS = 12;

    /**
     * The words a text must hold for a phrase of this class to stand in it: an edition's noun,
     * "today", or the listener's pronoun; the verbs alone would let most prose through.
     */
    static final String CUES =
            String.join(" ", EDITION_NOUNS.words())
                    + " "
                    + String.join(" ", TODAY.words())
                    + " uns ons nos nous ci conta-nos explica-nos fala-nos";

    /** The people that such sentences let speak. */
    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        int aboutEpisode = -1; // the first word that speaks of an episode or a guest, once asked
        int namesGuest = -1; // whether a guest word stands in the text (1) or not (0), once asked
        for (int v = 1; v < words.size() - 1; v++) {
            String verb = words.get(v);
            if (credit[v] || !VERB_WORDS.containsCore(verb) || endsPhrase(verb)) {
                continue;
            }
            int before = v - 1; // the word before the verb, past a listener's pronoun
            boolean pronoun = verb.contains("-");
            String prior = words.get(before);
            if (YOU.containsCore(prior) || YOU.containsCore(words.get(v + 1))) {
                continue; // "erklärt Ihnen", "vous explique"
            }
            if (PRONOUNS_BEFORE.containsCore(prior) && !endsPhrase(prior) && before > 0) {
                before--;
                pronoun = true;
            }
            if (Vocabulary.coreIs(prior, "lo")
                    && before > 0
                    && Vocabulary.coreIs(words.get(before - 1), "ce")) {
                pronoun = true; // "ce lo racconta": "ce" is the listener's "ci" before "lo"
            }
            int at = v + 1;
            if (PRONOUNS_AFTER.containsCore(words.get(at)) && !endsPhrase(words.get(at))) {
                at++;
                pronoun = true;
            }
            if ((MAY_MEAN_HAS.containsCore(verb) || SPEAK_VERBS.containsCore(verb)) && !pronoun) {
                continue; // "cuenta con", "Heute spricht Lea Brandt über Bienen"
            }
            Opening opening = opening(words, before);
            if (opening == Opening.NONE || (opening == Opening.TAKE_UP && !pronoun)) {
                continue;
            }
            if (opening == Opening.NEXT) {
                if (aboutEpisode < 0) {
                    aboutEpisode = firstAboutEpisode(words, found);
                }
                if (aboutEpisode >= before) {
                    continue; // "Die Preise steigen. Außerdem erklärt Mara Quill ...": the news
                }
            }
            if (SPEAK_VERBS.containsCore(verb)) {
                if (namesGuest < 0) {
                    namesGuest = namesGuest(words) ? 1 : 0;
                }
                if (namesGuest == 1) {
                    continue; // "Heute spricht Lea ... Zu Gast ist Mara Quill": Lea is the host
                }
            }
            Span span = nameAt(words, at);
            if (span != null) {
                add(words, span, found);
            }
        }
    }

    private enum Opening {
        NONE,
        EPISODE,
        TAKE_UP,
        NEXT
    }

    /** What the words up to {@code last}, right before the verb, open its sentence with. */
    private static Opening opening(List<String> words, int last) {
        String w = words.get(last);
        if (TAKE_UP.containsCore(w) && !endsPhrase(w)) {
            return Opening.TAKE_UP; // "..., das erzählt uns", "Eso nos cuenta"
        }
        if (THAT.containsCore(w)
                && last > 0
                && BEFORE_THAT.containsCore(words.get(last - 1))
                && !endsPhrase(words.get(last - 1))) {
            return Opening.TAKE_UP; // "c'est ce que nous raconte", "es lo que nos explica"
        }
        if (Vocabulary.coreIs(w, "lo")
                && last > 0
                && Vocabulary.coreIs(words.get(last - 1), "ce")) {
            return Opening.TAKE_UP; // "ce lo racconta"
        }
        int start = last;
        while (start > 0
                && last - start < OPENER_MAX_WORDS
                && !CreditLines.endsSentence(words.get(start - 1))) {
            start--;
        }
        if (start > 0 && !CreditLines.endsSentence(words.get(start - 1))) {
            return Opening.NONE; // more words than an opener holds
        }
        if (start == last && NEXT_ADVERBS.containsCore(w)) {
            return Opening.NEXT; // "Außerdem erklärt", "Además, explica"
        }
        boolean episode = false;
        for (int k = start; k <= last; k++) {
            String o = words.get(k);
            boolean edition = EDITION_NOUNS.containsCore(o);
            boolean today = TODAY.containsCore(o);
            if (!(edition || today || OPENER_WORDS.containsCore(o))
                    || (k < last && endsPhrase(o))) {
                return Opening.NONE;
            }
            episode |= edition || today;
        }
        return episode ? Opening.EPISODE : Opening.NONE;
    }

    /** The first word that speaks of an episode or a guest, or a guest found already; or size. */
    private static int firstAboutEpisode(List<String> words, List<Mention> found) {
        int first = words.size();
        for (Mention m : found) {
            first = Math.min(first, m.wordIndex());
        }
        for (int k = 0; k < first; k++) {
            String w = words.get(k);
            if (PersonWords.isConversationNoun(w) || PersonWords.isGuestHeadingWord(w)) {
                return k;
            }
        }
        return first;
    }

    private static boolean namesGuest(List<String> words) {
        for (String w : words) {
            if (PersonWords.isGuestHeadingWord(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The full name right at {@code at}, past honorifics or an article and a role; null when there
     * is none, or when the guards of the class say it is no guest.
     */
    private static Span nameAt(List<String> words, int at) {
        int p = at;
        if (p + 1 < words.size()
                && ARTICLES.containsCore(words.get(p))
                && !endsPhrase(words.get(p))
                && (PersonWords.isRoleNoun(words.get(p + 1))
                        || GermanRoleNouns.articleBefore(words, p + 1) == p)) {
            if (PersonWords.isStaffNoun(words.get(p + 1))) {
                return null; // "die Moderatorin Lea Brandt"
            }
            p += 2; // "die Fotografin Mara Quill", "la historiadora Mara Quill"
        }
        while (p < words.size() && PersonWords.isHonorific(words.get(p))) {
            p++; // "Dr. Mara Quill", "Prof. Dr. Mara Quill"
        }
        if (p >= words.size()
                || (endsPhrase(words.get(p - 1)) && !PersonWords.isHonorific(words.get(p - 1)))) {
            return null;
        }
        String first = words.get(p);
        if (POSSESSIVES.containsCore(first)
                || PersonWords.isStaffNoun(first)
                || PersonWords.isRoleNoun(first, true)
                || GermanRoleNouns.isRoleShaped(first)) {
            return null; // "unser Wetterexperte", "Co-Moderatorin Lea Brandt", "Kommissar X"
        }
        Span span = Names.personAt(words, p);
        if (span == null || span.from() != p || span.to() - span.from() < 2) {
            return null;
        }
        for (int k = span.from(); k < span.to(); k++) {
            if (PersonWords.isStaffNoun(words.get(k))) {
                return null;
            }
        }
        String last = words.get(span.to() - 1);
        if (Names.isPossessive(last)
                || NonPersonNames.isPlaceOrOrganisation(words, span.from(), span.to())) {
            return null; // "Deutschlandfunk Kultur"
        }
        if (!endsPhrase(last)
                && (span.to() >= words.size()
                        || !TOLD_OPENERS.containsCore(words.get(span.to())))) {
            return null; // "erklärt Deutschlandfunk Kultur die Woche", "spricht X mit ..."
        }
        if (endsPhrase(last) && showsPeopleAfter(words, span.to())) {
            return null; // "erzählt Lea Brandt, unsere Moderatorin, ..."
        }
        if (anotherEditionAfter(words, span.to())) {
            return null; // "Das erzählt uns Mara Quill in der nächsten Folge."
        }
        return span;
    }

    /** Whether an apposition right after the name makes its bearer one of the show's people. */
    private static boolean showsPeopleAfter(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + 3; k++) {
            String w = words.get(k);
            if (POSSESSIVES.containsCore(w) || PersonWords.isStaffNoun(w)) {
                return true;
            }
            if (endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the rest of the sentence places what is told in another edition. */
    private static boolean anotherEditionAfter(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + SENTENCE_REST_MAX_WORDS; k++) {
            String w = words.get(k);
            // not the whole of OtherEditions: its past copula "was" is German "what"
            if (OtherEpisodeWords.isBeforeOrAfter(w) || LaterEpisodes.NEXT_WORDS.containsCore(w)) {
                return true;
            }
            if (CreditLines.endsSentence(w)) {
                return false;
            }
        }
        return false;
    }

    private static void add(List<String> words, Span span, List<Mention> found) {
        if (found.stream().noneMatch(m -> m.wordIndex() == span.from())) {
            found.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
        }
    }
}
