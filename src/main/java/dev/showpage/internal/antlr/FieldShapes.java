package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.LENGTH;
import static dev.showpage.internal.grammar.EpisodePageLexer.MONTH_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMERIC_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.PUBLISHED;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUANTITY;
import static dev.showpage.internal.grammar.EpisodePageLexer.RELATIVE_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.ValueLabels;
import org.antlr.v4.runtime.Token;

/**
 * Whether a date's or a length's field starts or ends at a token ahead: the questions the value
 * reader asks before it joins tokens into a value, since the same words are a value only where they
 * stand as a field of their own (at the line's start, after a label or a field's sign, before the
 * line's end, a sign or the other value). Looks ahead only; what was handed on before is read from
 * {@link HandedOn}.
 */
final class FieldShapes {

    private final Lookahead ahead;
    private final DateShapes dates;
    private final LengthShapes lengths;
    private final NumericDateShapes numericDates;
    private final HandedOn handedOn;

    FieldShapes(
            Lookahead ahead,
            DateShapes dates,
            LengthShapes lengths,
            NumericDateShapes numericDates,
            HandedOn handedOn) {
        this.ahead = ahead;
        this.dates = dates;
        this.lengths = lengths;
        this.numericDates = numericDates;
        this.handedOn = handedOn;
    }

    /**
     * The signs other than a bar, a bullet and a dash that listings print between a card's fields
     * ({@code 3 March 2024 · 45 min}, {@code / 45 min}, {@code ⋅}, {@code ●}, {@code ◦}): a
     * separator only between a date and a length, which the callers check.
     */
    static boolean isFieldSign(String text) {
        return text.length() == 1 && "\u00B7/\u22C5\u25CF\u25E6".indexOf(text.charAt(0)) >= 0;
    }

    static boolean isDate(int type) {
        return type == MONTH_DATE
                || type == NUMERIC_DATE
                || type == ISO_DATE
                || type == RELATIVE_DATE;
    }

    /** Whether a clock time reads as a length that is not zero. */
    static boolean isLength(String clock) {
        return Durations.timestampSeconds(clock) > 0;
    }

    /**
     * Whether a clock time of two parts could be a time of day ({@code 12:30}, {@code 9:05}): its
     * hours are fewer than 24. A time of three parts beside a date's separator is taken as a length
     * ({@code 1:02:03}): a time of day that gives its seconds says so with a zone or am/pm.
     */
    static boolean isTimeOfDay(String clock) {
        int colon = clock.indexOf(':');
        if (colon <= 0 || colon > 2 || clock.indexOf(':', colon + 1) >= 0) {
            return false;
        }
        // read where the digits stand: no string for the hours of every clock asked about. Any
        // text may be asked (isMetaLength asks before its isLength): hours that are not ASCII
        // digits make no time of day. Integer.parseInt took a '+' or non-ASCII digits too, which
        // no TIMESTAMP token holds, so the answer is the same for every clock.
        int hours = 0;
        for (int k = 0; k < colon; k++) {
            char c = clock.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
            hours = hours * 10 + (c - '0');
        }
        return hours < 24;
    }

    /** A bar, bullet, dash or another sign of {@link #isFieldSign} between two fields. */
    boolean isSeparator(int i) {
        int type = ahead.type(i);
        return type == BULLET
                || type == PIPE
                || type == DASH
                || ((type == WORD || type == OTHER) && isFieldSign(ahead.text(i)));
    }

    /** A lone sign that opens a list item: "*", "·", "▪", "◦", "‣". */
    boolean isListSign(int i) {
        int type = ahead.type(i);
        if (type != OTHER && type != WORD) {
            return false;
        }
        String text = ahead.text(i);
        if (text.length() != 1) {
            return false;
        }
        char c = text.charAt(0);
        return c == '*'
                || c == '\u00B7'
                || c == '\u25AA'
                || c == '\u25E6'
                || c == '\u2023'
                || c == '\u25CF';
    }

    /** Whether a field ends at token {@code i}: the line's end, a separator, or a length. */
    boolean endsField(int i) {
        int type = ahead.type(i);
        return type == NL
                || type == Token.EOF
                || type == BULLET
                || type == PIPE
                || type == DASH
                || isSeparator(i)
                || startsLength(i)
                || (type == TIMESTAMP && isLength(ahead.text(i)));
    }

