package dev.showpage.internal.generic;

import java.util.List;

/**
 * Where a page prints a name as a name of its own: not inside a word ("Port" in "Newport"), nor in
 * a longer name of capitalised words ("Port" in "Night Port" or "Port Radio"). How often a page
 * prints a name so tells its show's name from one said in passing.
 */
final class PrintedAlone {

    private PrintedAlone() {}

    /**
     * On how many lines the page prints {@code name} as a name of its own: not inside a word, nor
     * in a longer name of capitalised words ("Port" in "Night Port" or "Port Radio").
     */
    static int printedOn(List<String> texts, String name) {
        boolean byCodePoint = holdsSupplementary(name);
        int count = 0;
        for (String text : texts) {
            if (printsAlone(text, name, byCodePoint)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the text prints the name once at least as a name of its own. */
    static boolean printsAlone(String text, String name) {
        return printsAlone(text, name, holdsSupplementary(name));
    }

    /**
     * Whether the text prints the name once at least as a name of its own. A name that holds a
     * character above U+FFFF is read by code point, as a pattern holding one reads: it starts no
     * match inside a pair, reads one code point back and a capitalised word of up to 32 code
     * points; any other name is read by char, one char back and up to 32 chars.
     */
    private static boolean printsAlone(String text, String name, boolean byCodePoint) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (byCodePoint && (splitsPair(text, at) || splitsPair(text, end))) {
                continue;
            }
            if (!isWordCharBefore(text, at, byCodePoint)
                    && !followsCapitalisedWord(text, at, byCodePoint)
                    && !(end < text.length() && isWordChar(text.codePointAt(end)))
                    && !precedesCapitalisedWord(text, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a character above U+FFFF: a high and a low surrogate in a row. */
    private static boolean holdsSupplementary(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code at} falls between the two halves of a surrogate pair. */
    private static boolean splitsPair(String text, int at) {
        return at > 0
                && at < text.length()
                && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1));
    }

    /**
     * Whether a letter or a digit stands just before {@code at}: one code point back, or by char
     * one character back, where half a surrogate pair is neither.
     */
    private static boolean isWordCharBefore(String text, int at, boolean byCodePoint) {
        if (at == 0) {
            return false;
        }
        return isWordChar(byCodePoint ? text.codePointBefore(at) : text.charAt(at - 1));
    }

    /**
     * Whether a capitalised word and a space stand just before {@code at}: a capital and up to
     * thirty letters, the word's whole run back to its capital or any run ending at one, tried from
     * each code point (or char) up to 32 back.
     */
    private static boolean followsCapitalisedWord(String text, int at, boolean byCodePoint) {
        if (at < 2 || text.charAt(at - 1) != ' ') {
            return false;
        }
        if (!byCodePoint) {
            for (int from = Math.max(0, at - 32); from <= at - 2; from++) {
                if (isCapitalisedWord(text, from, at - 1)) {
                    return true;
                }
            }
            return false;
        }
        int last = at - 1;
        for (int from = codePointsBack(text, last, 31); from < last; from = next(text, from)) {
            if (isCapitalisedWord(text, from, last)) {
                return true;
            }
        }
        return false;
    }

    /** Where the text stands {@code count} code points before {@code at}, or 0 if it is nearer. */
    private static int codePointsBack(String text, int at, int count) {
        int i = at;
        for (int n = 0; n < count && i > 0; n++) {
            i--;
            if (i > 0
                    && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** Where the code point after the one at {@code at} starts. */
    private static int next(String text, int at) {
        return at + Character.charCount(text.codePointAt(at));
    }

    /** Whether the text from {@code from} to {@code to} is a capital and up to thirty letters. */
    private static boolean isCapitalisedWord(String text, int from, int to) {
        int cp = text.codePointAt(from);
        if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int i = from + Character.charCount(cp);
        for (int letters = 0; i < to; letters++) {
            cp = text.codePointAt(i);
            if (letters == 30 || !Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return i == to;
    }

    /** Whether a space and a capital stand at {@code at}: the name goes on in a longer one. */
    private static boolean precedesCapitalisedWord(String text, int at) {
        return at + 1 < text.length()
                && text.charAt(at) == ' '
                && Character.getType(text.codePointAt(at + 1)) == Character.UPPERCASE_LETTER;
    }

    /** Whether the character is a letter or a number of any kind ({@code [\p{L}\p{N}]}). */
    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
