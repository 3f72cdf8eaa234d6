package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMERIC_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

/**
 * Numeric dates the lexer cannot tell from other numbers by their shape alone: a two-digit year
 * after dots or dashes ({@code 03.03.24}, {@code 3-3-24}, which the lexer leaves a dotted word or a
 * hyphenated one, as it does a version number or a score), and a German date with a blank after
 * each dot ({@code 3. 3. 2024}). The caller takes them as dates only where they stand as a field of
 * their own (the line's start or a label before them, the line's end or a sign after them).
 */
final class NumericDateShapes {

    private final Lookahead ahead;

    NumericDateShapes(Lookahead ahead) {
        this.ahead = ahead;
    }

    /**
     * {@code 14/01/2200:53:43}, {@code 3.9.2510:30}, {@code 14-01-2200:53:43}: a date with a
     * two-digit year that a scraper ran into the clock after it, which the lexer took with a
     * four-digit year ending in the clock's hours. A clock never opens with its colon, so the two
     * digits before it are the clock's: whether the numeric date at {@code i} is such a one, its
     * day and month one or two digits each, between the same sign twice.
     */
    boolean yearRunIntoClock(int i) {
        if (ahead.type(i) != NUMERIC_DATE
                || ahead.type(i + 1) != COLON
                || !ahead.glued(i + 1)
                || !ahead.glued(i + 2)
                || (ahead.type(i + 2) != NUMBER && ahead.type(i + 2) != TIMESTAMP)) {
            return false;
        }
        String text = ahead.text(i);
        int first = LengthShapes.digits(text);
        if (first < 1 || first > 2 || first >= text.length()) {
            return false;
        }
        char sign = text.charAt(first);
        int last = text.lastIndexOf(sign);
        return (sign == '/' || sign == '.' || sign == '-')
                && last - first - 1 >= 1
                && last - first - 1 <= 2
                && LengthShapes.digits(text.substring(first + 1)) == last - first - 1
                && text.length() - last - 1 == 4
                && LengthShapes.digits(text.substring(last + 1)) == 4;
    }

    /**
     * {@code 03.03.24}, {@code 3-3-24}: one token of three numbers joined by dots or by dashes, the
     * last of two digits, the first two a day and a month in one order or the other.
     */
    boolean shortYear(int i) {
        int type = ahead.type(i);
        if (type != DOMAIN && type != WORD) {
            return false;
        }
        int first = ahead.firstChar(i);
        if (first < 0 || !Character.isDigit(first)) {
            return false; // nearly every word: turned away without making its text
        }
        String text = ahead.text(i);
        char sign = type == DOMAIN ? '.' : '-';
        int firstSign = text.indexOf(sign);
        int secondSign = firstSign < 0 ? -1 : text.indexOf(sign, firstSign + 1);
        if (secondSign < 0
                || text.indexOf(sign, secondSign + 1) >= 0
                || text.length() - secondSign - 1 != 2) {
            return false;
        }
        int a = smallNumber(text, 0, firstSign);
        int b = smallNumber(text, firstSign + 1, secondSign);
        int year = smallNumber(text, secondSign + 1, text.length());
        return year >= 0 && a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
    }

    /** The number of one or two digits (of any script) from {@code from} to {@code to}, or -1. */
    private static int smallNumber(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 2) {
            return -1;
        }
        int value = 0;
        for (int k = from; k < to; k++) {
            int digit = Character.digit(text.charAt(k), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * {@code 3. 3. 2024}: a day, a month and a four-digit year, each of the first two with its dot
     * glued after it and a blank before the next number; how many tokens, or 0. A numbered list's
     * "3. 4. 2024" stays one only where the caller finds it standing as a field.
     */
    int spacedDotted(int i) {
        for (int k = 0; k < 2; k++) {
            int number = i + 2 * k;
            if (ahead.type(number) != NUMBER
                    || ahead.type(number + 1) != STOP
                    || !ahead.glued(number + 1)
                    || ahead.glued(number + 2)
                    || !ahead.text(number + 1).equals(".")) {
                return 0;
            }
        }
        if (ahead.type(i + 4) != NUMBER || ahead.text(i + 4).length() != 4) {
            return 0;
        }
        int day = Integer.parseInt(ahead.text(i));
        int month = Integer.parseInt(ahead.text(i + 2));
        int year = Integer.parseInt(ahead.text(i + 4));
        boolean numbers = ahead.text(i).length() <= 2 && ahead.text(i + 2).length() <= 2;
        return numbers
                        && day >= 1
                        && day <= 31
                        && month >= 1
                        && month <= 12
                        && year >= 1900
                        && year < 2100
                ? 5
                : 0;
    }
}
