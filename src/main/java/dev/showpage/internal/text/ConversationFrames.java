package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * A sentence that opens by framing a conversation ("In conversation with Mara Quill, Oskar Lind
 * talks about ...", "Im Gespräch mit Mara Quill spricht Oskar Lind über ...", "Em conversa com Mara
 * Quill, Oskar Lind fala de ...") names the one who asks after the "with" and the one who answers
 * as the subject of its verb of speaking: the guest is the subject, the one after "with" the host.
 */
final class ConversationFrames {

    private ConversationFrames() {}

    /**
     * The words "in" before a noun of conversation that opens a sentence, in the seven languages
     * ("in", "im", "en", "em", "nel", "nella", "no", "na"): a function-word vocabulary.
     */
    private static final Vocabulary IN_WORDS = Vocabulary.of("in im en em nel nella no na");

    /**
     * The guest of a sentence the "with" at {@code with} frames as a conversation, when the name
     * {@code named} after it is followed by a verb of speaking and its subject's name (German and
     * Dutch put the verb first: "spricht Oskar Lind") or by a comma, a name and the verb ("Mara
     * Quill, Oskar Lind talks"); null when the verb follows the name but no name follows the verb
     * ("spricht sie über"); else {@code named}, the "with" introducing its guest as usual.
     */
    static Span guest(List<String> words, int with, Span named) {
        if (with < 2
                || !PersonWords.isConversationWord(words.get(with - 1))
                || !IN_WORDS.containsCore(words.get(with - 2))
                || (with > 2 && !endsSentence(words.get(with - 3)))) {
            return named;
        }
        int after = named.to();
        String last = words.get(after - 1);
        if (!endsPhrase(last)
                && after + 2 < words.size()
                && PersonWords.isAndWord(words.get(after))) {
            Span second = Names.personAt(words, after + 1); // "with Mara Quill and Ana Gil"
            if (second != null && second.from() == after + 1) {
                after = second.to();
                last = words.get(after - 1);
            }
        }
        if (after >= words.size()) {
            return named;
        }
        if (!endsPhrase(last) && SpeakerVerbs.speaksAt(words, after)) {
            // The verb's subject answers; a pronoun ("spricht sie") or a line's end hides who. A
            // subject described first ("spricht Moderator X", "vertelt presentator X") may be the
            // crew, so the one after the "with" stays the guest, as in any "with" introduction
            Span subject = after + 1 < words.size() ? Names.personAt(words, after + 1) : null;
            if (subject != null && subject.from() == after + 1) {
                return isDeclaredHost(words, subject) ? named : subject;
            }
            boolean described =
                    after + 2 < words.size()
                            && !endsPhrase(words.get(after + 1))
                            && PersonWords.isRoleNoun(words.get(after + 1))
                            && Names.personAt(words, after + 2) != null;
            return subject != null || described ? named : null;
        }
        if (last.endsWith(",")) {
            Span subject = Names.personAt(words, after);
            return subject != null
                            && subject.from() == after
                            && !endsPhrase(words.get(subject.to() - 1))
                            && SpeakerVerbs.speaksAt(words, subject.to())
                            && !isDeclaredHost(words, subject)
                    ? subject
                    : named;
        }
        return named;
    }

    /**
     * Whether a host line of the same text names the subject ("Moderation: Jonas Weber", "Hosted by
     * Oskar Lind"): then the subject speaks as the host, and the one after "with" is the guest.
     * Read only for a sentence framed so, which few texts hold.
     */
    private static boolean isDeclaredHost(List<String> words, Span subject) {
        String name = Names.join(words, subject.from(), subject.to());
        return CreditLines.hostNames(String.join(" ", words)).contains(name);
    }

    /**
     * "said.", "so.»", "so.”", "so.)": a word that ends a sentence, a closing quotation mark or
     * bracket after.
     */
    private static boolean endsSentence(String raw) {
        int end = raw.length();
        while (end > 1
                && (QuotationMarks.closes(raw.charAt(end - 1)) || raw.charAt(end - 1) == ')')) {
            end--;
        }
        return CreditLines.endsSentence(end == raw.length() ? raw : raw.substring(0, end));
    }
}
