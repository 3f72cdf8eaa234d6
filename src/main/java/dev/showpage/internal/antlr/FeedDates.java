package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUESTION;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.URL;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.DateWords;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The date of a feed's item, as RSS prints every {@code pubDate} (RFC 822, RFC 1123): {@code Fri,
 * 09 Apr 2021 05:00:00 -0700}, {@code 2 Apr 2021 05:45 GMT}. A scraper that flattens a feed runs
 * each item's title, date, guid and description into one line; the date then stands after the
 * title, where no other date shape opens an item. Only the whole shape counts (a day before its
 * month, a four-digit year, a clock and a zone): a date in prose has no zone after its clock.
 */
final class FeedDates {

    /**
     * The zones RFC 822 names (section 5.1), and the ones of central Europe that feeds of German,
     * French and Dutch sites print in their place; numeric offsets are read apart.
     */
    private static final Set<String> ZONES =
            Set.of(
                    "UT", "UTC", "GMT", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
                    "CET", "CEST", "MEZ", "MESZ", "BST", "WET", "WEST");

    /** Closing brackets and quotes: a title may end with one before its item's date. */
    private static final String TITLE_CLOSERS = ")]\"'\u201D\u2019\u00BB";

    /**
     * Tokens within which two items' dates stand too close for the text between them to be an
     * item's title and notes: a title and a guid or a description take more.
     */
    static final int CLOSE = 12;

    private final Lookahead ahead;

    FeedDates(Lookahead ahead) {
        this.ahead = ahead;
    }

    /**
     * Whether the {@code n} tokens from the current one are a feed item's date with its time and
     * zone: [weekday ,] day month year clock zone.
     */
    boolean isItemDate(int n) {
        int j = 0;
        if (ahead.type(0) == WORD && DateWords.isWeekday(ahead.lower(0))) {
            j = afterStop(1); // "Sa., 20 März 2021": a feed made in another language
            if (ahead.type(j) != COMMA) {
                return false;
            }
            j++;
        }
        if (ahead.type(j) != NUMBER || ahead.text(j).length() > 2) {
            return false;
        }
        if (ahead.type(j + 1) != WORD || DateWords.month(ahead.lower(j + 1)) == 0) {
            return false;
        }
        j = afterStop(j + 2);
        if (ahead.type(j) != NUMBER || ahead.text(j).length() != 4) {
            return false;
        }
        if (ahead.type(j + 1) != TIMESTAMP) {
            return false;
        }
        return zoneEnds(j + 2, n);
    }

    /** Token {@code k}, or the one after it when {@code k} is an abbreviation's glued stop. */
    private int afterStop(int k) {
        return ahead.type(k) == STOP && ahead.glued(k) ? k + 1 : k;
    }

    /**
     * Whether an item's date opens its own line here, {@code n} tokens from the current one making
     * it: when it ends its line, or a guid or notes of some length follow it. Not when another one
     * starts within a few tokens on the line (a feed's header prints the channel's date and then,
     * after its language, the first item's title and date), nor when a few words end the line after
     * it (a sentence that names a day), nor when it ends its line a few tokens after the date
     * before it (a feed of titles only, where no token tells which title a date belongs to).
     *
     * @param closeBefore whether another item's date stood a few tokens before on the line
     */
    boolean opensItem(int n, boolean closeBefore) {
        for (int k = n; k < n + CLOSE; k++) {
            int type = ahead.type(k);
            if (type == NL || type == Token.EOF) {
                // "Title date" closing its line, notes below; not "... date at the studio"
                return k == n && !closeBefore;
            }
            if (startsItemDate(k)) {
                return false;
            }
        }
        return true;
    }

    /** A weekday, a comma, a day and a month's name from token {@code k}. */
    private boolean startsItemDate(int k) {
        if (ahead.type(k) != WORD || !DateWords.isWeekday(ahead.lower(k))) {
            return false;
        }
        int j = afterStop(k + 1);
        return ahead.type(j) == COMMA
                && ahead.type(j + 1) == NUMBER
                && ahead.type(j + 2) == WORD
                && DateWords.month(ahead.lower(j + 2)) != 0;
    }

    /** Whether the zone from token {@code j} ends exactly at token {@code n}. */
    private boolean zoneEnds(int j, int n) {
        int type = ahead.type(j);
        String text = ahead.text(j);
        if (n == j + 1 && type == WORD) {
            return ZONES.contains(text) || isOffset(text);
        }
        // "-0700": a dash and four digits glued to it
        return n == j + 2
                && ahead.glued(j + 1)
                && (type == DASH || (type == OTHER && text.equals("+")))
                && ahead.type(j + 1) == NUMBER
                && ahead.text(j + 1).length() == 4;
    }

    /** {@code +0100}: a sign and four digits, one word to the lexer. */
    private static boolean isOffset(String text) {
        return text.length() == 5
                && text.charAt(0) == '+'
                && LengthShapes.digits(text.substring(1)) == 4;
    }

    /**
     * Whether a token of {@code type} and {@code text}, just before an item's date on its line, can
     * end the item's title: a word, a number, a sentence's end, a link, a closing bracket or quote.
     * A label, a colon or a separator before the date makes it a field of its line instead.
     */
    static boolean endsTitle(int type, String text) {
        return switch (type) {
            case WORD, NUMBER, STOP, QUESTION, DOMAIN, URL -> true;
            case OTHER -> text.length() == 1 && TITLE_CLOSERS.indexOf(text.charAt(0)) >= 0;
            default -> false;
        };
    }
}
