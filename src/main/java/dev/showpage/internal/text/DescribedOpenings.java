package dev.showpage.internal.text;

import static dev.showpage.internal.text.GuestIntroductions.isCopula;
import static dev.showpage.internal.text.Names.isNameWord;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.words;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest a text opens by describing: "Mara Quill is a historian ...", "Dr. Mara Quill, PhD, is
 * the head of ...", maybe after a question or two that open the notes.
 */
final class DescribedOpenings {

    private DescribedOpenings() {}

    /** How much of a text's start may hold the name, the "is" and the role of an opening. */
    private static final int OPENING_MAX_CHARS = 200;

    /**
     * The first sentence of a guest's introduction: "Mara Quill is a historian ...", "Dr. Mara
     * Quill, PhD, is the head of ...": a name, then "is"/"was" and a role noun within a few words.
     */
    static List<Mention> describedPerson(String text) {
        String opening = Names.opening(text, OPENING_MAX_CHARS);
        if (opening.indexOf('?') < 0) {
            // Without a question the name must be the opening's first word (or follow an
            // honorific there): most openings are told by that word, without splitting them
            String first = Names.firstOfWords(opening);
            if (first.isEmpty() || !(isNameWord(first) || PersonWords.isHonorific(first))) {
                return List.of();
            }
        }
        List<String> words = words(opening);
        int from = afterOpeningQuestions(words);
        Span span = from < words.size() ? Names.personAt(words, from) : null;
        if (span == null
                || span.from() > from + 1
                || Names.isPossessive(words.get(span.to() - 1))
                || holdsGuestWord(words, span)) {
            return List.of(); // "Zu Gast ist X": the words for a guest are no one's name
        }
        int i = span.to();
        if (words.get(i - 1).endsWith(",")) {
            int verb = ArrivalPhrases.verbAfterName(words, span.to());
            if (verb > 0
                    && TitleGuests.roleInApposition(words, span.to())
                    && (PersonWords.isPersonVerb(words.get(verb))
                            || SpeakerVerbs.speaksAt(words, verb))
                    && !PersonWords.isHostWord(words.get(verb))) {
                // "Mara Quill, a lamp keeper from the north, explains how ...": the apposition
                // gives the role
                return List.of(new Mention(join(words, span.from(), span.to()), span.from()));
            }
            // "Mara Quill, PhD, is": one short apposition
            while (i < words.size() && i < span.to() + 3 && !words.get(i).endsWith(",")) {
                i++;
            }
            i++;
        }
        if (i >= words.size()
                || !(isCopula(words.get(i)) || PersonWords.isPersonVerb(words.get(i)))
                || PersonWords.isHostWord(words.get(i))) {
            return List.of();
        }
        int copula = isCopula(words.get(i)) ? i : -1;
        for (int k = i + 1; k < words.size() && k <= i + DESCRIBED_MAX_WORDS; k++) {
            String w = words.get(k);
            boolean nearCopula = copula >= 0 && k - copula <= ROLE_AFTER_COPULA;
            if ((copula == i && k <= i + 8 && PersonWords.isRoleNoun(w))
                    || (nearCopula && PersonWords.isRoleNoun(w, true))) {
                return List.of(new Mention(join(words, span.from(), span.to()), span.from()));
            }
            if (CreditLines.endsSentence(w)) {
                break;
            }
            if (isCopula(w)) {
                copula = k; // "Mara Quill hat ... gegründet und ist seit Jahren Abgeordnete"
            }
        }
        return List.of();
    }

    private static boolean holdsGuestWord(List<String> words, Span span) {
        for (int k = span.from(); k < span.to(); k++) {
            if (PersonWords.isGuestHeadingWord(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** How many words of one sentence after the name its description is read in. */
    private static final int DESCRIBED_MAX_WORDS = 16;

    /** How near after a copula a role noun in capitals stands ("ist seit Jahren Abgeordneter"). */
    private static final int ROLE_AFTER_COPULA = 4;

    /**
     * Where the opening's first sentence that is no question starts: notes often open with one or
     * two questions ("Is the lamp still needed? Mara Quill is a historian ..."), or a number and a
     * question ("254 | Is the lamp still needed?"); 0 when the opening has none.
     */
    private static int afterOpeningQuestions(List<String> words) {
        int at = 0;
        for (int questions = 0; questions < 2; questions++) {
            int end = at;
            while (end < words.size()
                    && end < at + 16
                    && !CreditLines.endsSentence(words.get(end))) {
                end++;
            }
            if (end >= words.size() || !words.get(end).endsWith("?")) {
                return at;
            }
            at = end + 1;
        }
        return at;
    }
}
