package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The host's welcome by name at a transcript's start, in the seven languages' words of welcome
 * ({@link PersonWords#isWelcomeWord}): whoever is welcomed is the guest.
 */
final class WelcomePhrases {

    private WelcomePhrases() {}

    /**
     * "Mara Quill, welcome to the show", "Welcome, Mara Quill", "Bem-vinda, Mara Quill": the one a
     * host welcomes by name is the guest.
     */
    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 0; i < words.size(); i++) {
            if (!PersonWords.isWelcomeWord(words.get(i))) {
                continue;
            }
            int after = i + 1;
            if (after < words.size()
                    && !words.get(i).endsWith(",")
                    && core(words.get(after)).equalsIgnoreCase("back")) {
                after++;
            }
            if (words.get(after - 1).endsWith(",") && after < words.size()) {
                Span span = Names.personAt(words, after); // "Welcome, Mara Quill"
                if (span != null && !Names.isPossessive(words.get(span.to() - 1))) {
                    NamesListedAfter.add(found, words, span, credit);
                }
            }
            if (i >= 2 && words.get(i - 1).endsWith(",")) {
                int from = Math.max(0, i - 1 - NAME_BEFORE_WELCOME);
                for (int s = from; s < i; s++) {
                    Span span = Names.personAt(words, s); // "Mara Quill, welcome"
                    if (span != null
                            && span.to() == i
                            && (s == 0 || endsPhrase(words.get(s - 1)))
                            && !Names.isPossessive(words.get(span.to() - 1))) {
                        NamesListedAfter.add(found, words, span, credit);
                        break;
                    }
                }
            }
        }
    }

    /** How many words a name before "welcome" may have, with its honorific. */
    private static final int NAME_BEFORE_WELCOME = 5;
}
