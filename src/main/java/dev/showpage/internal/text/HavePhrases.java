package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest an episode "has", said with a verb of having right after a word of the episode or of
 * its time, in the seven languages: "This week we have Mara Quill", "In this episode, we have Mara
 * Quill", "Esta semana tenemos a Lucía Pérez", "en el episodio de hoy tienen a Lucía Pérez", "Hoje
 * temos Ana Lima", "Oggi abbiamo Paolo Neri", "Aujourd'hui nous avons Claire Dubois", "In dieser
 * Folge haben wir Jonas Weber", "Deze week hebben we Sabine Vermeer". Having someone is said of
 * many things ("we have Mara Quill's new book", "every week we have our host Mara Quill"), so the
 * word of time must stand right before the verb (or its pronoun), a full name right after, and what
 * follows the name must close a guest's mention ({@link GuestMentionEnds}).
 */
final class HavePhrases {

    private HavePhrases() {}

    /**
     * The verbs of having in the present, in the persons a show speaks of itself with: "have",
     * "tenemos", "tienen", "temos", "abbiamo", "avons", "haben", "habe", "hebben", "heb".
     */
    static final Vocabulary HAVE_VERBS =
            Vocabulary.of(
                    "have tenemos tengo tienen temos tenho têm abbiamo ho hanno avons haben"
                            + " habe hebben heb");

    /**
     * The words that close a phrase of the episode or of its time in the seven languages ("this
     * week", "in today's episode", "esta semana", "en el episodio", "oggi", "in dieser Folge",
     * "deze aflevering"): the common words for a day, a week, an episode and a show.
     */
    static final Vocabulary WHEN_WORDS =
            Vocabulary.of(
                    "today tonight week episode show hoy semana episodio programa hoje episódio"
                            + " oggi settimana puntata aujourd'hui aujourd’hui semaine épisode"
                            + " émission heute woche folge sendung vandaag aflevering uitzending");

    /**
     * Words of reason and sequence that may stand between an inverted verb and the name ("haben wir
     * deshalb X", "hebben we daarom X"), beside the words of time of {@link
     * CompanionPhrases#FILLERS}.
     */
    private static final Vocabulary LINKING_WORDS =
            Vocabulary.of("deshalb darum daher dafür daarom dus donc alors therefore");

    /**
     * "every week", "cada semana", "chaque semaine", "jede Woche", "ogni settimana", "elke week",
     * "semana a semana": what the show has every time is its own (a host, a section), not this
     * episode's guest.
     */
    private static final Vocabulary EVERY =
            Vocabulary.of(
                    "every each cada chaque jede jeden jeder jedes ogni elke iedere toda todas"
                            + " todos tutte tutti a");

    /** Most words between the verb (and its pronoun) and the name. */
    private static final int GAP_MAX_WORDS = 2;

    /**
     * The name the phrase whose verb is at {@code i} gives, or null; {@code classes} are the words'
     * {@link WordClasses}.
     */
    static Span after(List<String> words, int[] classes, int i) {
        if (endsPhrase(words.get(i))) {
            return null;
        }
        int before = i - 1;
        if (before > 0
                && (classes[before] & WordClasses.FIRST_PERSON) != 0
                && !endsPhrase(words.get(before))) {
            before--; // "this week we have", "aujourd'hui nous avons"
        }
        if (before < 0
                || (classes[before] & WordClasses.WHEN) == 0
                || endsSentence(words.get(before))
                || (before > 0 && EVERY.containsCore(words.get(before - 1)))) {
            return null;
        }
        int at = i + 1;
        if (at < words.size()
                && (classes[at] & WordClasses.FIRST_PERSON) != 0
                && !endsPhrase(words.get(at))) {
            at++; // "diese Woche haben wir", "deze week hebben we"
        }
        for (int gap = 0; at < words.size() && gap < GAP_MAX_WORDS; gap++) {
            String w = words.get(at);
            if (Names.isNameWord(w)
                    || endsPhrase(w)
                    || !(LINKING_WORDS.containsCore(w)
                            || CompanionPhrases.FILLERS.containsCore(w))) {
                break;
            }
            at++;
        }
        if (at + 1 < words.size()
                && (Vocabulary.coreIs(words.get(at), "a") || Vocabulary.coreIs(words.get(at), "al"))
                && !endsPhrase(words.get(at))) {
            at++; // the Spanish personal "a": "tenemos a Lucía Pérez"
        }
        if (at >= words.size() || !Names.isNameWord(words.get(at))) {
            return null;
        }
        Span span = Names.personAt(words, at);
        if (span == null || Names.isPossessive(words.get(span.to() - 1))) {
            return null; // "we have Mara Quill's new book": a thing of hers
        }
        // "Today we have Donald Trump threatening tariffs", "we have Sarah Mills, our producer":
        // having someone names the guest only when what follows closes a guest's mention
        return GuestMentionEnds.closes(words, span) ? span : null;
    }

    /**
     * A word that closes its sentence or clause: the time then speaks of what came before. The
     * sentence's end is {@link CreditLines#endsSentence}'s, so the full stop of "Dr." ends none.
     */
    private static boolean endsSentence(String raw) {
        return CreditLines.endsSentence(raw) || raw.endsWith(";") || raw.endsWith(":");
    }
}
