package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

/**
 * {@code S01E01}, {@code S2 / E5}, {@code s03 - e12}: a season and episode code as a listing prints
 * it before an episode's date. The value reader takes the code as the date's label where the date
 * follows it and ends its field; anywhere else it stays text.
 */
final class EpisodeCodes {

    /** The most digits of a season's or an episode's number in a code. */
    private static final int MOST_DIGITS = 3;

    private EpisodeCodes() {}

    /**
     * How many tokens the code at token 0 has with the sign after it, or 0: a season ({@code S} and
     * digits) and an episode ({@code E} and digits), in one word or two, maybe a sign between.
     */
    static int at(Lookahead ahead, FieldShapes fields) {
        String first = ahead.text(0);
        // Nearly every word is turned away here: an "S" and a digit open no word of prose.
        if (first.length() < 2
                || (first.charAt(0) != 'S' && first.charAt(0) != 's')
                || !Character.isDigit(first.charAt(1))) {
            return 0;
        }
        int digits = digits(first, 1);
        if (digits - 1 > MOST_DIGITS) {
            return 0;
        }
        int k;
        if (digits == first.length()) {
            k = fields.isSeparator(1) ? 2 : 1; // "S01 / E01", "S01 E01"
            if (ahead.type(k) != WORD || !isNumbered(ahead.text(k), 'E', 'e')) {
                return 0;
            }
        } else if (isNumbered(first.substring(digits), 'E', 'e')) {
            k = 0; // "S01E01"
        } else {
            return 0;
        }
        k++;
        return fields.isSeparator(k) ? k + 1 : k;
    }

    /** Where the digits from {@code from} end in {@code text}. */
    private static int digits(String text, int from) {
        int end = from;
        while (end < text.length() && isAsciiDigit(text, end)) {
            end++;
        }
        return end;
    }

    /** A letter, then one to three digits and nothing else: "E01", "e7". */
    private static boolean isNumbered(String text, char upper, char lower) {
        if (text.length() < 2 || text.length() > MOST_DIGITS + 1) {
            return false;
        }
        char c = text.charAt(0);
        return (c == upper || c == lower) && digits(text, 1) == text.length();
    }

    private static boolean isAsciiDigit(String text, int at) {
        char c = text.charAt(at);
        return c >= '0' && c <= '9';
    }
}
