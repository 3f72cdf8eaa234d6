package dev.showpage.internal.text;

/**
 * A position in a value's text, without the {@link Blanks blanks} around it, and the steps the date
 * and duration readers share: look at the next character, take a word, skip blanks.
 */
abstract class TextCursor {

    final String text;
    final int end;
    int at;

    TextCursor(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Blanks.isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && Blanks.isBlank(text.charAt(to - 1))) {
            to--;
        }
        this.text = text;
        this.at = from;
        this.end = to;
    }

    /** The next character, or '\0' at the end. */
    final char peek() {
        return peekAt(at);
    }

    final char peekAt(int index) {
        return index < end ? text.charAt(index) : '\0';
    }

    /** Takes {@code c} when it comes next. */
    final boolean skip(char c) {
        if (peek() != c) {
            return false;
        }
        at++;
        return true;
    }

    /** Takes the letters that come next (none gives ""). */
    final String word() {
        String word = peekWord();
        at += word.length();
        return word;
    }

    final String peekWord() {
        int stop = at;
        while (stop < end && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return text.substring(at, stop);
    }

    /** Skips blanks; true when there were some. */
    final boolean blanks() {
        int start = at;
        while (at < end && Blanks.isBlank(text.charAt(at))) {
            at++;
        }
        return at > start;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
