package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;

/**
 * The phrases that announce a named person's presence on the show, after the name as its subject:
 * "Mara Quill sera dans le studio", "Mara Quill will be in the studio", "Mara Quill estará en el
 * estudio", "Mara Quill sarà in studio", "Mara Quill ist im Studio"; and "Mara Quill viendra nous
 * parler de ...", "Mara Quill will come to talk about ...", "Mara Quill viene a hablar de ...": one
 * who is in the studio, or comes to talk, is the episode's guest.
 */
final class PresencePhrases {

    private PresencePhrases() {}

    /** The copulas of the present and the future, third person singular, and "will" ("be"). */
    private static final Vocabulary COPULAS =
            Vocabulary.of("is will sera est estará está sarà è ist wird estará é zal");

    /**
     * The verbs of coming, third person, present and future, and the English "come" after "will".
     */
    private static final Vocabulary COME_VERBS =
            Vocabulary.of("comes come viendra vient vendrà viene vendrá vem virá kommt komt");

    /** The infinitives of talking that follow a verb of coming ("viendra nous parler"). */
    private static final Vocabulary TALK_INFINITIVES =
            Vocabulary.of(
                    "talk speak chat parler discuter hablar charlar conversar parlare"
                            + " chiacchierare falar conversar sprechen reden praten");

    /** The studio, in the seven languages. */
    private static final Vocabulary STUDIO_WORDS = Vocabulary.of("studio estudio estúdio");

    /** The words of a text that a phrase of this class needs, for the text's prefilter. */
    static final String WORDS = "studio estudio estúdio viendra vient vendrà viene vendrá virá";

    /** Most short words between the verb and the studio or the infinitive. */
    private static final int REACH = 3;

    /** The longest function word between them: "dans", "in", "the", "nous", "a", "zu". */
    private static final int FUNCTION_WORD_MAX = 4;

    /** Whether the words at {@code at} say the subject before them is in the studio or comes. */
    static boolean presentAt(List<String> words, int at) {
        if (at + 1 >= words.size() || endsPhrase(words.get(at))) {
            return false;
        }
        String verb = words.get(at);
        int from = at + 1;
        if (Vocabulary.coreIs(verb, "will") || Vocabulary.coreIs(verb, "wird")) {
            String next = words.get(from);
            if (!Vocabulary.coreIs(next, "be") && !COME_VERBS.containsCore(next)) {
                return false;
            }
            if (COME_VERBS.containsCore(next)) {
                return !endsPhrase(next) && followedBy(words, from + 1, TALK_INFINITIVES);
            }
            return !endsPhrase(next) && followedBy(words, from + 1, STUDIO_WORDS);
        }
        if (COPULAS.containsCore(verb)) {
            return followedBy(words, from, STUDIO_WORDS);
        }
        return COME_VERBS.containsCore(verb) && followedBy(words, from, TALK_INFINITIVES);
    }

    /**
     * Whether one of {@code targets} stands within a few words from {@code from}, past short
     * lower-case function words only ("dans le", "in the", "nous", "to", "a", "im").
     */
    private static boolean followedBy(List<String> words, int from, Vocabulary targets) {
        for (int k = from; k < words.size() && k < from + REACH; k++) {
            String w = words.get(k);
            if (targets.containsCore(w)) {
                return Character.isLowerCase(w.charAt(0)) || k > from;
            }
            if (endsPhrase(w)
                    || Names.core(w).length() > FUNCTION_WORD_MAX
                    || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }
}
