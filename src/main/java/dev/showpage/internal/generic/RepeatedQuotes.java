package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The show's name as a news article about a programme prints it: in quotation marks, in its opening
 * lines and again further on ("Wilfred Genee start podcast ‘Zolang …’", "vuelve ‘Tiempo …’ en la
 * radio ... En ‘Tiempo …’ también"). The one name the page quotes more than once, one of them in
 * its opening, is the show; when two names are quoted so, neither is taken.
 */
final class RepeatedQuotes {

    /** Lines with text from the page's top, chrome left out, where one of the prints stands. */
    private static final int OPENING_LINES = 3;

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /** Opening quotation marks. */
    private static final String OPENING = "\"'\u201C\u201E\u00AB\u2018\u201A";

    /** Closing quotation marks; a copy may close a quotation with another mark than it opened. */
    private static final String CLOSING = "\"'\u201D\u201C\u00BB\u2019\u2018";

    private final LineTable lines;

    RepeatedQuotes(LineTable lines) {
        this.lines = lines;
    }

    /** The one name quoted twice or more, once in the page's opening lines; or null. */
    String find() {
        Map<String, Integer> counts = new HashMap<>();
        List<String> opening = new ArrayList<>();
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            if (!lines.isNote(i) || lines.isChrome(i)) {
                continue;
            }
            List<String> names = quotedIn(lines.text(i));
            if (seen++ < OPENING_LINES) {
                opening.addAll(names);
            }
            for (String name : names) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() >= 2) {
                if (best != null) {
                    return null; // two names quoted again: the page is about more than one
                }
                best = entry.getKey();
            }
        }
        if (best == null || !opening.contains(best)) {
            return null;
        }
        for (String other : counts.keySet()) {
            if (!other.equals(best) && (other.startsWith(best) || best.startsWith(other))) {
                return null; // "X" and "X?": the page prints the name in two forms, which is whole?
            }
        }
        return best;
    }

    /** The names {@code text} quotes: the words between an opening and a closing mark. */
    static List<String> quotedIn(String text) {
        List<String> names = new ArrayList<>();
        for (int open = 0; open < text.length(); open++) {
            boolean startsWord = open == 0 || !Character.isLetterOrDigit(text.charAt(open - 1));
            if (!startsWord || OPENING.indexOf(text.charAt(open)) < 0) {
                continue;
            }
            int close = closing(text, open);
            if (close > 0) {
                String name = text.substring(open + 1, close).strip();
                if (isNameShaped(name)) {
                    names.add(name);
                }
                open = close;
            }
        }
        return names;
    }

    /**
     * The closing mark of the quotation opened at {@code open}: the first mark that no letter
     * follows (an apostrophe inside a word, "L’autostoppista", closes nothing); -1 when none.
     */
    private static int closing(String text, int open) {
        for (int close = open + 2; close < text.length(); close++) {
            if (CLOSING.indexOf(text.charAt(close)) >= 0
                    && (close + 1 == text.length()
                            || !Character.isLetter(text.charAt(close + 1)))) {
                return close;
            }
        }
        return -1;
    }

    /** Whether the quoted words may be a name: a few, the first capitalised, no sentence's stop. */
    private static boolean isNameShaped(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return name.split(" ").length <= MAX_WORDS && ".,;:!".indexOf(last) < 0;
    }
}
