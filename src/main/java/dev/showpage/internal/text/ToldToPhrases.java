package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest a sentence says told or explained something to the host, as the Romance languages and
 * Dutch put the speaker after the verb: "explica o jornalista Rui Costa a Ana Lima", "lo ha
 * raccontato la storica Giulia Conti a Paolo Neri", "explique l'autrice Claire Dubois à Paul
 * Martin", "cuenta la periodista Lucía Pérez a Jorge Ruiz", "vertelt visser Joris van Dam aan
 * Sabine Vermeer". The verb is at word {@link WordClasses#TOLD}.
 *
 * <p>A role noun before the first name and a second name right after "a", "à" or "aan" are what
 * make the one a guest and the other the one who asked: "explica o ministro a jornalistas" names no
 * one, and "conta Rui Costa" without a role nor a listener is a story told.
 */
final class ToldToPhrases {

    private ToldToPhrases() {}

    /**
     * The verbs of telling and explaining in the third person, present and past (participles after
     * "ha", "a", "heeft"), in Portuguese, Spanish, Italian, French and Dutch.
     */
    static final Vocabulary VERBS =
            Vocabulary.of(
                    "explica explicou conta contou relata relatou explicó cuenta contó relató"
                            + " racconta raccontato raccontò spiega spiegato spiegò explique"
                            + " expliqué raconte raconté vertelt vertelde verteld");

    /** The articles of the one who tells, before the role noun (none in Dutch). */
    private static final Vocabulary ARTICLES = Vocabulary.of("o a la le l' el il lo de het");

    /** The fewest letters of a feminine role by its ending ("matrice" is a thing). */
    private static final int FEMININE_MIN_LENGTH = 7;

    /** The feminine nouns of the one who hosts, in Italian and French. */
    private static final Vocabulary HOSTS =
            Vocabulary.of(
                    "conduttrice presentatrice animatrice coconduttrice co-conduttrice"
                            + " coanimatrice co-animatrice intervistatrice");

    /** The word before the listener: "a", "à", "al", "aan". */
    private static final Vocabulary TO = Vocabulary.of("a à al aan");

    /** The name of the guest who tells, after the verb at {@code i}; null when no such phrase. */
    static Span after(List<String> words, int i) {
        int role = i + 1;
        if (role < words.size() && ARTICLES.containsCore(words.get(role))) {
            role++;
        }
        if (endsPhrase(words.get(i)) || role + 1 >= words.size() || !isGuestRole(words.get(role))) {
            return null;
        }
        Span span = Names.personAt(words, role + 1);
        if (span == null || span.from() != role + 1 || span.to() + 1 >= words.size()) {
            return null;
        }
        String last = words.get(span.to() - 1);
        if (endsPhrase(last)
                || Names.isPossessive(last)
                || !TO.containsCore(words.get(span.to()))) {
            return null;
        }
        Span listener = Names.personAt(words, span.to() + 1);
        return listener != null && listener.from() == span.to() + 1 ? span : null;
    }

    /**
     * A lower-case role noun of someone who is not of the show's own people; the Italian and French
     * feminine of "-tore"/"-teur" ("cantautrice", "scrittrice", "actrice") too, which the
     * vocabulary of role nouns takes by no ending. The women who host are no guests ("la
     * conduttrice", "l'animatrice", "la presentatrice").
     */
    private static boolean isGuestRole(String raw) {
        // "l'auteur": the French article elided onto the role
        boolean elided = raw.length() > 2 && (raw.startsWith("l'") || raw.startsWith("l\u2019"));
        String word = elided ? raw.substring(2) : raw;
        String core = Names.core(word);
        boolean feminine =
                core.length() > FEMININE_MIN_LENGTH
                        && core.endsWith("trice")
                        && Character.isLowerCase(core.charAt(0));
        return (PersonWords.isRoleNoun(word) || feminine)
                && !HOSTS.containsCore(word)
                && !endsPhrase(word)
                && !PersonWords.isHostWord(word)
                && !PersonWords.isCreditWord(word)
                && !ShowCircleWords.CREW_WORDS.containsCore(word);
    }
}
