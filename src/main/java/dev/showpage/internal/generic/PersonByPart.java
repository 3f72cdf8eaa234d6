package dev.showpage.internal.generic;

import java.util.regex.Pattern;

/**
 * A line in a person's shape that the page's other lines speak of by a part of it alone, as one
 * speaks of a person: "Mara Quill" over a card whose notes say "Mara talks about ..." or "as says
 * Quill". A show is spoken of by its whole name ("Harbour Nights returns ..."), so a name whose
 * first word the page prints on its own before a verb, or whose last word after one, is a person's
 * (an author's byline, a host's page), not a show's.
 */
final class PersonByPart {

    /** Blanks between words. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private PersonByPart() {}

    /**
     * Whether {@code name}, at line {@code at}, has a person's shape and another line speaks of it
     * by a part: its first word alone before a word in lower case ("Mara talks"), or its last word
     * alone after one ("says Quill"). A part the page also prints in lower case is a common word
     * ("Podcasting Made Simple" and "podcasting tips"), which no given name or surname is.
     */
    static boolean isOne(LineTable lines, int at, String name) {
        if (!HeadlineShowName.isPersonShaped(name)) {
            return false;
        }
        String[] words = BLANKS.split(name.strip());
        String first = words[0];
        String last = words[words.length - 1];
        boolean byPart = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.text(i);
            if (i == at || !(text.contains(first) || text.contains(last))) {
                continue;
            }
            String rest = text.replace(name, " ");
            byPart |= beforeLowerWord(rest, first) || afterLowerWord(rest, last);
        }
        return byPart && !printedLowerAnywhere(lines, first, last);
    }

    private static boolean printedLowerAnywhere(LineTable lines, String first, String last) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.text(i);
            if (printedLower(text, first) || printedLower(text, last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word, in lower case, stands in the text as a whole word. */
    private static boolean printedLower(String text, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return !lower.equals(word) && wordAt(text, lower, 0) >= 0;
    }

    /** Whether the word stands alone in the text before a space and a word in lower case. */
    private static boolean beforeLowerWord(String text, String word) {
        for (int at = wordAt(text, word, 0); at >= 0; at = wordAt(text, word, at + 1)) {
            int end = at + word.length();
            if (end + 1 < text.length()
                    && text.charAt(end) == ' '
                    && Character.isLowerCase(text.charAt(end + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word stands alone in the text after a word in lower case and a space. */
    private static boolean afterLowerWord(String text, String word) {
        for (int at = wordAt(text, word, 0); at >= 0; at = wordAt(text, word, at + 1)) {
            if (at >= 2
                    && text.charAt(at - 1) == ' '
                    && Character.isLowerCase(text.charAt(at - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code word} stands in {@code text} as a whole word from {@code from} on, or -1. */
    private static int wordAt(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (starts && ends) {
                return at;
            }
        }
        return -1;
    }
}
