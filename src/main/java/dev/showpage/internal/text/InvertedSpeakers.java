package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Sentences where the verb of telling comes before the person who tells, as German and Dutch put
 * it after a word that opens the sentence, and the Romance languages after an object: "In dieser
 * Folge erzählt Dr. Mara Quill, wie ...", "Heute erklärt die Kuratorin Mara Quill, warum ...",
 * "Außerdem berichtet Mara Quill von ...", "..., das erzählt uns Mara Quill", "In deze aflevering
 * vertelt Mara Quill hoe ...", "En este episodio nos cuenta Mara Quill cómo ...", "In questa
 * puntata ci racconta Mara Quill come ...", "Neste episódio, conta-nos Mara Quill como ...",
 * "c'est ce que nous raconte Mara Quill", "ce lo racconta Mara Quill".
 *
 * <p>What opens the sentence must be one of three things: words of the episode or of today alone
 * ("In dieser Folge", "Heute", "En este episodio": no "In der letzten Folge"), an adverb of what
 * comes next ("Außerdem", "Daarnaast", "Además", "Inoltre"), or a word that takes up what was just
 * said ("das", "dat", "eso", "ce que", "ce lo"). The name must be a full name (a first name alone
 * is most often the host's), may follow a title or a role ("die Fotografin"), but no host's word
 * ("Moderatorin Lea Brandt"); and the one who speaks "with" someone ("In dieser Folge spricht Lea
 * Brandt mit ...") is the one who asks, not the guest.
 */
final class InvertedSpeakers {

    private InvertedSpeakers() {}

    /**
     * The verbs of telling in the third person present, in German, Dutch, French, Spanish, Italian
     * and Portuguese (English puts no verb of telling before its subject but in quotes), and the
     * Portuguese forms with the listener's pronoun joined on ("conta-nos").
     */
    static final String VERBS =
            "erzählt berichtet erklärt spricht beschreibt verrät schildert vertelt beschrijft"
                    + " praat raconte explique décrit parle cuenta explica relata describe habla"
                    + " racconta spiega descrive parla conta fala descreve conta-nos explica-nos"
                    + " fala-nos";

    private static final Vocabulary VERB_WORDS = Vocabulary.of(VERBS);

    /** "cuenta", "conta": without a listener's pronoun they may mean "has" before "con", "com". */
    private static final Vocabulary MAY_MEAN_HAS = Vocabulary.of("cuenta conta");

    /** The listener's pronoun after the verb (German, Dutch): "erzählt uns", "vertelt ons". */
    private static final Vocabulary PRONOUNS_AFTER = Vocabulary.of("uns ons");

    /** The listener's pronoun before the verb (Romance): "nos cuenta", "ci racconta". */
    private static final Vocabulary PRONOUNS_BEFORE = Vocabulary.of("nos nous ci");

    /** "Today", the opener's other word beside one for the episode. */
    private static final Vocabulary TODAY =
            Vocabulary.of("heute vandaag hoy oggi hoje aujourd'hui aujourd’hui");

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

    /**
     * The nouns for a host or presenter in the seven languages: the one they describe tells as the
     * show's voice, not as its guest.
     */
    private static final Vocabulary HOST_NOUNS =
            Vocabulary.of(
                    "host gastgeber gastgeberin moderator moderatorin presentator presentatrice"
                            + " présentateur présentatrice animateur animatrice presentador"
                            + " presentadora conductor conductora conduttore conduttrice"
                            + " presentatore presentatrice apresentador apresentadora");

    /** Most words of an opener before the verb: "In dieser Folge", "Dans cet épisode,". */
    private static final int OPENER_MAX_WORDS = 4;

    /** The people that such sentences let speak. */
    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int v = 1; v < words.size() - 1; v++) {
            String verb = words.get(v);
            if (credit[v] || !VERB_WORDS.containsCore(verb) || endsPhrase(verb)) {
                continue;
            }
            int before = v - 1; // the word before the verb, past a listener's pronoun
            boolean pronoun = false;
            if (PRONOUNS_BEFORE.containsCore(words.get(before)) && !endsPhrase(words.get(before))) {
                before--;
                pronoun = true;
            }
            int at = v + 1;
            if (at < words.size() && PRONOUNS_AFTER.containsCore(words.get(at))) {
                at++;
                pronoun = true;
            }
            pronoun |= verb.contains("-");
            if (before < 0
                    || (MAY_MEAN_HAS.containsCore(verb) && !pronoun)
                    || !opens(words, before)) {
                continue;
            }
            Span span = nameAt(words, at);
            if (span != null) {
                add(words, span, found);
            }
        }
    }

    /** Whether the words up to {@code last} open a sentence whose verb comes before its subject. */
    private static boolean opens(List<String> words, int last) {
        String w = words.get(last);
        if (TAKE_UP.containsCore(w) && !endsPhrase(w)) {
            return true; // "..., das erzählt uns", "Eso nos cuenta"
        }
        if (THAT.containsCore(w)
                && last > 0
                && BEFORE_THAT.containsCore(words.get(last - 1))
                && !endsPhrase(words.get(last - 1))) {
            return true; // "c'est ce que nous raconte", "es lo que nos explica"
        }
        if (Vocabulary.coreIs(w, "lo") && last > 0 && Vocabulary.coreIs(words.get(last - 1), "ce")) {
            return true; // "ce lo racconta"
        }
        int start = last;
        while (start > 0 && !CreditLines.endsSentence(words.get(start - 1))) {
            start--;
        }
        if (last - start + 1 > OPENER_MAX_WORDS) {
            return false;
        }
        if (start == last && NEXT_ADVERBS.containsCore(w)) {
            return true; // "Außerdem erklärt", "Además, explica"
        }
        boolean episode = false;
        for (int k = start; k <= last; k++) {
            String o = words.get(k);
            if (!CompanionPhrases.FILLERS.containsCore(o) || (k < last && endsPhrase(o))) {
                return false;
            }
            episode |= PersonWords.isConversationNoun(o) || TODAY.containsCore(o);
        }
        return episode;
    }

    /**
     * The full name at {@code at}, past a title or an article and a role; null when there is none,
     * when a host's word describes it, or when the one named speaks with someone else.
     */
    private static Span nameAt(List<String> words, int at) {
        int p = at;
        if (p + 1 < words.size()
                && ARTICLES.containsCore(words.get(p))
                && (PersonWords.isRoleNoun(words.get(p + 1))
                        || GermanRoleNouns.articleBefore(words, p + 1) == p)) {
            p += 2; // "die Fotografin Mara Quill", "la historiadora Mara Quill"
        } else if (p < words.size()
                && PersonWords.isRoleNoun(words.get(p), true)
                && !Names.isNameWord(words.get(p))) {
            p++; // "Kuratorin Mara Quill"
        }
        if (p >= words.size() || endsPhrase(words.get(p - 1))) {
            return null;
        }
        Span span = Names.personAt(words, p);
        if (span == null || span.from() > p + 2 || span.to() - span.from() < 2) {
            return null;
        }
        for (int k = at; k < span.to(); k++) {
            if (PersonWords.isHostWord(words.get(k)) || HOST_NOUNS.containsCore(words.get(k))) {
                return null; // "erzählt Moderatorin Lea Brandt", "cuenta nuestro host Lea Brandt"
            }
        }
        String last = words.get(span.to() - 1);
        if (Names.isPossessive(last)) {
            return null;
        }
        if (!endsPhrase(last)
                && span.to() < words.size()
                && PersonWords.isWithWord(words.get(span.to()))) {
            return null; // "spricht Lea Brandt mit ...": the one who asks
        }
        return span;
    }

    private static void add(List<String> words, Span span, List<Mention> found) {
        if (found.stream().noneMatch(m -> m.wordIndex() == span.from())) {
            found.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
        }
    }
}
