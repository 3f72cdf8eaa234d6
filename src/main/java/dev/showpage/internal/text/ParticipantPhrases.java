package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest a sentence that opens on the verb of taking part names, in French, Spanish, Italian and
 * Portuguese, which put the subject after the verb: "Participe aussi la sociologue Claire Dubois.",
 * "Participa también el economista Diego Ruiz.", "Partecipa anche lo storico Paolo Neri.",
 * "Participa também o sociólogo Rui Costa.". Only the verb at the sentence's start, and at most an
 * "also" between it and the name's description, count: "Participa de la reunión el ministro X"
 * takes part in something else, and "X participa" is a sentence of its own kind.
 */
final class ParticipantPhrases {

    private ParticipantPhrases() {}

    /**
     * The verb of taking part in the third person, singular and plural, of the four languages that
     * put the subject after it.
     */
    static final Vocabulary VERBS =
            Vocabulary.of(
                    "participe participent participa participan partecipa partecipano participam");

    /** "also" in the four languages: "aussi", "également", "también", "anche", "também". */
    private static final Vocabulary ALSO = Vocabulary.of("aussi également también anche também");

    /** The articles of the four languages, before the description of the one taking part. */
    private static final Vocabulary ARTICLES =
            Vocabulary.of("le la l' les un une el los las il lo gli uno o a os as um uma");

    /** Most words of description between the article and the name ("la jeune sociologue"). */
    private static final int DESCRIPTION_MAX_WORDS = 2;

    /**
     * The name after the verb at {@code i}, when the verb opens its sentence: right after it (past
     * an "also"), or after an article and a word or two of description in lower case ("o sociólogo
     * Rui Costa"); null otherwise. An article right before a capitalised word leads to an
     * institution as often ("la Regione Toscana"), so it needs its description.
     */
    static Span after(List<String> words, int i) {
        if ((i > 0 && !CreditLines.endsSentence(words.get(i - 1)))
                || endsPhrase(words.get(i))
                || i + 1 >= words.size()) {
            return null;
        }
        int at = i + 1;
        if (ALSO.containsCore(words.get(at)) && !endsPhrase(words.get(at))) {
            at++;
        }
        if (at >= words.size()) {
            return null;
        }
        if (ARTICLES.containsCore(words.get(at)) && !endsPhrase(words.get(at))) {
            int described = at + 1;
            while (described < words.size()
                    && described - at <= DESCRIPTION_MAX_WORDS
                    && Character.isLowerCase(words.get(described).charAt(0))
                    && !endsPhrase(words.get(described))) {
                described++;
            }
            if (described == at + 1 || described - at > DESCRIPTION_MAX_WORDS + 1) {
                return null;
            }
            at = described;
        }
        Span span = at < words.size() ? Names.personAt(words, at) : null;
        return span != null && span.from() == at && !Names.isPossessive(words.get(span.to() - 1))
                ? span
                : null;
    }
}
