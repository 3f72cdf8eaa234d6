package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
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
     * {@code 03.03.24}, {@code 3-3-24}: one token of three numbers joined by dots or by dashes, the
     * last of two digits, the first two a day and a month in one order or the other.
     */
    boolean shortYear(int i) {
        int type = ahead.type(i);
        if (type != DOMAIN && type != WORD) {
            return false;
        }
        String text = ahead.text(i);
        char sign = type == DOMAIN ? '.' : '-';
        String[] parts = text.split(sign == '.' ? "\\." : "-", -1);
        if (parts.length != 3 || parts[2].length() != 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
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
