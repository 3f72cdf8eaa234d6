package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;

/**
 * The past forms of interviewing, which head a guest list only when they stand alone
 * ("Intervistata: Giulia Conti"); inside a clause ("Paolo Neri ha intervistato Giulia Conti") the
 * one interviewed may be anyone's, and is not read as the episode's guest.
 */
final class PastInterviewVerbs {

    private PastInterviewVerbs() {}

    /**
     * The past participles of interviewing, and the simple pasts that need no auxiliary
     * ("entrevistó", "entrevistou", "intervistò", "interviewde", "interviewa").
     */
    static final Vocabulary WORDS =
            Vocabulary.of(
                    "interviewed interviewé interviewée entrevistado entrevistada intervistato"
                            + " intervistata entrevistó entrevistou intervistò interviewde"
                            + " interviewa");

    /**
     * Whether the word at {@code i} is such a verb inside a clause ("Paolo Neri ha intervistato
     * Giulia Conti"), not a guest list's heading ("Intervistata: Giulia Conti").
     */
    static boolean isInsideClause(List<String> words, int i) {
        return i > 0
                && WORDS.containsCore(words.get(i))
                && !endsPhrase(words.get(i))
                && !endsPhrase(words.get(i - 1));
    }
}
