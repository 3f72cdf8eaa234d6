package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.join;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The names listed after the first that an introduction gives: "with Mara Quill and Oskar Lind",
 * "com Ana Lima e Rui Paz", "with Mara Quill, Oskar Lind and Ana Paz".
 */
final class NamesListedAfter {

    private NamesListedAfter() {}

    /** The name a phrase introduces at {@code span}, and the names listed after it. */
    static void addWithNext(List<Mention> found, List<String> words, Span span, boolean[] credit) {
        add(found, words, span, credit);
        andNext(found, words, span.to(), credit);
    }

    /**
     * "with Mara Quill and Oskar Lind", "com Ana Lima e Rui Paz", "with Mara Quill, Oskar Lind and
     * Ana Paz", "(with Mara Quill, Oskar Lind, and Ana Paz)": the full names listed after the
     * first. A name between commas must end at a comma, an "and" or a bracket, and not be a role
     * ("Mara Quill, Harbour Radio CEO, on ..."); the name after "and" ends the list.
     */
    static void andNext(List<Mention> found, List<String> words, int end, boolean[] credit) {
        List<Span> pending = new ArrayList<>(0); // the names between commas, until the list ends
        int at = end;
        for (int listed = 0; listed < LIST_MAX_NAMES && at + 1 < words.size(); listed++) {
            String last = words.get(at - 1);
            if (!endsPhrase(last) && PersonWords.isAndWord(words.get(at))) {
                Span next = Names.personAt(words, at + 1);
                if (next != null && !Names.isPossessive(words.get(next.to() - 1))) {
                    pending.add(next);
                    pending.forEach(span -> add(found, words, span, credit));
                }
                return;
            }
            if (!last.endsWith(",")) {
                return;
            }
            boolean and = PersonWords.isAndWord(words.get(at)); // ", and Ana Paz"
            Span next = Names.personAt(words, and ? at + 1 : at);
            if (next == null) {
                return;
            }
            String nameEnd = words.get(next.to() - 1);
            boolean closes =
                    next.to() == words.size() || nameEnd.endsWith(")") || nameEnd.endsWith(".");
            boolean goesOn =
                    nameEnd.endsWith(",")
                            || (next.to() < words.size()
                                    && !endsPhrase(nameEnd)
                                    && PersonWords.isAndWord(words.get(next.to())));
            if ((!closes && !goesOn)
                    || Names.isPossessive(nameEnd)
                    || (!and
                            && (PersonWords.isListedRole(nameEnd)
                                    || (nameEnd.endsWith(",")
                                            && PersonWords.isRoleNoun(nameEnd, true))))) {
                return;
            }
            pending.add(next);
            if (and || closes) {
                pending.forEach(span -> add(found, words, span, credit));
                return;
            }
            at = next.to();
        }
    }

    /** Most names a list after an introduction gives after its first. */
    private static final int LIST_MAX_NAMES = 6;

    static void add(List<Mention> found, List<String> words, Span span, boolean[] credit) {
        boolean known = found.stream().anyMatch(m -> m.wordIndex() == span.from());
        if (!credit[span.from()] && !known) {
            found.add(new Mention(join(words, span.from(), span.to()), span.from()));
        }
    }
}
