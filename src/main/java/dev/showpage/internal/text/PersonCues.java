package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.words;

import java.util.List;

/**
 * Whether an episode's notes speak of a name as of a person: the name followed by a verb a person
 * does, by a handle in brackets, the surname after an honorific, or a possessive.
 */
final class PersonCues {

    private PersonCues() {}

    /**
     * Whether the notes speak of the name as of a person: the name followed by a verb a person does
     * ("Mara Quill is", "Mara Quill hosts") or by a bracket ("Mara Quill (@mara)"), the surname
     * after an honorific ("Dr. Quill"), or the first name or surname in the possessive ("Mara’s").
     */
    static boolean spokenOfAsPerson(String name, List<String> notes) {
        List<String> nameWords = words(name);
        String first = nameWords.get(0);
        String last = nameWords.get(nameWords.size() - 1);
        for (String note : notes) {
            if (!note.contains(last) && !note.contains(first)) {
                continue;
            }
            List<String> words = words(note);
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String c = core(w);
                if (Names.isPossessive(w)
                        && (c.startsWith(first) || c.startsWith(last))
                        && c.length() - 2 <= Math.max(first.length(), last.length())
                        && (c.substring(0, c.length() - 2).equals(first)
                                || c.substring(0, c.length() - 2).equals(last))) {
                    return true;
                }
                if (c.equals(last)
                        && i > 0
                        && PersonWords.isHonorific(words.get(i - 1))
                        && nameWords.size() > 1) {
                    return true;
                }
                if ((c.equals(first) || c.equals(last)) && (withMe(words, i) || bareS(w, c))) {
                    return true; // "Dan and I talked", "Carlos’ book"
                }
                if (matchesAt(words, i, nameWords)) {
                    if (i > 0
                            && nameWords.size() > 1
                            && !endsPhrase(words.get(i - 1))
                            && (PersonWords.isRoleNoun(words.get(i - 1))
                                    || PersonWords.isHostWord(words.get(i - 1)))) {
                        return true; // "host Mara Quill", "the author Mara Quill"
                    }
                    int after = i + nameWords.size();
                    if (after < words.size()
                            && !endsPhrase(words.get(after - 1))
                            && (PersonWords.isPersonVerb(words.get(after))
                                    || SpeakerVerbs.speaksAt(words, after)
                                    || words.get(after).startsWith("(@"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Dan and I", "Ana e eu", "Sara et moi": the name with the one who writes the notes. */
    private static boolean withMe(List<String> words, int at) {
        return at + 2 < words.size()
                && !endsPhrase(words.get(at))
                && PersonWords.isAndWord(words.get(at + 1))
                && PersonWords.isFirstPerson(words.get(at + 2));
    }

    /** "Carlos’", "James'": the possessive of a name ending in s, an apostrophe alone. */
    private static boolean bareS(String raw, String core) {
        return core.endsWith("s")
                && raw.length() == core.length() + 1
                && (raw.endsWith("'") || raw.endsWith("\u2019"))
                && Character.isUpperCase(core.codePointAt(0));
    }

    private static boolean matchesAt(List<String> words, int at, List<String> name) {
        if (at + name.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < name.size(); j++) {
            String w = core(words.get(at + j));
            if (!w.equals(core(name.get(j)))) {
                return false;
            }
        }
        return true;
    }
}
