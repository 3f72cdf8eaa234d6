package dev.showpage.internal.generic;

/**
 * A site's or a show's wordmark printed as text: single words set apart by one repeated dot-like
 * mark, the whole often in brackets or between tildes ("[north • shore • sounds]", "~ klang · werk
 * · statt ~"). A logo's lettering, never an episode's title: a title's parts are phrases, not one
 * word each between dots.
 */
final class Wordmarks {

    /** Characters of a wordmark at most; a longer line is read as something else. */
    private static final int MAX_CHARS = 60;

    /** Words of a wordmark at least: two words between one dot are a title's shape too. */
    private static final int MIN_WORDS = 3;

    /** The marks set between a wordmark's words: bullets and middle dots. */
    private static final String MARKS = "\u2022\u00B7\u2219\u22C5\u25CF\u2027\u30FB";

    /** What a wordmark is framed with, on either side. */
    private static final String FRAMES = "[](){}<>~*=_";

    private Wordmarks() {}

    static boolean isOne(String text) {
        if (text.length() > MAX_CHARS || !hasMark(text)) {
            return false; // cheap tests first: this runs on every line that may be a title
        }
        int from = 0;
        int to = text.length();
        while (from < to && isFrameOrBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isFrameOrBlank(text.charAt(to - 1))) {
            to--;
        }
        String[] parts = text.substring(from, to).trim().split(" +");
        if (parts.length < 2 * MIN_WORDS - 1 || parts.length % 2 == 0) {
            return false;
        }
        String mark = parts[1];
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            if (k % 2 == 1 ? !part.equals(mark) || !isMark(part) : !isWord(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMark(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (MARKS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrameOrBlank(char c) {
        return c == ' ' || FRAMES.indexOf(c) >= 0;
    }

    private static boolean isMark(String part) {
        return part.length() == 1 && MARKS.indexOf(part.charAt(0)) >= 0;
    }

    /** Whether the part is one word: letters or digits, with no mark of its own. */
    private static boolean isWord(String part) {
        boolean letter = false;
        for (int k = 0; k < part.length(); k++) {
            char c = part.charAt(k);
            if (MARKS.indexOf(c) >= 0) {
                return false;
            }
            letter |= Character.isLetterOrDigit(c);
        }
        return letter;
    }
}
