package dev.showpage.internal.generic;

/**
 * A site's or a show's wordmark printed as text: single words set apart by one repeated dot-like
 * mark, all in lower case or the whole framed by brackets or tildes ("north • shore • sounds", "~
 * Klang · Werk · Statt ~"). A logo's lettering, never an episode's title. Capitalised words between
 * dots with no frame are a title's shape too ("Salt · Smoke · Fire", "Liebe • Tod • Teufel") and
 * are no wordmark; where the wordmark may be skipped (the header, over another title line) is the
 * caller's to decide.
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
        boolean framed = from > 0 && to < text.length() && isFramed(text, from, to);
        if (!framed && !isLowerCase(text)) {
            // "Salt · Smoke · Fire": capitalised words between dots title an episode
            return false;
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

    /** Whether a frame, not only blanks, stands both before {@code from} and from {@code to}. */
    private static boolean isFramed(String text, int from, int to) {
        return text.substring(0, from).trim().length() > 0
                && text.substring(to).trim().length() > 0;
    }

    /** Whether no letter of the text is upper case. */
    private static boolean isLowerCase(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
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
