package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.FramedConversation;
import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence that opens by framing a conversation ("In conversation with Mara Quill, Oskar Lind
 * talks about ...", "Im Gespräch mit Mara Quill spricht Oskar Lind über ...", "Em conversa com Mara
 * Quill, Oskar Lind fala de ...") names two people: the one after "with" and the subject of its
 * verb of speaking. Either may be the guest: the host speaks as often as the guest does, and a
 * paragraph cannot tell which. So the paragraph names neither ({@link #namesNeither}); the episode,
 * which knows its host lines, decides from the pair ({@link #find}): the one who is not the host.
 */
final class ConversationFrames {

    private ConversationFrames() {}

    /**
     * The words "in" before a noun of conversation that opens a sentence, in the seven languages
     * ("in", "im", "en", "em", "nel", "nella", "no", "na"): a function-word vocabulary.
     */
    private static final Vocabulary IN_WORDS = Vocabulary.of("in im en em nel nella no na");

    /**
     * Whether a paragraph's "with" at {@code with}, whose name after it is {@code named}, frames a
     * conversation whose guest the paragraph cannot tell: the guest is one of two named people
     * ({@link #find}), or the speaker is a pronoun ("spricht sie über") or lies past the line. No
     * frame there, or a speaker described by a role first ("spricht Moderator X", "vertelt
     * presentator X": perhaps the crew), leaves {@code named} introduced as usual.
     */
    static boolean namesNeither(List<String> words, int with, Span named) {
        if (!opensFrame(words, with)) {
            return false;
        }
        int after = afterNames(words, named);
        if (after >= words.size()) {
            return false;
        }
        if (speaker(words, after) != null) {
            return true;
        }
        if (speaksAt(words, after)) {
            // a verb of speaking whose subject is no name right after it
            Span subject = after + 1 < words.size() ? Names.personAt(words, after + 1) : null;
            boolean described =
                    after + 2 < words.size()
                            && !endsPhrase(words.get(after + 1))
                            && PersonWords.isRoleNoun(words.get(after + 1))
                            && Names.personAt(words, after + 2) != null;
            return subject == null && !described;
        }
        return false;
    }

    /** The frames of a paragraph that name both people, the one spoken with and the speaker. */
    static List<FramedConversation> find(String text) {
        if (!TextPrefilters.mayIntroduce(text)) {
            return List.of(); // most prose frames no conversation
        }
        return in(Names.words(text));
    }

    static List<FramedConversation> in(List<String> words) {
        List<FramedConversation> found = new ArrayList<>();
        for (int i = 2; i + 1 < words.size(); i++) {
            if (!PersonWords.isConversationWord(words.get(i - 1))
                    || !PersonWords.isWithWord(words.get(i))
                    || endsPhrase(words.get(i))
                    || !opensFrame(words, i)) {
                continue;
            }
            Span named = GuestIntroductions.described(words, i + 1);
            if (named == null) {
                continue;
            }
            Span speaker = speaker(words, afterNames(words, named));
            if (speaker != null) {
                found.add(new FramedConversation(mention(words, named), mention(words, speaker)));
            }
        }
        return found;
    }

    /**
     * The one who speaks after the names spoken with, which end before {@code after}: the name
     * right after a verb of speaking ("spricht Oskar Lind über"), or the speaking name after a
     * comma ("with Mara Quill, Oskar Lind talks"); else null. {@link #namesNeither} and {@link
     * #find} read the speaker alike, so the paragraph names no one where the episode finds a pair.
     */
    private static Span speaker(List<String> words, int after) {
        if (after >= words.size()) {
            return null;
        }
        if (speaksAt(words, after)) {
            Span subject = after + 1 < words.size() ? Names.personAt(words, after + 1) : null;
            return subject != null && subject.from() == after + 1 ? subject : null;
        }
        return commaSpeaker(words, after);
    }

    /** Whether a verb of speaking stands at {@code after}, in the phrase of the names before it. */
    private static boolean speaksAt(List<String> words, int after) {
        return !endsPhrase(words.get(after - 1)) && SpeakerVerbs.speaksAt(words, after);
    }

    private static Mention mention(List<String> words, Span span) {
        return new Mention(Names.join(words, span.from(), span.to()), span.from());
    }

    /** Whether the "with" at {@code with} follows "in" and a noun of conversation at a start. */
    private static boolean opensFrame(List<String> words, int with) {
        return with >= 2
                && PersonWords.isConversationWord(words.get(with - 1))
                && IN_WORDS.containsCore(words.get(with - 2))
                && (with == 2 || endsSentence(words.get(with - 3)));
    }

    /** The word after the names spoken with: "with Mara Quill and Ana Gil" counts both. */
    private static int afterNames(List<String> words, Span named) {
        int after = named.to();
        if (!endsPhrase(words.get(after - 1))
                && after + 2 < words.size()
                && PersonWords.isAndWord(words.get(after))) {
            Span second = Names.personAt(words, after + 1);
            if (second != null && second.from() == after + 1) {
                return second.to();
            }
        }
        return after;
    }

    /** "with Mara Quill, Oskar Lind talks": the speaker after the comma, or null. */
    private static Span commaSpeaker(List<String> words, int after) {
        if (after >= words.size() || !words.get(after - 1).endsWith(",")) {
            return null;
        }
        Span subject = Names.personAt(words, after);
        return subject != null
                        && subject.from() == after
                        && !endsPhrase(words.get(subject.to() - 1))
                        && SpeakerVerbs.speaksAt(words, subject.to())
                ? subject
                : null;
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
