package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;

/**
 * The phrases that announce a named person's coming visit to the show, after the name as its
 * subject: "Mara Quill sera dans le studio", "Mara Quill will be in the studio", "Mara Quill estará
 * en el estudio", "Mara Quill sarà in studio"; and "Mara Quill viendra nous parler de ...", "Mara
 * Quill will come and talk to us", "Mara Quill viene a hablarnos": one who will be in the studio,
 * or comes to talk to the show, is the episode's guest. The present ("X is in the studio") says as
 * often where a host, the crew or a star recording an album is, and a coming to talk to others ("X
 * viendra parler aux agriculteurs") is news: neither counts.
 */
final class PresencePhrases {

    private PresencePhrases() {}

    /** The copulas of the future, third person singular, and "will" ("be"). */
    private static final Vocabulary COPULAS = Vocabulary.of("will sera estará sarà wird será");

    /**
     * The verbs of coming, third person, present and future, and the English "come" after "will".
     */
    private static final Vocabulary COME_VERBS =
            Vocabulary.of("comes come viendra vient vendrà viene vendrá vem virá kommt komt");

    /** The infinitives of talking that follow a verb of coming ("viendra nous parler"). */
    private static final Vocabulary TALK_INFINITIVES =
            Vocabulary.of(
                    "talk speak chat parler discuter hablar charlar conversar parlare"
                            + " chiacchierare falar sprechen reden praten");

    /**
     * The pronouns of the first person plural as an object ("nous parler", "talk to us", "ci
     * parlerà", "nos va a hablar", "zu uns", "ons vertellen"): a coming toward the show.
     */
    private static final Vocabulary US = Vocabulary.of("nous us nos ci uns ons");

    /** The studio, in the seven languages. */
    private static final Vocabulary STUDIO_WORDS = Vocabulary.of("studio estudio estúdio");

    /** The words of a text that a phrase of this class needs, for the text's prefilter. */
    static final String WORDS = "studio estudio estúdio " + String.join(" ", COME_VERBS.words());

    /** Most short words between the verb and the studio or the infinitive. */
    private static final int REACH = 3;

    /** The longest function word between them: "dans", "in", "the", "nous", "a", "zu". */
    private static final int FUNCTION_WORD_MAX = 4;

    /**
     * Whether the words at {@code at} say the subject before them will be in the studio or comes.
     */
    static boolean presentAt(List<String> words, int at) {
        if (at + 1 >= words.size() || endsPhrase(words.get(at))) {
            return false;
        }
        String verb = words.get(at);
        int from = at + 1;
        if (Vocabulary.coreIs(verb, "will") || Vocabulary.coreIs(verb, "wird")) {
            String next = words.get(from);
            if (endsPhrase(next)) {
                return false;
            }
            if (COME_VERBS.containsCore(next)) {
                return comesToTalk(words, from + 1); // "will come and talk to us"
            }
            if (Vocabulary.coreIs(next, "be")) {
                return followedBy(words, from + 1, STUDIO_WORDS) >= 0; // "will be in the studio"
            }
            // "wird im Studio sein": the verb at the clause's end
            int studio =
                    Vocabulary.coreIs(verb, "wird") ? followedBy(words, from, STUDIO_WORDS) : -1;
            return studio >= 0
                    && studio + 1 < words.size()
                    && !endsPhrase(words.get(studio))
                    && Vocabulary.coreIs(words.get(studio + 1), "sein");
        }
        if (COPULAS.containsCore(verb)) {
            return followedBy(words, from, STUDIO_WORDS) >= 0;
        }
        return COME_VERBS.containsCore(verb) && comesToTalk(words, from);
    }

    /**
     * Whether an infinitive of talking stands from {@code from} with "us" as its listener: between
     * the verb and it ("viendra nous parler", "nos viene a hablar") or after it ("talk to us").
     */
    private static boolean comesToTalk(List<String> words, int from) {
        int talk = followedBy(words, from, TALK_INFINITIVES);
        if (talk < 0) {
            return false;
        }
        for (int k = from; k < talk; k++) {
            if (US.containsCore(words.get(k))) {
                return true;
            }
        }
        if (talk + 2 >= words.size() || endsPhrase(words.get(talk))) {
            return false;
        }
        String to = words.get(talk + 1);
        return (Vocabulary.coreIs(to, "to") || PersonWords.isWithWord(to))
                && !endsPhrase(to)
                && US.containsCore(words.get(talk + 2));
    }

    /**
     * Where one of {@code targets} stands within a few words from {@code from}, past short
     * lower-case function words only ("dans le", "in the", "nous", "to", "a", "im"); -1 if none.
     */
    private static int followedBy(List<String> words, int from, Vocabulary targets) {
        for (int k = from; k < words.size() && k < from + REACH; k++) {
            String w = words.get(k);
            if (targets.containsCore(w)) {
                return Character.isLowerCase(w.charAt(0)) || k > from ? k : -1;
            }
            if (endsPhrase(w)
                    || Names.core(w).length() > FUNCTION_WORD_MAX
                    || !Character.isLowerCase(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }
}
