package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * First names that share the surname of the full name after them in a list of guests: "Ann and
 * Tom Reed" is Ann Reed and Tom Reed, "Lena, Paul und Mia Berger" three Bergers, "Marie et Jean
 * Dupont", "Anna e Luca Rossi", "Ana e Rui Costa", "Eva en Bram de Wit".
 *
 * <p>The run is one or more lone capitalised words, each closed by a comma or followed by the
 * list's "and", then a full name of a first name and a surname. A lone word that is itself the
 * start of a full name ("Mara Quill, Tom Reed") is no first name, and a word the name words refuse
 * (a stop word, a role) ends the run, so the list is read as before.
 */
final class SharedSurnames {

    private SharedSurnames() {}

    /** The names of such a run and the index of the word after it. */
    record Run(List<String> names, int end) {}

    /**
     * The run of first names sharing one surname that starts at {@code start}, or null when none
     * does. {@code isAnd} tells the list's "and" word in any of its languages.
     */
    static Run at(List<String> words, int start, java.util.function.Predicate<String> isAnd) {
        List<String> firsts = new ArrayList<>();
        int k = start;
        while (k < words.size()) {
            String w = words.get(k);
            if (!isLoneFirstName(words, k)) {
                return null;
            }
            boolean comma = w.endsWith(",");
            String first = NameWords.core(w);
            if (k + 1 >= words.size()) {
                return null;
            }
            if (isAnd.test(words.get(k + 1))) {
                firsts.add(first);
                k += 2;
                break;
            }
            if (!comma) {
                return null;
            }
            firsts.add(first);
            k++;
        }
        if (firsts.isEmpty() || k >= words.size()) {
            return null;
        }
        Names.Span last = Names.personAt(words, k);
        if (last == null
                || last.from() != k
                || last.to() - last.from() < 2
                || Names.isPossessive(words.get(last.to() - 1))) {
            return null;
        }
        String surname = Names.join(words, last.from() + 1, last.to());
        List<String> names = new ArrayList<>();
        for (String first : firsts) {
            names.add(first + " " + surname);
        }
        names.add(Names.join(words, last.from(), last.to()));
        return new Run(names, last.to());
    }

    /**
     * A lone capitalised word that could be a first name: a name word that starts no full name of
     * its own, is no initial, and is no honorific or particle.
     */
    private static boolean isLoneFirstName(List<String> words, int k) {
        String w = words.get(k);
        if (!NameWords.isNameWord(w)
                || NameWords.isPossessive(w)
                || NameWords.isBareInitial(w)
                || w.endsWith(".")
                || PersonWords.isHonorific(w)
                || PersonWords.isRoleNoun(w, true)
                || PersonWords.isSiteWord(w)) {
            return false;
        }
        if (w.endsWith(",")) {
            return true;
        }
        Names.Span own = Names.personAt(words, k);
        return own == null || own.to() <= k + 1;
    }
}
