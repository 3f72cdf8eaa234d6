package dev.showpage.internal.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A page's text as the lexer reads it, ending with a line break, which every line rule needs.
 *
 * <p>{@code CharStreams.fromString} would copy a page three or four times (into a char buffer, into
 * bytes, into chars again at the first character past U+00FF), and adding the line break to the
 * string once more. Here a page is copied once, into a char array, which the lexer reads a few
 * percent faster than a string; a page of over a million characters is not copied at all (the lexer
 * reads the caller's string), because on a page of 50 MB even one copy is a fifth of the heap the
 * parse needs. The closing line break, when the text has none, is one more character that only this
 * stream holds. Text with a character outside the Basic Multilingual Plane (an emoji), which the
 * lexer must see as one code point and not as two UTF-16 units, goes through {@code CharStreams}.
 */
final class PageChars implements CharStream {

    /** Pages up to this length are copied into {@link #chars}. */
    private static final int MAX_COPIED = 1 << 20;

    private final String text;

    /** The text and the closing line break, for a page of up to a million characters; or null. */
    private final char[] chars;

    /** The text's length, and one more when the stream adds the closing line break. */
    private final int size;

    private int index;

    private PageChars(String text, int size) {
        this.text = text;
        this.size = size;
        if (size <= MAX_COPIED) {
            chars = new char[size];
            text.getChars(0, text.length(), chars, 0);
            if (size > text.length()) {
                chars[text.length()] = '\n';
            }
        } else {
            chars = null;
        }
    }

    static CharStream of(String text) {
        int length = text.length();
        boolean addBreak = length > 0 && text.charAt(length - 1) != '\n';
        if (hasSurrogates(text)) {
            return CharStreams.fromString(addBreak ? text + "\n" : text);
        }
        return new PageChars(text, addBreak ? length + 1 : length);
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private char charAt(int i) {
        if (chars != null) {
            return chars[i];
        }
        return i < text.length() ? text.charAt(i) : '\n';
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int at = index + i - 1;
            return at < size ? charAt(at) : IntStream.EOF;
        }
        if (i < 0) {
            int at = index + i;
            return at >= 0 ? charAt(at) : IntStream.EOF;
        }
        return 0; // undefined, as in ANTLR's own streams
    }

    @Override
    public void consume() {
        if (index >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, size);
        int end = Math.min(interval.b + 1, size); // exclusive
        if (end <= start) {
            return "";
        }
        if (end <= text.length()) {
            return text.substring(start, end);
        }
        return text.substring(start) + "\n";
    }

    @Override
    public int mark() {
        return -1; // the whole text stays readable: nothing to hold
    }

    @Override
    public void release(int marker) {
        // nothing held
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.min(index, size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String toString() {
        return getText(Interval.of(0, size - 1));
    }
}
