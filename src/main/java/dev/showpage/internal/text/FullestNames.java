package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.NAME_MAX_WORDS;
import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.isBareInitial;
import static dev.showpage.internal.text.Names.isNameWord;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.nameEnd;
import static dev.showpage.internal.text.Names.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The fullest form of a name that an episode's texts give: "Søren" completed to "Søren Bramer
 * Schmidt" where a text names him so, read a few words at a time where the first word stands.
 */
final class FullestNames {

    private FullestNames() {}

    /**
     * The longest name in {@code texts} that starts with {@code name}'s words ("Søren" → "Søren
     * Bramer Schmidt"); {@code name} itself when no text gives more. Each text is read where a word
     * holds the name's first word, a few words at a time, not split whole.
     */
    public static String fullest(String name, List<String> texts) {
        List<String> target = words(name);
        String first = target.get(0);
        String best = name;
        int bestWords = target.size();
        for (String text : texts) {
            int at = text.indexOf(first);
            while (at >= 0) {
                int start = text.lastIndexOf(' ', at) + 1;
                List<String> words = nameWindow(text, start, target.size());
                if (words.size() >= target.size() && matches(words, 0, target)) {
                    int end = nameEnd(words, 0);
                    for (int j = target.size(); j < end; j++) {
                        if (core(words.get(j)).equals(core(first))
                                || PersonWords.isSiteWord(words.get(j))
                                || opensTimeBeforeNumber(words, j)
                                || SpeakerVerbs.speaksAt(words, j)) {
                            // "Mara Quill Mara Quill", "Mara Quill Podcast", and a headline's
                            // capitalised verb: "Mara Quill Talks Tides"
                            end = j;
                        }
                    }
                    if (end > bestWords && end <= NAME_MAX_WORDS) {
                        best = join(words, 0, end);
                        bestWords = end;
                    }
                }
                int wordEnd = text.indexOf(' ', at);
                at = wordEnd < 0 ? -1 : text.indexOf(first, wordEnd);
            }
        }
        return best;
    }

    /**
     * German capitalises its nouns, so the words of a time before a year run on from a name: "Mara
     * Quill Ende 2019 ...", "Oskar Lind Anfang 2020", "Ilse Haverkamp Sommer 1998". Lower case, the
     * nouns of a period's part and the seasons; a month's name before a number too ("Mara Quill
     * März 2020", "Oskar Lind June 12").
     */
    private static final Vocabulary TIME_NOUNS =
            Vocabulary.of("ende anfang mitte beginn frühjahr frühling sommer herbst winter");

    /** Whether the word at {@code j} opens a time with a number after it, and ends a name there. */
    private static boolean opensTimeBeforeNumber(List<String> words, int j) {
        if (j + 1 >= words.size() || words.get(j).endsWith(",")) {
            return false;
        }
        String next = words.get(j + 1);
        boolean number = !next.isEmpty() && Character.isDigit(next.charAt(0));
        return number
                && (TIME_NOUNS.containsCore(words.get(j))
                        || DateWords.month(core(words.get(j))) > 0);
    }

    /**
     * The words of {@code text} from {@code start} that a name there may take: at least {@code
     * need}, then up to the first word that can be no part of a name, and the two after it, at
     * which {@link Names#nameEnd} looks for a name word after a particle; fewer where the text
     * ends.
     */
    private static List<String> nameWindow(String text, int start, int need) {
        List<String> window = new ArrayList<>(need + 3);
        int stop = -1; // the first word that is no name word, particle or initial
        int from = start;
        while (from < text.length()) {
            int space = text.indexOf(' ', from);
            int end = space < 0 ? text.length() : space;
            if (end > from) {
                String word = text.substring(from, end);
                window.add(word);
                int index = window.size() - 1;
                if (stop < 0
                        && !isNameWord(word)
                        && !PersonWords.isParticle(word)
                        && !isBareInitial(word)) {
                    stop = index;
                }
                if (index >= need - 1 && stop >= 0 && index >= stop + 2) {
                    break;
                }
            }
            from = end + 1;
        }
        return window;
    }

    private static boolean matches(List<String> words, int at, List<String> target) {
        for (int j = 0; j < target.size(); j++) {
            if (!core(words.get(at + j)).equals(core(target.get(j)))) {
                return false;
            }
        }
        return true;
    }
}
