package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Two ways show notes tell whom the episode let the listener hear, the name followed by a comma and
 * the person's role: "Tom Reed has interviewed Mara Quill, historian, ..." ("Luca Neri ha
 * intervistato", "Paul Martin a interviewé", "Jorge Ruiz entrevistó a", "Joris van Dam heeft
 * geïnterviewd", "we have interviewed") and "We heard Mara Quill, author of ..." ("Ouvimos",
 * "Escuchamos", "Ascoltiamo", "Nous écoutons"). The role after the comma is what makes the name a
 * person's, and the one who interviews, named before the verb, is the show's, not a guest.
 */
final class HeardAndInterviewed {

    private HeardAndInterviewed() {}

    /**
     * The past participles of interviewing, and the simple pasts that need no auxiliary
     * ("entrevistó", "entrevistou", "intervistò", "interviewde", "interviewa"). German and Dutch
     * put the participle after the object ("hat Mara Quill interviewt"), so only their simple past
     * is read.
     */
    static final Vocabulary PAST_INTERVIEWS =
            Vocabulary.of(
                    "interviewed interviewé interviewée entrevistado entrevistada intervistato"
                            + " intervistata entrevistó entrevistou intervistò interviewde"
                            + " interviewa");

    /** The simple pasts of {@link #PAST_INTERVIEWS}, which stand right after their subject. */
    private static final Vocabulary SIMPLE_PASTS =
            Vocabulary.of("entrevistó entrevistou intervistò interviewde interviewa");

    /**
     * The auxiliaries of the perfect before such a participle, in the singular and the first person
     * plural: has, have, a, avons, ha, hemos, abbiamo, tem, temos.
     */
    private static final Vocabulary AUXILIARIES =
            Vocabulary.of("has have a avons ha hemos abbiamo tem temos");

    /** The auxiliaries that are themselves the first person plural: "abbiamo", "hemos". */
    private static final Vocabulary WE_AUXILIARIES = Vocabulary.of("avons hemos abbiamo temos");

    /**
     * The verbs of hearing and listening in the first person plural that open a sentence and give
     * the people an episode lets be heard: "Ouvimos", "Escutamos", "Escuchamos", "Ascoltiamo",
     * "Sentiamo", "Écoutons" (after "nous").
     */
    static final Vocabulary WE_HEARD =
            Vocabulary.of("ouvimos escutamos escuchamos ascoltiamo sentiamo écoutons");

    /** How many words a name before the auxiliary may take. */
    private static final int SUBJECT_MAX_WORDS = 4;

    /** Where the name after the verb at {@code i} starts, when it is such a phrase's; else -1. */
    static int nameAfter(List<String> words, int i) {
        String word = words.get(i);
        if (endsPhrase(word) || i + 2 >= words.size()) {
            return -1;
        }
        boolean opens;
        if (PAST_INTERVIEWS.containsCore(word)) {
            opens = interviewerBefore(words, i);
        } else if (WE_HEARD.containsCore(word)) {
            opens = i == 0 || CreditLines.endsSentence(words.get(i - 1)) || isWe(words, i - 1);
        } else {
            return -1;
        }
        if (!opens) {
            return -1;
        }
        int start = i + 1;
        if (Vocabulary.coreIs(words.get(start), "a") || Vocabulary.coreIs(words.get(start), "al")) {
            start++; // "entrevistó a Mara Quill"
        }
        return apposedRole(words, start) ? start : -1;
    }

    /**
     * Whether a person's name starts at {@code start} and a comma and a role noun follow it ("Mara
     * Quill, historian", "Mara Quill, co-autora do podcast"), the role not the show's own.
     */
    static boolean apposedRole(List<String> words, int start) {
        Span span = start < words.size() ? Names.personAt(words, start) : null;
        if (span == null || span.from() != start || span.to() >= words.size()) {
            return false;
        }
        String last = words.get(span.to() - 1);
        String role = words.get(span.to());
        return last.endsWith(",")
                && !Names.isPossessive(last)
                && Character.isLowerCase(role.charAt(0))
                && PersonWords.isRoleNoun(role)
                && !ShowCircleWords.isShowsOwn(role);
    }

    /**
     * Whether the one who interviewed stands before the verb at {@code i}: a person's name or "we"
     * and an auxiliary, or a name right before a simple past. An outlet ("The BBC has
     * interviewed"), a pronoun of the third person or a noun leaves the phrase unread, and so does
     * the passive ("Mara Quill was interviewed by ...", which has no auxiliary of the perfect).
     */
    private static boolean interviewerBefore(List<String> words, int i) {
        int subjectEnd = i;
        if (!SIMPLE_PASTS.containsCore(words.get(i))) {
            if (i == 0 || !AUXILIARIES.containsCore(words.get(i - 1))) {
                return false;
            }
            if (WE_AUXILIARIES.containsCore(words.get(i - 1))
                    && (i == 1 || CreditLines.endsSentence(words.get(i - 2)))) {
                return true; // "Abbiamo intervistato", "Hemos entrevistado"
            }
            subjectEnd = i - 1;
            if (isWe(words, subjectEnd - 1)) {
                return true; // "We have interviewed", "Nous avons interviewé"
            }
        }
        for (int from = subjectEnd - 2;
                from >= 0 && from >= subjectEnd - SUBJECT_MAX_WORDS;
                from--) {
            Span span = Names.personAt(words, from);
            if (span != null
                    && span.from() == from
                    && span.to() == subjectEnd
                    && !endsPhrase(words.get(subjectEnd - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the participle at {@code i} ("intervistato", "entrevistada") is a verb inside a
     * clause ("Paolo Neri ha intervistato Giulia Conti"), not a guest list's heading
     * ("Intervistata: Giulia Conti"): only this phrase, with its role after the name, reads it
     * then.
     */
    static boolean isPastVerb(List<String> words, int i) {
        return i > 0
                && PAST_INTERVIEWS.containsCore(words.get(i))
                && !endsPhrase(words.get(i))
                && !endsPhrase(words.get(i - 1));
    }

    /** "we", "nous" at {@code k}, not the end of a phrase. */
    private static boolean isWe(List<String> words, int k) {
        return k >= 0 && !endsPhrase(words.get(k)) && WE.containsCore(words.get(k));
    }

    /** The first person plural pronouns of the languages that write them before the verb. */
    private static final Vocabulary WE = Vocabulary.of("we nous");

    /** The words a phrase of {@link #nameAfter} stands on. */
    static final List<Vocabulary> STARTS = List.of(PAST_INTERVIEWS, WE_HEARD);
}
