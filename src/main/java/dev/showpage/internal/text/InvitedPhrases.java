package dev.showpage.internal.text;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * German and Dutch put the participle of inviting at the clause's end, after the guest: "Heute
 * haben wir Mara Quill eingeladen", "Zu dieser Folge habe ich Mara Quill und Tom Reed eingeladen",
 * "Deze week hebben we Mara Quill uitgenodigd". The name stands right after the inverted "haben
 * wir" / "hebben we", which a word of this edition leads to ("heute", "Folge", "deze week"); the
 * participle closes the same clause a few words on, before any comma that opens another clause.
 * Another tense or person ("er hat X eingeladen", "X wurde eingeladen"), an event's invitation
 * ("Zum Sommerfest haben wir X eingeladen"), a question, a denial or a declined invitation ("doch
 * er hat abgesagt") says nothing of this episode's guest.
 */
final class InvitedPhrases {

    private InvitedPhrases() {}

    /** The participles of inviting in German and Dutch. */
    private static final Vocabulary INVITED = Vocabulary.of("eingeladen uitgenodigd");

    /** The words of {@link #INVITED}, for the text's prefilter. */
    static final String VERBS = String.join(" ", INVITED.words());

    /** The auxiliary of the perfect in the first person: "haben wir", "habe ich", "hebben we". */
    static final Vocabulary HAVE_FIRST_PERSON = Vocabulary.of("haben habe hab hebben heb");

    /** The pronoun after the inverted auxiliary: "wir", "ich", "we", "wij", "ik". */
    private static final Vocabulary WE_OR_I = Vocabulary.of("wir ich we wij ik");

    /** Most words from the name's start to the participle ("X vom Y Podcast und Z eingeladen"). */
    private static final int CLAUSE_MAX_WORDS = 14;

    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!HAVE_FIRST_PERSON.containsCore(words.get(i))
                    || Names.endsPhrase(words.get(i))
                    || !WE_OR_I.containsCore(words.get(i + 1))
                    || Names.endsPhrase(words.get(i + 1))) {
                continue;
            }
            if (!ledByThisEdition(words, i)) {
                continue;
            }
            Span span = Names.personAt(words, i + 2);
            if (span == null
                    || span.from() != i + 2
                    || credit[span.from()]
                    || Names.isPossessive(words.get(span.to() - 1))
                    || !closedByInvited(words, span.to())) {
                continue;
            }
            NamesListedAfter.addWithNext(found, words, span, credit);
        }
    }

    /**
     * The words of this edition and of today that lead a sentence to the episode's invitation, in
     * German and Dutch: "Heute", "Für diese Folge", "In der Sendung", "Deze week", "Vandaag", "In
     * deze aflevering".
     */
    private static final Vocabulary THIS_EDITION =
            Vocabulary.of(
                    "heute folge sendung episode ausgabe woche diesmal vandaag aflevering"
                            + " uitzending week keer podcast");

    /** Most words from the sentence's start to "haben wir". */
    private static final int LEAD_MAX_WORDS = 5;

    /**
     * Whether a word of {@link #THIS_EDITION}, and none of another time ("nächste Folge", "vorige
     * week"), stands in the few words of the sentence before the auxiliary at {@code have}.
     */
    private static boolean ledByThisEdition(List<String> words, int have) {
        boolean edition = false;
        for (int k = have - 1; k >= 0 && k >= have - LEAD_MAX_WORDS; k--) {
            String w = words.get(k);
            if (CreditLines.endsSentence(w) || w.endsWith(";") || w.endsWith(":")) {
                break;
            }
            if (OtherEpisodeWords.isBeforeOrAfter(w)) {
                return false;
            }
            edition |= THIS_EDITION.containsCore(w);
        }
        return edition;
    }

    /**
     * The words that deny the invitation or say it was declined, in German and Dutch: "nie",
     * "nicht", "abgesagt", "nooit", "afgezegd", "verhindert", "leider", "helaas".
     */
    private static final Vocabulary DENIALS =
            Vocabulary.of(
                    "nie niemals nicht kein keine abgesagt verhindert leider nooit niet geen"
                            + " afgezegd verhinderd helaas");

    /**
     * Whether the participle of inviting closes the clause within a few words from {@code at}: no
     * comma before a lower-case word (another clause: "zitiert, der ... eingeladen hat"), no
     * denial, and the sentence no question and no declined invitation.
     */
    private static boolean closedByInvited(List<String> words, int at) {
        for (int k = at; k < words.size() && k < at + CLAUSE_MAX_WORDS; k++) {
            String w = words.get(k);
            if (INVITED.containsCore(w)) {
                return !w.contains("?") && !deniedAfter(words, k);
            }
            if (DENIALS.containsCore(w)
                    || CreditLines.endsSentence(w)
                    || w.endsWith(";")
                    || (w.endsWith(",")
                            && k + 1 < words.size()
                            && !Character.isUpperCase(words.get(k + 1).charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the rest of the sentence after the participle at {@code invited} asks, denies or
     * declines: "eingeladen, doch er hat abgesagt", "uitgenodigd, maar hij kon niet?".
     */
    private static boolean deniedAfter(List<String> words, int invited) {
        if (CreditLines.endsSentence(words.get(invited))) {
            return false;
        }
        for (int k = invited + 1; k < words.size() && k <= invited + CLAUSE_MAX_WORDS; k++) {
            String w = words.get(k);
            if (DENIALS.containsCore(w) || w.contains("?")) {
                return true;
            }
            if (CreditLines.endsSentence(w)) {
                return false;
            }
        }
        return false;
    }
}
