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

    /** The weekdays as RFC 822 spells them (section 5.1), the only ones cut off a word. */
    private static final Set<String> RFC_WEEKDAYS =
            Set.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

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
        int end = clockEnd(j);
        return end > 0 && end + zone(end) == n && zone(end) > 0;
    }

    /**
     * {@code TitleFri, 09 Apr 2021 05:00:00 GMT}: where the scraper left no blank before the date,
     * how many characters of the current word are the title's (those before the weekday), or 0.
     * Only the weekdays as RFC 822 spells them are cut off a word, capital first, after a small
     * letter, a digit or a closing sign, and only before the rest of the whole shape.
     */
    int gluedWeekday() {
        String text = ahead.text(0);
        int keep = text.length() - 3;
        if (ahead.type(0) != WORD
                || keep < 1
                || !Character.isUpperCase(text.charAt(keep))
                || !RFC_WEEKDAYS.contains(text.substring(keep))) {
            return 0;
        }
        char before = text.charAt(keep - 1);
        if (Character.isUpperCase(before) || before == '-') {
            return 0; // "XFri", "Black-Fri": no weekday glued on
        }
        if (ahead.type(1) != COMMA || !ahead.glued(1)) {
            return 0;
        }
        int end = clockEnd(2);
        return end > 0 && zone(end) > 0 ? keep : 0;
    }

    /** After day, month and year and the clock from token {@code j}: the zone's index, or -1. */
    private int clockEnd(int j) {
        if (ahead.type(j) != NUMBER || ahead.text(j).length() > 2) {
            return -1;
        }
        if (ahead.type(j + 1) != WORD || DateWords.month(ahead.lower(j + 1)) == 0) {
            return -1;
        }
        int k = afterStop(j + 2);
        if (ahead.type(k) != NUMBER || ahead.text(k).length() != 4) {
            return -1;
        }
        return ahead.type(k + 1) == TIMESTAMP ? k + 2 : -1;
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

    /** How many tokens the zone from token {@code j} takes, or 0. */
    private int zone(int j) {
        int type = ahead.type(j);
        String text = ahead.text(j);
        if (type == WORD) {
            return ZONES.contains(text) || isOffset(text) ? 1 : 0;
        }
        // "-0700": a sign and four digits glued to it
        boolean offset =
                ahead.glued(j + 1)
                        && (type == DASH || (type == OTHER && text.equals("+")))
                        && ahead.type(j + 1) == NUMBER
                        && ahead.text(j + 1).length() == 4;
        return offset ? 2 : 0;
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
