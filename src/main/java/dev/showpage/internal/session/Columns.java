package dev.showpage.internal.session;

import org.antlr.v4.runtime.Token;

/**
 * Columns in UTF-16 code units, as the model promises: ANTLR counts code points, which differ after
 * a character outside the Basic Multilingual Plane (an emoji is one code point and two code units).
 */
public final class Columns {

    private static final Columns SAME = new Columns(null);

    // The UTF-16 index of each code point; null when the input has no surrogate pair.
    private final int[] utf16Index;

    private Columns(int[] utf16Index) {
        this.utf16Index = utf16Index;
    }

    public static Columns of(String input) {
        boolean pairs = false;
        for (int i = 0; i < input.length() && !pairs; i++) {
            pairs = Character.isHighSurrogate(input.charAt(i));
        }
        if (!pairs) {
            return SAME;
        }
        int[] index = new int[input.codePointCount(0, input.length()) + 1];
        int cp = 0;
        for (int i = 0; i < input.length(); i = input.offsetByCodePoints(i, 1)) {
            index[cp++] = i;
        }
        index[cp] = input.length();
        return new Columns(index);
    }

    /** The token's 1-based column in UTF-16 code units. */
    public int of(Token token) {
        int column = token.getCharPositionInLine();
        int start = token.getStartIndex();
        if (utf16Index == null || start < 0 || start >= utf16Index.length || column > start) {
            return column + 1;
        }
        return utf16Index[start] - utf16Index[start - column] + 1;
    }
}
