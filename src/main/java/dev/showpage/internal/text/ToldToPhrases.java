package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest who tells the host something, in the Romance languages, where the one spoken to follows
 * "a" or "à": "Lucía Pérez le cuenta a Diego", "Ana Lima contou a Rita como ...", "disse Rui Costa
 * à Rita", "explica la periodista Lucía Pérez a Diego Ruiz", "racconta Paolo Neri a Giulia",
 * "Claire Dubois raconte à Marc". Notes of an interview show say so of its guest, whose words the
 * host hears; the one spoken to must be named (a person with a capital), so that "dijo a los
 * periodistas" or "explica al público" names no one, and never counts as the guest.
 */
final class ToldToPhrases {

    private ToldToPhrases() {}

    /**
     * The verbs of telling, saying and explaining in the third person, present and past, of
     * Spanish, Portuguese, Italian and French, the languages that mark the one spoken to with "a"
     * or "à".
     */
    static final Vocabulary TOLD_VERBS =
            Vocabulary.of(
                    "cuenta cuentan contó contaron dice dicen dijo dijeron explica explican explicó"
                            + " explicaron confiesa confesó conta contam contou contaram diz dizem"
                            + " disse disseram explicou explicaram confessa confessou racconta"
                            + " raccontano raccontò dicono spiega spiegano spiegò confessò raconte"
                            + " racontent dit disent explique expliquent confie confient");

    /**
     * The pronouns of the one spoken to before the verb: "le cuenta", "lui raconte", "gli dice".
     */
    private static final Vocabulary CLITICS = Vocabulary.of("le les lui leur gli lhe lhes");

    /** "a", "à", "al", "ao": the preposition before the one spoken to. */
    private static final Vocabulary TO = Vocabulary.of("a à al ao");

    /**
     * The articles that open a name of a paper or a channel after "a" ("a El País", "à La Presse"),
     * which is no person spoken to.
     */
    private static final Vocabulary ARTICLES = Vocabulary.of("el la los las le les il lo o os as");

    /** Most lower-case words between the verb and the name after it ("la periodista"). */
    private static final int DESCRIPTION_MAX = 3;

    /** The speaker of the phrase whose verb is at {@code i}, or null. */
    static Span speaker(List<String> words, int i) {
        if (i + 2 < words.size() && !endsPhrase(words.get(i)) && spokenTo(words, i + 1)) {
            int end = i;
            if (end > 0 && CLITICS.containsCore(words.get(end - 1))) {
                end--; // "Lucía Pérez le cuenta a Diego"
            }
            return nameEndingAt(words, end); // "Ana Lima contou a Rita"
        }
        if (endsPhrase(words.get(i))) {
            return null;
        }
        for (int p = i + 1; p < words.size() && p <= i + 1 + DESCRIPTION_MAX; p++) {
            String w = words.get(p);
            if (Names.isNameWord(w)) {
                Span span = Names.personAt(words, p);
                // "explica la periodista Lucía Pérez a Diego": the speaker after the verb
                return span != null && spokenTo(words, span.to()) ? span : null;
            }
            if (endsPhrase(w) || !Character.isLowerCase(w.charAt(0))) {
                return null;
            }
        }
        return null;
    }

    /** Whether "a" and a person's name stand at {@code k}: "a Rita", "à Marc". */
    private static boolean spokenTo(List<String> words, int k) {
        if (k + 1 >= words.size() || !TO.containsCore(words.get(k)) || endsPhrase(words.get(k))) {
            return false;
        }
        String next = words.get(k + 1);
        if (!Names.isNameWord(next) || ARTICLES.containsCore(next) || Names.isPossessive(next)) {
            return false;
        }
        String core = Names.core(next);
        return core.length() > 1 && !core.chars().allMatch(Character::isUpperCase);
    }

    /** The full name whose last word stands right before {@code k}, found from its start. */
    private static Span nameEndingAt(List<String> words, int k) {
        for (int from = Math.max(0, k - Names.NAME_MAX_WORDS - 1); from < k; from++) {
            if (from > 0
                    && Names.isNameWord(words.get(from - 1))
                    && !endsPhrase(words.get(from - 1))) {
                continue; // inside a longer run of capitals
            }
            Span span = Names.personAt(words, from);
            if (span != null && span.to() == k && !endsPhrase(words.get(k - 1))) {
                return span;
            }
        }
        return null;
    }
}