    /**
     * Whether a date's field ends at token {@code i}: as {@link #endsField}, or a comma and a
     * length.
     */
    boolean endsDateField(int i) {
        return endsField(i)
                || (ahead.type(i) == COMMA
                        && (startsLength(i + 1)
                                || startsLabelledLength(i + 1)
                                || startsClockLength(i + 1)));
    }

    /** How many tokens the date at {@code i} has, as the reader will join them. */
    int dateTokens(int i) {
        if (isDate(ahead.type(i))) {
            return 1;
        }
        int numeric = numericShape(i);
        if (numeric > 0) {
            return numeric;
        }
        int n = dates.monthDate(i);
        if (n == 0) {
            return dates.weekdayNumeric(i);
        }
        return dates.cut < 0 ? n : 0;
    }

    int numericShape(int i) {
        int type = ahead.type(i);
        if (type == NUMBER) {
            return numericDates.spacedDotted(i);
        }
        return (type == DOMAIN || type == WORD) && numericDates.shortYear(i) ? 1 : 0;
    }

    /**
     * {@code 03.03.24}, {@code 3-3-24}, {@code 3. 3. 2024}: a numeric date the lexer leaves in
     * pieces or takes for a dotted word, read as one where it stands as a field: at the line's
     * start or after a date's label or a field's sign, and before the line's end, a sign or a
     * length. How many tokens, or 0; a version number or a score inside a sentence stays text.
     */
    int fieldNumericDate(int i) {
        int n = numericShape(i);
        if (n == 0) {
            return 0;
        }
        boolean opens =
                i > 0
                        || handedOn.lastType == NL
                        || handedOn.lastType == PUBLISHED
                        || (handedOn.lastType == COLON && handedOn.beforeLastType == PUBLISHED)
                        || handedOn.lastType == QUANTITY
                        || handedOn.lastSeparates;
        return opens && endsDateField(i + n) ? n : 0;
    }

    /**
     * {@code 45:12 min}, {@code 1:02:03 h}: a clock and its unit as a card's length, where it can
     * be nothing else: after a length's label, beside a date (after it and its sign, or before it),
     * or alone under a line of only a date. A chapter list writes its times with a unit too ({@code
     * 00:14:19h — Ropes}, {@code Ropes 5:04h}), so nowhere else. How many tokens, or 0.
     */
    int clockLengthWithUnit(int i) {
        int n = lengths.clockWithUnit(i);
        if (n == 0 || !isLength(ahead.text(i))) {
            return 0;
        }
        int after = i + n;
        boolean lineEnds = ahead.endsLine(after);
        boolean beforeDate =
                startsDate(after)
                        || startsLabelledDate(after)
                        || (isSeparator(after)
                                && (startsDate(after + 1) || startsLabelledDate(after + 1)));
        if (i > 0) {
            // looked at from a date or a comma before it: the field must end the line
            return lineEnds ? n : 0;
        }
        boolean afterLabel =
                handedOn.lastType == LENGTH
                        || (handedOn.lastType == COLON && handedOn.beforeLastType == LENGTH);
        boolean afterDate =
                isDate(handedOn.lastType)
                        || (handedOn.lastSeparates && isDate(handedOn.beforeLastType));
        boolean underDate = handedOn.lastType == NL && handedOn.underDateLine() && lineEnds;
        boolean opensLine = handedOn.lastType == NL && beforeDate;
        return (afterLabel && (lineEnds || beforeDate))
                        || (afterDate && lineEnds)
                        || underDate
                        || opensLine
                ? n
                : 0;
    }

    /**
     * A clock time at token {@code i} that ends its line and is no time of day: {@code 00:45:00},
     * {@code 62:10}, as a card prints its length after its date.
     */
    boolean startsClockLength(int i) {
        int after = ahead.type(i + 1);
        return ahead.type(i) == TIMESTAMP
                && (after == NL || after == Token.EOF)
                && isLength(ahead.text(i))
                && !isTimeOfDay(ahead.text(i));
    }

    /**
     * A date at token {@code i}, or a date's label and the date, or an amount of time ago ({@code
     * Publié le Mar 3, 2024}, {@code il y a 3 jours}), as a card prints it after its length.
     */
    boolean startsLabelledDate(int i) {
        if (dates.agoDate(i) > 0) {
            return true;
        }
        if (ahead.type(i) == WORD && ValueLabels.isDayPreposition(ahead.text(i))) {
            return startsDate(i + 1) && endsField(i + 1 + dateTokens(i + 1));
        }
        int n = lengths.label(i);
        if (n == 0 || lengths.labelKind == ValueLabels.Kind.LENGTH) {
            return false;
        }
        int value = ahead.type(i + n) == COLON ? i + n + 1 : i + n;
        if (lengths.isPreposition(value)) {
            value++;
        }
        return startsDate(value);
    }

