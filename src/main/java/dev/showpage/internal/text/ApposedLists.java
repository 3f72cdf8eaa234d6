package dev.showpage.internal.text;

import static dev.showpage.internal.text.NamesListedAfter.add;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guests listed after the first when each name is followed by a comma and the person's role:
 * "with Mara Quill, historian at the museum, Tom Reed, chef, and Ana Lima, author of a book on
 * tides". The role between two names may run over several words and commas, so each further name is
 * the one right after a comma (or a comma and an "and") that a comma and a role noun follow in
 * turn, as the first's did.
 */
final class ApposedLists {

    private ApposedLists() {}

    /** Most words a role may take between one listed name and the next. */
    private static final int ROLE_MAX_WORDS = 16;

    /** Most names such a list gives after its first. */
    private static final int LIST_MAX_NAMES = 6;

    /** Adds the names listed after {@code first} the same way, when it is followed by a role. */
    static void andNext(List<Mention> found, List<String> words, Span first, boolean[] credit) {
        if (!HeardAndInterviewed.apposedRole(words, first.from())) {
            return;
        }
        int at = first.to(); // the role noun, whose comma may close it
        for (int listed = 0; listed < LIST_MAX_NAMES; listed++) {
            Span next = nextApposed(words, at);
            if (next == null) {
                return;
            }
            add(found, words, next, credit);
            at = next.to();
        }
    }

    /** The next name within a role's reach of {@code from} that is itself followed by a role. */
    private static Span nextApposed(List<String> words, int from) {
        for (int k = from; k + 1 < words.size() && k < from + ROLE_MAX_WORDS; k++) {
            String w = words.get(k);
            if (CreditLines.endsSentence(w) || w.endsWith(";") || w.endsWith(":")) {
                return null;
            }
            if (!w.endsWith(",")) {
                continue;
            }
            int start = PersonWords.isAndWord(words.get(k + 1)) ? k + 2 : k + 1;
            if (start + 1 < words.size() && Vocabulary.coreIs(words.get(start), "a")) {
                start++; // "y a Diego Ruiz, actor": the Spanish personal "a"
            }
            if (HeardAndInterviewed.apposedRole(words, start)) {
                return Names.personAt(words, start);
            }
        }
        return null;
    }
}
