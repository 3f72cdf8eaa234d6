package dev.showpage.internal.text;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * German and Dutch put the participle of inviting at the clause's end, after the guest: "Heute
 * haben wir Mara Quill eingeladen", "Zu dieser Folge habe ich Mara Quill und Tom Reed eingeladen",
 * "Deze week hebben we Mara Quill uitgenodigd". The name stands right after the inverted "haben
 * wir" / "hebben we"; the participle closes the same clause a few words on. Another tense or person
 * ("er hat X eingeladen", "X wurde eingeladen") says nothing of this episode's guest.
 */
final class InvitedPhrases {

    private InvitedPhrases() {}

    /** The participles of inviting in German and Dutch. */
    private static final Vocabulary INVITED = Vocabulary.of("eingeladen uitgenodigd");

    /** The words of {@link #INVITED}, for the text's prefilter. */
    static final String VERBS = String.join(" ", INVITED.words());

    /** The auxiliary of the perfect in the first person: "haben wir", "habe ich", "hebben we". */
    private static final Vocabulary HAVE_FIRST_PERSON = Vocabulary.of("haben habe hab hebben heb");

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
            Span span = Names.personAt(words, i + 2);
            if (span == null
                    || span.from() != i + 2
                    || credit[span.from()]
                    || Names.isPossessive(words.get(span.to() - 1))
                    || !closedByInvited(words, span.to())) {
                continue;
            }
            NamesListedAfter.add(found, words, span, credit);
            NamesListedAfter.andNext(found, words, span.to(), credit);
        }
    }

    /** Whether the participle of inviting closes the clause within a few words from {@code at}. */
    private static boolean closedByInvited(List<String> words, int at) {
        for (int k = at; k < words.size() && k < at + CLAUSE_MAX_WORDS; k++) {
            String w = words.get(k);
            if (INVITED.containsCore(w)) {
                return true;
            }
            if (CreditLines.endsSentence(w) || w.endsWith(";")) {
                return false;
            }
        }
        return false;
    }
}
