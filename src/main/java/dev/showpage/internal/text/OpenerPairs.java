package dev.showpage.internal.text;

/**
 * The first two characters, folded, of the words that may open a value ({@link
 * DateWords#opensValue}): a word of prose is turned away by a look at its first two characters,
 * before it is folded or hashed. About one pair in eight of the letters' pairs opens a value, and a
 * word with accents or a typographic apostrophe, which {@link DateWords#fold} would decompose into
 * a new string, is turned away as cheaply as a plain one.
 */
final class OpenerPairs {

    /** The characters whose folding is read from {@link #FOLDED}: Latin, with its accents. */
    private static final int LATIN_END = 0x250;

    /**
     * What each character below {@link #LATIN_END} folds to when that is one ASCII character
     * ({@code É} to {@code e}); 0 when it folds to none ({@code .}, dropped at a word's end), to
     * more than one or to another character ({@code ß}, {@code æ}).
     */
    private static final char[] FOLDED = new char[LATIN_END];

    /** One bit per pair of ASCII characters, the first times 128 plus the second. */
    private static final long[] PAIRS = new long[128 * 128 / Long.SIZE];

    static {
        for (char c = 0; c < LATIN_END; c++) {
            String folded = DateWords.fold(String.valueOf(c));
            boolean one = folded.length() == 1 && folded.charAt(0) < 0x80 && folded.charAt(0) > 0;
            FOLDED[c] = one ? folded.charAt(0) : 0;
        }
        for (String opener : DateWords.openers()) {
            if (opener.length() < 2) {
                continue; // such a word is never turned away: it has no second character
            }
            // as the ASCII look-up compares, without case: every pair it could take for this one
            for (char a = 1; a < 0x80; a++) {
                if (!sameIgnoringCase(a, opener.charAt(0))) {
                    continue;
                }
                for (char b = 1; b < 0x80; b++) {
                    if (sameIgnoringCase(b, opener.charAt(1))) {
                        int pair = a << 7 | b;
                        PAIRS[pair >>> 6] |= 1L << pair;
                    }
                }
            }
        }
    }

    private OpenerPairs() {}

    /**
     * Whether the word may open a value: false only where its first two characters, folded, start
     * no word of {@link DateWords#openers}; true wherever that is not told at a look.
     */
    static boolean mayOpen(String word) {
        if (word.length() < 2) {
            return true;
        }
        char first = word.charAt(0);
        char second = word.charAt(1);
        if (first >= LATIN_END || second >= LATIN_END) {
            return true;
        }
        char a = FOLDED[first];
        char b = FOLDED[second];
        if (a == 0 || b == 0) {
            return true;
        }
        int pair = a << 7 | b;
        return (PAIRS[pair >>> 6] & (1L << pair)) != 0;
    }

    /** As {@link String#regionMatches(boolean, int, String, int, int)} compares two characters. */
    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }

    /** How many pairs open a value; for tests. */
    static int pairs() {
        int n = 0;
        for (long bits : PAIRS) {
            n += Long.bitCount(bits);
        }
        return n;
    }
}
