package dev.showpage.internal.text;

import java.lang.Character.UnicodeScript;

/** The classes of characters that URLs are read by: what ends a URL, a host, user info. */
final class UrlCharacters {

    private UrlCharacters() {}

    /**
     * Characters that end a URL wherever they are: blanks and controls, {@code < > " `} (HTML and
     * markdown around a URL), curly double quotes, direction marks, and CJK text and punctuation,
     * which runs into a URL without a blank.
     */
    static boolean endsUrl(int c) {
        if (Blanks.isBlank(c) || Character.isISOControl(c)) {
            return true;
        }
        if ("<>\"`\u201C\u201D".indexOf(c) >= 0 || isDirectionMark(c)) {
            return true;
        }
        return isUnspacedScript(c) || isCjkPunctuation(c);
    }

    /**
     * Letters, digits, marks and symbols of a (possibly international) host name, and {@code -_.}.
     */
    static boolean isHostChar(int c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
        } else if (c == 0x200C || c == 0x200D || isUnspacedScript(c)) {
            return true; // joiners of Indic names; CJK names (http://ああ.com), cut at their domain
        } else if (endsUrl(c)) {
            return false;
        }
        return Character.isLetterOrDigit(c)
                || isMark(c)
                || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    /** Unreserved characters, percent escapes, sub-delimiters but brackets, and the colon. */
    static boolean isUserInfoChar(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || "-._~%!$&'*+,;=:".indexOf(c) >= 0);
    }

    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Scripts written without blanks between words, so a URL ends where they start. */
    static boolean isUnspacedScript(int c) {
        if (c < 0x2E80) {
            return c >= 0x0E00 && c <= 0x0EFF; // Thai, Lao
        }
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.HAN
                || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL;
    }

    /** CJK symbols and punctuation (。、「」), and full-width forms (｜（）！). */
    private static boolean isCjkPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static boolean isDirectionMark(int c) {
        return c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    interface CharTest {
        boolean test(int c);
    }

    /** The index of the first character from {@code i} that fails the test. */
    static int skip(String s, int i, CharTest test) {
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!test.test(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }
}
