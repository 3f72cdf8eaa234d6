package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a name as the readers compare them: its first and last word, whether two names start
 * alike, the first words of a text; read in place where that spares splitting the name.
 */
final class NameForms {

    private NameForms() {}

    /** The last of the name's {@link Names#words}. */
    public static String lastWord(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--;
        }
        return name.substring(name.lastIndexOf(' ', end - 1) + 1, end);
    }

    /** The first of the name's {@link Names#words}, past any space before it. */
    public static String firstOfWords(String name) {
        int start = 0;
        while (start < name.length() && name.charAt(start) == ' ') {
            start++;
        }
        int space = name.indexOf(' ', start);
        return name.substring(start, space < 0 ? name.length() : space);
    }

    /**
     * Whether one name's {@link Names#words} start the other's ("Mara Quill", "Mara Quill
     * Stenning"), read in step without splitting either.
     */
    public static boolean sameLeadingWords(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && a.charAt(i) == ' ') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == ' ') {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return true; // the shorter ran out with every word the same
            }
            int endA = a.indexOf(' ', i);
            int endB = b.indexOf(' ', j);
            endA = endA < 0 ? a.length() : endA;
            endB = endB < 0 ? b.length() : endB;
            if (endA - i != endB - j || !a.regionMatches(i, b, j, endA - i)) {
                return false;
            }
            i = endA;
            j = endB;
        }
    }

    /** The text's first {@code max} {@link Names#words} (all of them when it has fewer). */
    static List<String> firstWords(String text, int max) {
        List<String> words = new ArrayList<>(max);
        int start = 0;
        for (int i = 0; i <= text.length() && words.size() < max; i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    words.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** Whether {@code shortName} is the first word (or all) of {@code fullName}. */
    public static boolean sameFirstName(String a, String b) {
        return firstWord(a).equals(firstWord(b));
    }

    public static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
