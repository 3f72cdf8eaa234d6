package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.Dates;
import java.util.Locale;

/**
 * The time of day a page prints after a date, over the lexer's tokens: the clock, its am or pm and
 * its zone. It is a part of the date's token, not a date's shape of its own, and it is told apart
 * from a length that players print after a date in the same place, so it is read apart from {@link
 * DateShapes}.
 */
final class TimeOfDayTokens {

    private final Lookahead ahead;

    TimeOfDayTokens(Lookahead ahead) {
        this.ahead = ahead;
    }

    /**
     * The time of day after a date that ends before token {@code k} ({@code , 19:00}, {@code at
     * 6:35 pm}, {@code 5:45PM}, {@code 21:00:00 +0100}, {@code | 5:49 AM}): how many tokens. A time
     * after a bar must say it is one (am, pm or a zone), since a bar also stands before a length
     * written as a clock, and a bare {@code 1:02:03} (one digit of hours, and seconds) is a length
     * as players print it after a date. What the date's reader does not take is left out.
     */
    int timeOfDay(int dateStart, int k) {
        int j = k;
        boolean barred = false;
        int type = ahead.type(j);
        if (type == COMMA
                || (type == WORD && DateWords.introducesTime(ahead.text(j)))
                || (type == OTHER && ahead.text(j).equals("@"))) {
            j++;
        } else if (type == PIPE) {
            barred = true;
            j++;
        }
        if (ahead.type(j) != TIMESTAMP) {
            return 0;
        }
        boolean bare = j == k;
        String clock = ahead.text(j);
        j++;
        int[] ends = new int[4];
        int count = 0;
        ends[count++] = j;
        if (ahead.type(j) == STOP && ahead.glued(j) && ahead.type(j + 1) == NUMBER) {
            j += 2; // fractions of a second
            ends[count++] = j;
        }
        boolean marked = false;
        if (isMeridiem(j)) {
            j += ahead.type(j + 1) == STOP && ahead.glued(j + 1) ? 2 : 1;
            ends[count++] = j;
            marked = true;
        }
        int zone = zone(j);
        if (zone > 0) {
            j += zone;
            ends[count++] = j;
            marked = true;
        }
        if (barred && !marked) {
            return 0;
        }
        if (bare && !marked && clock.indexOf(':') == 1 && clock.lastIndexOf(':') == 4) {
            return 0; // "Oct 30, 2024 1:02:03": a length, as players print it after the date
        }
        for (int c = count - 1; c >= 0; c--) {
            if (Dates.isWrittenAsDate(ahead.between(dateStart, ends[c] - 1))) {
                return ends[c] - k;
            }
        }
        return 0;
    }

    boolean isMeridiem(int j) {
        int type = ahead.type(j);
        String text = ahead.text(j).toLowerCase(Locale.ROOT);
        return (type == WORD && (text.equals("am") || text.equals("pm")))
                || (type == DOMAIN && (text.equals("a.m") || text.equals("p.m")));
    }

    /**
     * {@code GMT}, {@code MEZ}, {@code Z}, {@code +0000}, {@code -06:00}: how many tokens, or 0.
     */
    int zone(int j) {
        int type = ahead.type(j);
        String text = ahead.text(j);
        if (type == WORD && text.length() <= 5 && Character.isLetter(text.charAt(0))) {
            return text.equals(text.toUpperCase(Locale.ROOT)) || text.equals("Uhr") ? 1 : 0;
        }
        if (type == WORD && text.charAt(0) == '+' && LengthShapes.digits(text.substring(1)) == 4) {
            return 1; // "+0100", one word to the lexer
        }
        boolean sign = (type == OTHER && text.equals("+")) || type == DASH;
        int next = ahead.type(j + 1);
        return sign && ahead.glued(j + 1) && (next == NUMBER || next == TIMESTAMP) ? 2 : 0;
    }
}
