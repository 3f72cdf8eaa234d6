package dev.showpage.internal.generic;

import java.util.regex.Pattern;

/**
 * A line in a person's shape that the page's other lines speak of by a part of it alone, as one
 * speaks of a person: "Mara Quill" over a card whose notes say "Mara talks about ..." or "says
 * Quill". A show is spoken of by its whole name ("Harbour Nights returns ..."), so a name whose
 * first or last word the page prints on its own is a person's (an author's byline, a host's page),
 * not a show's.
 */
final class PersonByPart {

    /** Blanks between words. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private PersonByPart() {}

    /**
     * Whether {@code name}, at line {@code at}, has a person's shape and another line prints its
     * first or its last word apart from the rest of the name.
     */
    static boolean isOne(LineTable lines, int at, String name) {
        if (!HeadlineShowName.isPersonShaped(name)) {
            return false;
        }
        String[] words = BLANKS.split(name.strip());
        String first = words[0];
        String last = words[words.length - 1];
        for (int i = 0; i < lines.size(); i++) {
            if (i == at) {
                continue;
            }
            String text = lines.text(i);
            if (text.contains(first) || text.contains(last)) {
                String rest = text.replace(name, " ");
                if (printsWord(rest, first) || printsWord(rest, last)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} stands in {@code text} as a whole word. */
    private static boolean printsWord(String text, String word) {
        for (int from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) {
            int end = from + word.length();
            boolean starts = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
            boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }
}
