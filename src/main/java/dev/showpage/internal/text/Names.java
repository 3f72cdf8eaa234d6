package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds people's names in titles and prose, from the phrases show notes use to introduce a guest
 * ("with Jesse Hanley", "I talk to Kent C. Dodds", "Ben and Aaron discuss", "DHH discusses"), and
 * completes a first name from the fullest form the text gives. The phrases are {@link
 * GuestIntroductions}'; this class knows the words of a name and how far a name runs.
 */
public final class Names {

    /** A name and where in its text (word index) it was found. */
    public record Mention(String name, int wordIndex) {}

    private Names() {}

    /** Guests a title or a paragraph introduces, in the order the text names them. */
    public static List<Mention> introduced(String text, boolean isTitle) {
        return GuestIntroductions.find(text, isTitle);
    }

    /** Characters of a guest-list line ("Name, role at Some Company") at most. */
    private static final int LISTED_LINE_MAX_CHARS = 160;

    /** How many words {@link #words} would give, without making them. */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * The name a line of a guest list starts with ("Matt Berlin, co-founder IFRobotics", "Gloria
     * Allen"): two or three name words, then the line's end or a comma; else empty.
     */
    public static java.util.Optional<String> listedName(String line) {
        if (line.isEmpty()
                || !Character.isUpperCase(line.codePointAt(0))
                || line.length() > LISTED_LINE_MAX_CHARS) {
            return java.util.Optional.empty(); // a name line starts with a capital and is short
        }
        List<String> words = words(line);
        int end = nameEnd(words, 0);
        if (end >= 2 && end <= 3 && (end == words.size() || words.get(end - 1).endsWith(","))) {
            return java.util.Optional.of(join(words, 0, end));
        }
        return java.util.Optional.empty();
    }

    /**
     * The longest name in {@code texts} (each already split into {@link #words}) that starts with
     * {@code name}'s words ("Søren" → "Søren Bramer Schmidt"); {@code name} itself when no text
     * gives more.
     */
    public static String fullest(String name, List<List<String>> texts) {
        List<String> target = words(name);
        String first = target.get(0);
        String best = name;
        int bestWords = target.size();
        for (List<String> words : texts) {
            for (int i = 0; i + target.size() <= words.size(); i++) {
                // A cheap look at the first word before the exact comparison.
                if (!words.get(i).startsWith(first) && !words.get(i).contains(first)) {
                    continue;
                }
                if (!matches(words, i, target)) {
                    continue;
                }
                int end = nameEnd(words, i);
                if (end - i > bestWords) {
                    best = join(words, i, end);
                    bestWords = end - i;
                }
            }
        }
        return best;
    }

    /** Whether {@code shortName} is the first word (or all) of {@code fullName}. */
    public static boolean sameFirstName(String a, String b) {
        return firstWord(a).equals(firstWord(b));
    }

    public static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** A capitalised word, an initial ("C."), or an all-capitals short name ("DHH"). */
    public static boolean isNameWord(String raw) {
        String w = core(raw);
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        if (w.length() == 1) {
            return raw.endsWith(".");
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return !w.equals("I") && !STOP_WORDS.contains(w);
    }

    private static final Set<String> STOP_WORDS =
            Set.of(
                    "The", "A", "An", "In", "On", "We", "They", "He", "She", "It", "This", "That",
                    "My", "Our", "His", "Her", "Their", "And", "But", "Or", "What", "Why", "How",
                    "When");

    /** The index after the last word of the name that starts at {@code start}. */
    static int nameEnd(List<String> words, int start) {
        int end = start;
        while (end < words.size()
                && isNameWord(words.get(end))
                && !(end > start && words.get(end).startsWith("("))) {
            end++;
            if (endsPhrase(words.get(end - 1))) {
                break;
            }
        }
        return end;
    }

    private static boolean matches(List<String> words, int at, List<String> target) {
        for (int j = 0; j < target.size(); j++) {
            if (!core(words.get(at + j)).equals(core(target.get(j)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether punctuation after the word ends the phrase (a comma, a bracket, a full stop). */
    static boolean endsPhrase(String raw) {
        char last = raw.charAt(raw.length() - 1);
        if (last == '.' && core(raw).length() == 1) {
            return false; // an initial
        }
        return ",.;:!?)\u201D\"".indexOf(last) >= 0;
    }

    /** The name the words make: their cores, with an initial's full stop. */
    static String join(List<String> words, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (name.length() > 0) {
                name.append(' ');
            }
            String w = words.get(i);
            String core = core(w);
            name.append(core.length() == 1 && w.endsWith(".") ? core + "." : core);
        }
        return name.toString();
    }

    /** The word without the punctuation around it. */
    public static String core(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /**
     * The text's words: its runs of characters between spaces. Only {@code ' '} splits, not every
     * {@link Blanks blank}: the text is collapsed, so a single space is the only blank left in it,
     * and {@link #wordCount} counts the same words.
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    words.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }
}
