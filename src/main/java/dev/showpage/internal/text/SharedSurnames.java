package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * First names that share the surname of the full name after them in a list of guests: "Lena, Paul
 * und Mia Berger" is three Bergers, as are "Ann, Tom and Kai Reed", "Marie, Luc et Jean Dupont",
 * "Anna, Sara e Luca Rossi", "María, Ana y Pedro Gil", "Eva, Sanne en Bram de Wit".
 *
 * <p>The run is two or more lone capitalised words closed by commas, the last followed by the
 * list's "and", then a full name of a first name and a surname. Nothing tells a first name from a
 * one-word stage name, a band or a city by its letters ("Cher and Tom Reed", "Coldplay and Tom
 * Reed", "London and Tom Reed"), so the two-item form shares nothing; a run of several lone words
 * closed by commas before one surname is a family's shape. A lone word that is itself the start of
 * a full name ("Mara Quill, Tom Reed"), a place or an organisation's word, or a word the name words
 * refuse (a stop word, a role) ends the run, so the list is read as before. Only a heading of a
 * guest noun shares surnames ({@link #sharesUnder}): a topic list under "In this episode:" and a
 * band's credits under "Featuring:" are no families.
 */
final class SharedSurnames {

    private SharedSurnames() {}

    /**
     * The fewest lone first names a run has: with one ("Ann and Tom Reed") the lone word may as
     * well be a stage name, a band or a place.
     */
    private static final int MIN_LONE_NAMES = 2;

    /** "Featuring:", a heading of credits that lists artists known by one name, not of guests. */
    private static final Vocabulary CREDIT_HEADING_WORDS = Vocabulary.of("featuring");

    /** The names of such a run and the index of the word after it. */
    record Run(List<String> names, int end) {}

    /**
     * The run of first names sharing one surname that starts at {@code start}, or null when none
     * does. {@code isAnd} tells the list's "and" word in any of its languages.
     */
    static Run at(List<String> words, int start, Predicate<String> isAnd) {
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
        if (firsts.size() < MIN_LONE_NAMES || k >= words.size()) {
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
     * Whether a heading's words may head first names sharing a surname: its last word is a guest
     * noun ("Guests:", "Zu Gast:", "Invités :", "Te gast:"), not a credits word, and no episode
     * heading ("In this episode:"), which heads topics as often as people.
     */
    static boolean sharesUnder(List<String> heading) {
        if (heading.isEmpty()) {
            return false;
        }
        String last = heading.get(heading.size() - 1);
        return PersonWords.isGuestHeadingWord(last) && !CREDIT_HEADING_WORDS.containsCore(last);
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
                || PersonWords.isSiteWord(w)
                || NonPersonNames.isPlaceOrOrganisation(words, k, k + 1)) {
            return false;
        }
        if (w.endsWith(",")) {
            return true;
        }
        Names.Span own = Names.personAt(words, k);
        return own == null || own.to() <= k + 1;
    }
}
