package dev.showpage.internal.text;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * A guest named by an apposition after the name: "Mara Quill, guest of Oskar Lind on ...", "Mara
 * Quill, invitée de l'émission", "Mara Quill, Gast von ...", "Mara Quill, invitada de ...", "Mara
 * Quill, ospite di ...", "Mara Quill, convidada do ...", "Mara Quill, te gast bij ...". The word of
 * being a guest, set off by the comma and bound to whose guest by "of", says the name is a person
 * the episode has as its guest; a guest word with no "of" after it ("Mara Quill, guest host") says
 * nothing of the kind.
 */
final class GuestAppositions {

    private GuestAppositions() {}

    /**
     * The words binding the guest word to the show or the host, in the seven languages ("of", "de",
     * "du", "von", "bei", "di", "del", "da", "do", "van", "bij", "chez"): a function-word
     * vocabulary.
     */
    private static final Vocabulary OF_WORDS =
            Vocabulary.of(
                    "of de du des d' von vom bei beim di del dello della da do dos van bij chez");

    /** Dutch "te gast": the "te" before the guest word. */
    private static final Vocabulary TE = Vocabulary.of("te");

    /**
     * The name before the guest word at {@code guest}, set off by a comma ("Mara Quill, invitée
     * de"), when the guest word is singular and followed by one of {@link #OF_WORDS}; else null.
     */
    static Span before(List<String> words, int guest) {
        int comma = guest - 1;
        if (comma >= 0 && TE.containsCore(words.get(comma)) && !words.get(comma).endsWith(",")) {
            comma--; // "Mara Quill, te gast bij"
        }
        if (comma < 1
                || guest + 2 >= words.size()
                || !words.get(comma).endsWith(",")
                || Names.endsPhrase(words.get(guest))
                || !PersonWords.GUEST_HEADING_WORDS.containsCore(words.get(guest))
                || PLURALS.containsCore(words.get(guest))
                || !OF_WORDS.containsCore(words.get(guest + 1))) {
            return null;
        }
        for (int from = comma; from >= 0 && from > comma - Names.NAME_MAX_WORDS - 1; from--) {
            if (from < comma && Names.endsPhrase(words.get(from))) {
                break; // the name runs within its clause
            }
            Span span = Names.personAt(words, from);
            if (span != null && span.from() == from && span.to() == comma + 1) {
                return Names.isPossessive(words.get(comma)) ? null : span;
            }
        }
        return null;
    }

    /** The plural guest words, which set off a list, not one name ("Mara and Oskar, guests of"). */
    private static final Vocabulary PLURALS =
            Vocabulary.of(
                    "guests invités invitées gäste invitados invitadas ospiti convidados convidadas"
                            + " gasten interviewees panelists panellists intervenants"
                            + " intervenantes entrevistados entrevistadas intervistati"
                            + " intervistate");
}