    /**
     * A length's label and the length after it ({@code Durée : 45 min}, {@code Duration: 1:02:03}),
     * as a date line prints them after its separator.
     */
    boolean startsLabelledLength(int i) {
        int n = lengths.label(i);
        if (n == 0 || lengths.labelKind != ValueLabels.Kind.LENGTH) {
            return false;
        }
        int value = ahead.type(i + n) == COLON ? i + n + 1 : i + n;
        return startsLength(value) || ahead.type(value) == TIMESTAMP && isLength(ahead.text(value));
    }

    boolean startsLength(int i) {
        return lengths.quantity(i) > 0
                || lengths.isIsoDuration(i)
                || (i > 0 && clockLengthWithUnit(i) > 0);
    }

    /** A clock time at token {@code i} that can be a length ({@code 0:29:24}, {@code 45:12}). */
    boolean startsClock(int i) {
        return ahead.type(i) == TIMESTAMP && isLength(ahead.text(i));
    }

    boolean startsDate(int i) {
        int type = ahead.type(i);
        return isDate(type)
                || dates.monthDate(i) > 0
                || dates.weekdayNumeric(i) > 0
                || (i > 0 && fieldNumericDate(i) > 0);
    }

    /** A date, with or without its year, or an amount of time ago, at token {@code i}. */
    boolean startsDateOrAgo(int i) {
        return startsDate(i) || dates.agoDate(i) > 0 || dates.yearlessDate(i) > 0;
    }

    /**
     * A clock time that can only be the episode's length: right after the date of a meta line, the
     * line's last value ({@code Oct 30, 2024 51:07}); or alone on its line among a card's meta
     * lines, after a line of only a date and lines of only a file size, with no length yet ({@code
     * • 23.12.2021} / {@code 70 MB} / {@code 58:10}). A time of day after a date was taken with the
     * date; a zero ({@code 00:00}) opens a chapter list, never a length.
     */
    boolean isMetaLength() {
        int after = ahead.type(1);
        boolean lineEnds = after == NL || after == Token.EOF;
        boolean fieldEnds = lineEnds || after == BULLET || after == PIPE || after == DASH;
        // Whether the clock reads as a length is asked last: most clocks of a page are a chapter
        // list's, which the place turns away before the clock is read.
        if (isDate(handedOn.lastType)) {
            // a time of day right after the date was taken with it
            return fieldEnds && isLength(ahead.text(0));
        }
        if (handedOn.lastSeparates && isDate(handedOn.beforeLastType)) {
            // "Oct 30, 2024 | 51:07"; "| 12:30" may be the time of day
            return fieldEnds && !isTimeOfDay(ahead.text(0)) && isLength(ahead.text(0));
        }
        boolean afterLabel =
                handedOn.lastType == LENGTH
                        || handedOn.lastType == COLON && handedOn.beforeLastType == LENGTH;
        if (afterLabel && handedOn.lineHasDate()) {
            // "Mar 3, 2024 | Duration: 45:12": the date line's labelled length; its field ends
            // at the line's end, a sign, or the label of the line's next field ("Tags: ...")
            return (fieldEnds || NextFieldLabels.opensAt(ahead, 1)) && isLength(ahead.text(0));
        }
        if (handedOn.lastType != NL && !afterLabel) {
            return false;
        }
        // "45:12 • 3 mars 2024": a length before the date of a meta line
        boolean beforeDate =
                !isTimeOfDay(ahead.text(0))
                        && (isSeparator(1) && (startsDate(2) || startsLabelledDate(2))
                                || (afterLabel && (startsDate(1) || startsLabelledDate(1))));
        return (beforeDate || (!afterLabel && lineEnds && handedOn.underDateLine()))
                && isLength(ahead.text(0));
    }

    /**
     * {@code 05:53|}: a clock time alone on its line but for the separator after it, where a
     * listing left out the field that follows (its date): a meta line's length.
     */
    boolean isLengthField() {
        int after = ahead.type(2);
        return handedOn.lastType == NL
                && (ahead.type(1) == PIPE || ahead.type(1) == BULLET)
                && (after == NL || after == Token.EOF)
                && isLength(ahead.text(0));
    }
}
