package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.words;

import java.util.List;

/**
 * Whether an episode's notes show the person a title names alone ("Episode 64: Mara Quill") as the
 * one interviewed: the surname as the subject of a guest's verb ("Quill tells ...", "Quill explains
 * ..."), or an interview with the host by first name ("talks with Michael", "sits down with
 * Michael", "tells Michael") whose speaker the notes only describe ("the editor of ...", "he") and
 * never name, nor name anyone else as a guest. A history show's "Episode 12: Ada Lovelace" whose
 * notes name her, or name the historian who talks, gives no such cue.
 */
final class InterviewCues {

    private InterviewCues() {}

    /** The verbs after which "with" and a first name say someone talks with the host. */
    private static final Vocabulary TALK_VERBS =
            Vocabulary.of(
                    "talks speaks chats sits parle discute spricht plaudert habla charla conversa"
                            + " parla chiacchiera fala praat");

    /** The verbs whose object is the one told: "tells Michael", "raconte à Michael". */
    private static final Vocabulary TELL_VERBS = Vocabulary.of("tells");

    static boolean interviewed(String name, List<String> notes) {
        List<String> nameWords = words(name);
        if (nameWords.size() < 2) {
            return false;
        }
        String first = core(nameWords.get(0));
        String last = core(nameWords.get(nameWords.size() - 1));
        boolean named = false;
        boolean talksWithHost = false;
        for (String note : notes) {
            List<String> words = words(note);
            for (int i = 0; i < words.size(); i++) {
                String c = core(words.get(i));
                if (c.equals(last) && surnameSpeaks(words, i)) {
                    return true; // "Quill tells", "Quill explains"
                }
                named |= c.equals(first) || c.equals(last);
                talksWithHost |= hostAfter(words, i);
            }
            if (!Names.introduced(note, false).isEmpty()) {
                named = true; // someone else is the guest the notes introduce
            }
        }
        return talksWithHost && !named;
    }

    /** The surname at {@code i} as the subject of a guest's verb. */
    private static boolean surnameSpeaks(List<String> words, int i) {
        return i + 1 < words.size()
                && !endsPhrase(words.get(i))
                && TitleGuests.GUEST_VERBS.contains(words.get(i + 1));
    }

    /**
     * Whether a verb of talk at {@code i} goes to a first name alone: "talks with Michael", "sits
     * down with Michael", "tells Michael how".
     */
    private static boolean hostAfter(List<String> words, int i) {
        String w = words.get(i);
        if (endsPhrase(w)) {
            return false;
        }
        int at;
        if (TELL_VERBS.containsCore(w)) {
            at = i + 1;
        } else if (TALK_VERBS.containsCore(w)) {
            at = i + 1;
            if (at < words.size() && Vocabulary.coreIs(words.get(at), "down")) {
                at++;
            }
            if (at >= words.size()
                    || !PersonWords.isWithWord(words.get(at))
                    || endsPhrase(words.get(at))) {
                return false;
            }
            at++;
        } else {
            return false;
        }
        return at < words.size() && firstNameAlone(words, at);
    }

    private static boolean firstNameAlone(List<String> words, int at) {
        String w = words.get(at);
        if (!Names.isNameWord(w)
                || PersonWords.isHonorific(w)
                || PersonWords.isHostWord(w)
                || PersonWords.isGuestHeadingWord(w)) {
            return false;
        }
        return at + 1 == words.size()
                || endsPhrase(w)
                || Character.isLowerCase(words.get(at + 1).codePointAt(0));
    }
}
