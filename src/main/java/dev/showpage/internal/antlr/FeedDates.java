package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * The date of a feed's item, as RSS prints every {@code pubDate} (RFC 822, RFC 1123): {@code Fri,
 * 09 Apr 2021 05:00:00 -0700}, {@code 2 Apr 2021 05:45 GMT}. A scraper that flattens a feed runs
 * each item's title, date, guid and description into one line; the date then stands after the
 * title, where no other date shape opens an item. What makes the item certain is the token right
 * after the date's zone: the item's guid, a UUID or a URN, which no status line ("Last updated Fri,
 * 09 Apr 2021 05:00:00 GMT"), sentence ("We met Fri, ... GMT at the studio"), comment, channel date
 * or feed of titles only puts there. A link is no proof: status lines, comments, sentences and
 * chapters print one after a date as often. The decision rests on that one token, not on how the
 * line goes on.
 */
final class FeedDates {

    /** The weekdays as RFC 822 spells them (section 5.1), Monday first: the only ones cut off. */
    private static final List<String> RFC_WEEKDAYS =
            List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    /** Closing brackets and quotes: a title may end with one before its item's date. */
    private static final String TITLE_CLOSERS = ")]\"'\u201D\u2019\u00BB";

    /** The lengths of a UUID's groups of hex digits (RFC 4122), as feeds print an item's guid. */
    private static final int[] UUID_GROUPS = {8, 4, 4, 4, 12};

    private final Lookahead ahead;
    private final TimeOfDayTokens times;

    FeedDates(Lookahead ahead, TimeOfDayTokens times) {
        this.ahead = ahead;
        this.times = times;
    }

    /**
     * Whether the {@code n} tokens from the current one are a feed item's date that opens its own
     * line: after a token that can end a title ({@code before}), the whole shape ([weekday ,] day
     * month year clock zone) and right after it the item's guid.
     */
    boolean opensItem(int n, Token before) {
        if (before == null || !endsTitle(before.getType(), before.getText())) {
            return false;
        }
        int j = 0;
        if (ahead.type(0) == WORD && DateWords.isWeekday(ahead.lower(0))) {
            j = afterStop(1); // "Sa., 20 März 2021": a feed made in another language
            if (ahead.type(j) != COMMA) {
                return false;
            }
            j++;
        }
        return shapeEnd(j) == n && isGuid(n);
    }

    /**
     * {@code TitleFri, 09 Apr 2021 05:00:00 GMT guid}: where the scraper left no blank before the
     * date, how many characters of the current word are the title's (those before the weekday), or
     * 0. Only a weekday as RFC 822 spells it is cut off a word, capital first after a small letter
     * or a closing sign, when it is the date's own day of the week and the whole shape and a guid
     * follow.
     */
    int gluedWeekday() {
        String text = ahead.text(0);
        int keep = text.length() - 3;
        if (ahead.type(0) != WORD || keep < 1 || !Character.isUpperCase(text.charAt(keep))) {
            return 0;
        }
        int weekday = RFC_WEEKDAYS.indexOf(text.substring(keep)) + 1;
        char before = text.charAt(keep - 1);
        if (weekday == 0 || Character.isUpperCase(before) || before == '-') {
            return 0; // "XFri", "Black-Fri": no weekday glued on
        }
        if (ahead.type(1) != COMMA || !ahead.glued(1) || dayOfWeek(2) != weekday) {
            return 0;
        }
        int end = shapeEnd(2);
        return end > 0 && isGuid(end) ? keep : 0;
    }

    /**
     * A line break of no width just before {@code value}: the line the value opens then reads as if
     * the page had broken it there.
     */
    static Token lineBreakBefore(Token value) {
        int start = value.getStartIndex();
        PageToken lineBreak =
                PageToken.spanning(value.getTokenSource(), NL, value, start, start - 1);
        lineBreak.setText("");
        return lineBreak;
    }

    /**
     * After day, month, year, clock and zone from token {@code j}: the index of the token after
     * them, or -1.
     */
    private int shapeEnd(int j) {
        int year = afterStop(j + 2);
        if (!isDayMonthYear(j) || ahead.type(year + 1) != TIMESTAMP) {
            return -1;
        }
        int zone = times.zone(year + 2);
        return zone > 0 ? year + 2 + zone : -1;
    }

    /** Whether tokens from {@code j} are a day of one or two digits, a month's name and a year. */
    private boolean isDayMonthYear(int j) {
        int year = afterStop(j + 2);
        return ahead.type(j) == NUMBER
                && ahead.text(j).length() <= 2
                && ahead.type(j + 1) == WORD
                && DateWords.month(ahead.lower(j + 1)) != 0
                && ahead.type(year) == NUMBER
                && ahead.text(year).length() == 4;
    }

    /** The day of the week (1 for Monday) of the day, month and year from token {@code j}, or 0. */
    private int dayOfWeek(int j) {
        if (!isDayMonthYear(j)) {
            return 0;
        }
        int year = Integer.parseInt(ahead.text(afterStop(j + 2)));
        int month = DateWords.month(ahead.lower(j + 1));
        try {
            return LocalDate.of(year, month, Integer.parseInt(ahead.text(j)))
                    .getDayOfWeek()
                    .getValue();
        } catch (DateTimeException noSuchDay) {
            return 0; // "31 Apr": no day, so no day of the week to agree with
        }
    }

    /** Token {@code k}, or the one after it when {@code k} is an abbreviation's glued stop. */
    private int afterStop(int k) {
        return ahead.type(k) == STOP && ahead.glued(k) ? k + 1 : k;
    }

    /**
     * Whether token {@code k} is an item's guid as only guids are printed: a UUID ({@code
     * 7c1e90aa-51d2-4e0b-9f3a-2b8d11c0e4f7}, one word to the lexer) or a URN ({@code
     * urn:uuid:...}). A feed whose guids are its items' links is not read: a link after a date is
     * as often a status line's, a comment's or a sentence's.
     */
    private boolean isGuid(int k) {
        if (ahead.type(k) != WORD) {
            return false;
        }
        String text = ahead.text(k);
        if (text.toLowerCase(Locale.ROOT).equals("urn")) {
            return ahead.type(k + 1) == COLON && ahead.glued(k + 1) && ahead.glued(k + 2);
        }
        return isUuid(text);
    }

    /** Five groups of hex digits of 8, 4, 4, 4 and 12, joined by dashes. */
    static boolean isUuid(String text) {
        String[] groups = text.split("-", -1);
        if (groups.length != UUID_GROUPS.length) {
            return false;
        }
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].length() != UUID_GROUPS[g] || !isHex(groups[g])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String group) {
        for (int c = 0; c < group.length(); c++) {
            if (Character.digit(group.charAt(c), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a token of {@code type} and {@code text}, just before an item's date on its line, can
     * end the item's title: a word, a number, a sentence's end, a link, a closing bracket or quote.
     * A label, a colon or a separator before the date makes it a field of its line instead.
     */
    private static boolean endsTitle(int type, String text) {
        return switch (type) {
            case WORD, NUMBER, STOP, QUESTION, DOMAIN, URL -> true;
            case OTHER -> text.length() == 1 && TITLE_CLOSERS.indexOf(text.charAt(0)) >= 0;
            default -> false;
        };
    }
}
