package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The people an episode lets be heard when the show says so in the first person plural at a
 * sentence's start, each name followed by a comma and the person's role: "Ouvimos Ana Lima, autora
 * do livro Marés, ..." ("Escuchamos", "Ascoltiamo", "Sentiamo", "Nous écoutons"). Music shows use
 * the same verbs for the records they play, so a performer's role or a work named after the role
 * ("Ascoltiamo X, cantautore, con ...") leaves the phrase unread.
 *
 * <p>"X has interviewed Y, role" is not read: whoever stands before the verb may be a reporter of
 * another outlet or a guest, and the one interviewed then is no guest of the episode.
 */
final class HeardAndInterviewed {

    private HeardAndInterviewed() {}

    /**
     * The past participles of interviewing, and the simple pasts that need no auxiliary
     * ("entrevistó", "entrevistou", "intervistò", "interviewde", "interviewa"): used only to keep
     * such a verb inside a clause from being read as a guest list's heading.
     */
    static final Vocabulary PAST_INTERVIEWS =
            Vocabulary.of(
                    "interviewed interviewé interviewée entrevistado entrevistada intervistato"
                            + " intervistata entrevistó entrevistou intervistò interviewde"
                            + " interviewa");

    /**
     * The verbs of hearing and listening in the first person plural that open a sentence and give
     * the people an episode lets be heard: "Ouvimos", "Escutamos", "Escuchamos", "Ascoltiamo",
     * "Sentiamo", "Écoutons" (after "nous").
     */
    static final Vocabulary WE_HEARD =
            Vocabulary.of("ouvimos escutamos escuchamos ascoltiamo sentiamo écoutons");

    /**
     * The roles of music performers in the seven languages, whose names after "we hear" are the
     * record being played, not a guest: singer, songwriter, band, rapper, musician, composer,
     * pianist, guitarist, and their French, German, Spanish, Italian, Portuguese and Dutch words.
     */
    private static final Vocabulary PERFORMER_ROLES =
            Vocabulary.of(
                    "singer singer-songwriter songwriter band rapper musician composer pianist"
                            + " guitarist drummer dj chanteur chanteuse auteur-compositeur"
                            + " auteure-compositrice musicien musicienne compositeur"
                            + " compositrice groupe sänger sängerin liedermacher liedermacherin"
                            + " musiker musikerin komponist komponistin cantante cantautor"
                            + " cantautora músico música compositor compositora grupo banda"
                            + " cantautore cantautrice musicista compositore gruppo"
                            + " cantor cantora zanger zangeres muzikant componist");

    /**
     * The prepositions that tie a performer to a work after the role ("with", "con", "avec",
     * "dans", "mit", "em", "com", "met", "in"): "Nous écoutons X, chanteur, dans Ne me quitte pas".
     */
    private static final Vocabulary WITH_A_WORK =
            Vocabulary.of("with con avec dans mit em com met in");

    /** Where the name after the verb at {@code i} starts, when it is such a phrase's; else -1. */
    static int nameAfter(List<String> words, int i) {
        String word = words.get(i);
        if (endsPhrase(word) || i + 2 >= words.size() || !WE_HEARD.containsCore(word)) {
            return -1;
        }
        boolean opens =
                i == 0
                        || CreditLines.endsSentence(words.get(i - 1))
                        || (isWe(words, i - 1)
                                && (i == 1 || CreditLines.endsSentence(words.get(i - 2))));
        if (!opens) {
            return -1;
        }
        int start = GuestWordPhrases.personalA(words, i + 1); // "Escuchamos a Lucía Pérez"
        if (!apposedRole(words, start)) {
            return -1;
        }
        Span span = Names.personAt(words, start);
        return isPerformer(words, span.to()) ? -1 : start;
    }

    /**
     * Whether the role at {@code role} is a music performer's, or a work follows it: "X,
     * cantautore, con Albachiara", "X, chanteuse, avec La vie en rose".
     */
    private static boolean isPerformer(List<String> words, int role) {
        if (PERFORMER_ROLES.containsCore(words.get(role))) {
            return true;
        }
        if (!words.get(role).endsWith(",") || role + 2 >= words.size()) {
            return false;
        }
        String next = words.get(role + 1);
        return WITH_A_WORK.containsCore(next)
                && !endsPhrase(next)
                && Character.isUpperCase(words.get(role + 2).charAt(0));
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
     * Whether the participle at {@code i} ("intervistato", "entrevistada") is a verb inside a
     * clause ("Paolo Neri ha intervistato Giulia Conti"), not a guest list's heading
     * ("Intervistata: Giulia Conti"), which alone is read.
     */
    static boolean isPastVerb(List<String> words, int i) {
        return i > 0
                && PAST_INTERVIEWS.containsCore(words.get(i))
                && !endsPhrase(words.get(i))
                && !endsPhrase(words.get(i - 1));
    }

    /** "nous" at {@code k}, not the end of a phrase: "Nous écoutons". */
    private static boolean isWe(List<String> words, int k) {
        return k >= 0 && !endsPhrase(words.get(k)) && Vocabulary.coreIs(words.get(k), "nous");
    }

    /** The words a phrase of {@link #nameAfter} stands on. */
    static final List<Vocabulary> STARTS = List.of(WE_HEARD);
}
