package dev.showpage.internal.text;

import static dev.showpage.internal.text.GuestIntroductions.described;
import static dev.showpage.internal.text.GuestIntroductions.isCopula;
import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Whether "with X" in prose names the one spoken with: a word of conversation or a first-person
 * pronoun near the "with" ("I talk with", "we sat down with", "the interview is with"), or right
 * after the name ("With Mara Quill we look at ...").
 */
final class ConversationWith {

    private ConversationWith() {}

    /** How many words before "with" a conversation word or a pronoun may stand. */
    private static final int WITH_REACH = 3;

    /**
     * A conversation word or a first-person pronoun in the few words before "with"; or, when a
     * copula stands right before it, a conversation word as the sentence's subject a little further
     * back ("the interview of the week is with X", "a entrevista da semana é com X"). A pronoun so
     * far back says nothing of "with" ("we think the answer is with X").
     */
    static boolean spokenWith(List<String> words, int with) {
        for (int k = with - 1; k >= 0 && k >= with - WITH_REACH; k--) {
            String w = words.get(k);
            if (CreditLines.endsSentence(w)) {
                return false;
            }
            if (PersonWords.isConversationWord(w) || PersonWords.speaksAsWe(w)) {
                return true;
            }
        }
        if (with < 2 || !isCopula(words.get(with - 1))) {
            return false;
        }
        // The subject of "is with": a noun of conversation, in the same clause
        for (int k = with - 2; k >= 0 && k >= with - SUBJECT_REACH; k--) {
            String w = words.get(k);
            if (endsPhrase(w)) {
                return false;
            }
            if (PersonWords.isConversationNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hablamos con Lucía Pérez, periodista, con Diego Ruiz, actor, y con Ana Gil", "mit der
     * Autorin Lea Brandt, mit dem Historiker Jonas Brandt": a "with" after a comma or an "and" that
     * goes on, in the same sentence, with the list the introduction at {@code lastWith} (a "with"
     * that introduced a guest) opened; -1 when none did. The name must stand right after the "with"
     * (or after an article and a role noun) and be closed as a guest's ({@link GuestMentionEnds}).
     */
    static boolean continuesList(List<String> words, int with, int lastWith) {
        if (lastWith < 0 || with - lastWith > LIST_REACH || with < 1) {
            return false;
        }
        String before = words.get(with - 1);
        boolean joined =
                before.endsWith(",")
                        || (PersonWords.isAndWord(before)
                                && with > 1
                                && !CreditLines.endsSentence(words.get(with - 2)));
        if (!joined) {
            return false;
        }
        for (int k = lastWith; k < with - 1; k++) {
            if (CreditLines.endsSentence(words.get(k)) || words.get(k).endsWith(";")) {
                return false;
            }
        }
        // A "with" after a comma leads as often to help, a backdrop or the crew ("with help from
        // our producer X", "con X como telón de fondo", "with X on piano"): a guest of the list
        // stands right after the "with", and what follows closes a guest's mention
        int name = with + 1 + describedRole(words, with + 1);
        Span span = name < words.size() ? Names.personAt(words, name) : null;
        return span != null
                && span.from() == name
                && !Names.isPossessive(words.get(span.to() - 1))
                && GuestMentionEnds.closes(words, span);
    }

    /**
     * How many words of role stand at {@code at} before the name of a list's guest: an article and
     * a role noun ("mit dem Historiker Jonas Brandt", "with the chemist Mara Quill"), or two joined
     * by "and" ("mit der Autorin und Moderatorin Lea Brandt"); else 0. A word of the show's crew
     * ("with the producer") leads to no guest, so it is no such role.
     */
    private static int describedRole(List<String> words, int at) {
        if (at + 2 >= words.size()
                || endsPhrase(words.get(at))
                || !ARTICLES.containsCore(words.get(at))
                || !isGuestRole(words, at + 1)) {
            return 0;
        }
        boolean second =
                at + 4 < words.size()
                        && PersonWords.isAndWord(words.get(at + 2))
                        && isGuestRole(words, at + 3);
        return second ? 4 : 2;
    }

    /** Word {@code k} as a role noun of someone who is not of the show's crew. */
    private static boolean isGuestRole(List<String> words, int k) {
        String role = words.get(k);
        if (!(PersonWords.isRoleNoun(role) || GermanRoleNouns.describesPerson(words, k))
                || endsPhrase(role)) {
            return false;
        }
        for (String form : List.of(role, GermanRoleNouns.nominative(role))) {
            if (PersonWords.isCreditWord(form)
                    || PersonWords.isHostWord(form)
                    || ShowCircleWords.CREW_WORDS.containsCore(form)
                    || ShowCircleWords.CO_HOST_WORDS.containsCore(form)) {
                return false;
            }
        }
        return true;
    }

    /** The definite and indefinite articles before a role noun, in the seven languages. */
    private static final Vocabulary ARTICLES =
            Vocabulary.of(
                    "the a an le la l' un une der die dem den ein eine einer einem el un una il lo"
                            + " uno o um uma de het een");

    /** How many words a list of "with"s may run from one "with" to the next. */
    private static final int LIST_REACH = 20;

    /** How many words before "is with" the conversation that is with someone may be named. */
    private static final int SUBJECT_REACH = 8;

    /**
     * "Com Daniel Mota conversamos", "With Mara Quill we look at ...": the conversation word or the
     * pronoun right after the name that follows "with".
     */
    static boolean spokenAfter(List<String> words, int start) {
        Span span = start < words.size() ? described(words, start) : null;
        if (span == null || span.to() >= words.size() || endsPhrase(words.get(span.to() - 1))) {
            return false;
        }
        String next = words.get(span.to());
        return PersonWords.isConversationWord(next) || PersonWords.speaksAsWe(next);
    }
}
