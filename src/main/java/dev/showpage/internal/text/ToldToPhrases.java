package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest of a saying reported with whom it was said to, the way news copy closes a quotation:
 * "…», explica o jornalista Mara Quill a Oskar Lind", "…”, ha raccontato la cantante Mara Quill a
 * Oskar Lind", "…», dijo Mara Quill a Oskar Lind", "…», confie Mara Quill à Oskar Lind", "…”,
 * vertelt Mara Quill aan Oskar Lind", "…”, says Mara Quill to Oskar Lind". The verb of saying, the
 * speaker's name and the name of the one spoken to (the host) make it an interview's saying: the
 * one who said it is the guest. The one spoken to must be named; "dijo Mara Quill a la prensa"
 * tells of no interview.
 */
final class ToldToPhrases {

    private ToldToPhrases() {}

    /**
     * The verbs of saying that report a quotation, inverted before the speaker, in the third person
     * present and past (and the past participles after "ha", "a") of English, French, Spanish,
     * Italian, Portuguese and Dutch.
     */
    static final Vocabulary VERBS =
            Vocabulary.of(
                    "says said explains explained tells"
                            + " dit explique expliqué raconte raconté confie confié"
                            + " dice dijo explica explicó cuenta contó relata relató confiesa"
                            + " confesó detto spiega spiegato racconta raccontato confida"
                            + " confidato diz disse explicou conta contou relatou confessa"
                            + " confessou zegt zei vertelt vertelde");

    /**
     * The prepositions of the one spoken to ("to", "à", "a", "al", "aan", "tegen"): a function-word
     * vocabulary. German's "zu" is left out, with its verbs: it is a surname's particle as well
     * ("Jonas zu Weber"), so the speaker's name would run over it.
     */
    private static final Vocabulary TO_WORDS = Vocabulary.of("to à a al aan tegen");

    /** Most words from the verb to the speaker's name: an article and a role ("o jornalista"). */
    private static final int ROLE_MAX_WORDS = 2;

    /**
     * The speaker's name after the verb of saying at {@code verb}, when the one spoken to is named
     * after it; else null.
     */
    static Span after(List<String> words, int verb) {
        if (endsPhrase(words.get(verb))
                || verb + 4 >= words.size()
                || !afterQuotation(words, verb)) {
            return null;
        }
        Span speaker = GuestIntroductions.described(words, verb + 1);
        if (speaker == null && isArticleAndNoun(words, verb + 1)) {
            speaker = Names.personAt(words, verb + 3); // "la cantautrice Mara Quill"
        }
        if (speaker == null
                || speaker.from() > verb + 1 + ROLE_MAX_WORDS
                || speaker.to() + 2 > words.size()) {
            return null;
        }
        String to = words.get(speaker.to());
        if (endsPhrase(words.get(speaker.to() - 1))
                || endsPhrase(to)
                || !TO_WORDS.containsCore(to)
                || Names.isPossessive(words.get(speaker.to() - 1))) {
            return null;
        }
        Span listener = Names.personAt(words, speaker.to() + 1);
        return listener != null && listener.from() == speaker.to() + 1 ? speaker : null;
    }

    /** "la cantautrice", "o cozinheiro": an article, then a word in lower case, in one phrase. */
    private static boolean isArticleAndNoun(List<String> words, int at) {
        return at + 3 < words.size()
                && ARTICLES.containsCore(words.get(at))
                && !endsPhrase(words.get(at))
                && !endsPhrase(words.get(at + 1))
                && Character.isLowerCase(words.get(at + 1).charAt(0));
    }

    /** The definite articles before a speaker's role, in the seven languages. */
    private static final Vocabulary ARTICLES =
            Vocabulary.of("the le la l' der die el il lo o a de het");

    /** Most words from the quotation's close to the verb: "…”. Lo ha raccontato", "…», explica". */
    private static final int QUOTE_REACH = 3;

    /** Marks that close a quotation. */
    private static final String CLOSING_QUOTES = "\u201D\u201C\u00BB\u201C\"";

    /** Whether a quotation closes in the few words before the verb at {@code verb}. */
    private static boolean afterQuotation(List<String> words, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - QUOTE_REACH; k--) {
            String w = words.get(k);
            int end = w.length();
            while (end > 0 && ",.;:!?".indexOf(w.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > 0 && CLOSING_QUOTES.indexOf(w.charAt(end - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
