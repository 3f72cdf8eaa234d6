package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.ISO_DURATION;
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
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.URL;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.PlayerWords;
import dev.showpage.internal.text.ValueLabels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The lexer's tokens with the values of any of the page's languages made whole: between the lexer
 * and the {@link TokenWindow}, it gives a word its date or unit type and joins the tokens of one
 * date or length ({@code 16} {@code décembre} {@code 2025}) into one token of the type the grammar
 * expects ({@code MONTH_DATE}, {@code QUANTITY}, {@code LENGTH}, {@code PUBLISHED}, ...). A joined
 * token spans its parts (the first's start, line and column, the last's stop), so every token keeps
 * its place in the input and text is read back from the input as before.
 *
 * <p>The lexer knows only shapes (numbers, words, numeric dates); which words are months, weekdays,
 * units and labels is {@code text}'s vocabulary, so one reader serves every language. Values a
 * scraper glued together are cut where the shape of the value makes the boundary certain ({@code
 * 20251 hr}: a year has four digits; {@code 45 minEp. 12}: no unit has a capital inside); where it
 * does not, the text is left whole and noted in {@link #gluedText()}.
 */
final class ValueTokens implements TokenSource {

    /**
     * Month abbreviations of the seven languages that are also English words ("set" and "out" for
     * September and October in Italian and Portuguese, "ago", "gen", "mag"), lower case.
     */
    private static final java.util.Set<String> WORD_MONTHS =
            java.util.Set.of("set", "out", "ago", "gen", "mag");

    private final TokenSource lexer;
    private final Lookahead ahead;
    private final DateShapes dates;
    private final LengthShapes lengths;
    private final LoneLengths loneLengths;
    private final NumericDateShapes numericDates;
    private final ArrayDeque<Token> ready = new ArrayDeque<>(2);
    private final List<TokenWindow.GluedText> glued = new ArrayList<>();

    /** The types of the last two tokens handed on. */
    private int lastType = NL;

    private int beforeLastType = NL;

    /** Where the last glued text noted starts. */
    private int lastNoted = -1;

    /** The most words of a sentence before the weekday of the date it states. */
    private static final int SENTENCE_WORDS = 2;

    /** The most button words before a date on a player's meta line. */
    private static final int BUTTON_WORDS = 6;

    /**
     * What the lines handed on so far say of an episode's meta lines: {@link #DATED} after a line
     * of only a date (a card's "• 23.12.2021"), kept over lines of only a file size ("70 MB"),
     * until a line of only a clock time takes it as the episode's length; {@link #NONE} otherwise.
     */
    private static final int NONE = 0;

    private static final int DATED = 1;

    private int metaLines = NONE;

    /** Whether the last token handed on is a separator of fields: a bullet, bar, dash or "·". */
    private boolean lastSeparates;

    /** Of the current line: tokens handed on, and which kinds. */
    private int lineTokens;

    private int lineDates;
    private int lineLengths;
    private int lineSizes;
    private int lineOthers;

    ValueTokens(TokenSource lexer) {
        this.lexer = lexer;
        this.ahead = new Lookahead(lexer);
        this.dates = new DateShapes(ahead);
        this.lengths = new LengthShapes(ahead);
        this.loneLengths = new LoneLengths(ahead);
        this.numericDates = new NumericDateShapes(ahead);
    }

    List<TokenWindow.GluedText> gluedText() {
        return glued;
    }

    @Override
    public Token nextToken() {
        Token next = ready.isEmpty() ? read() : ready.poll();
        beforeLastType = lastType;
        lastType = next.getType();
        account(next);
        loneLengths.account(next);
        return next;
    }

    /** Notes what kind of token the line has, and at its end what kind of line it was. */
    private void account(Token token) {
        int type = token.getType();
        lastSeparates =
                type == BULLET
                        || type == PIPE
                        || type == DASH
                        || ((type == WORD || type == OTHER)
                                && token.getStartIndex() == token.getStopIndex()
                                && isFieldSign(token.getText()));
        if (type == NL || type == Token.EOF) {
            boolean onlyValues = lineTokens > 0 && lineOthers == 0 && lineLengths == 0;
            if (onlyValues && lineDates == 1 && lineSizes == 0) {
                metaLines = DATED;
            } else if (!(onlyValues && lineDates == 0 && lineSizes == 1)) {
                metaLines = NONE;
            }
            lineTokens = 0;
            lineDates = 0;
            lineLengths = 0;
            lineSizes = 0;
            lineOthers = 0;
            return;
        }
        lineTokens++;
        if (isDate(type)) {
            lineDates++;
        } else if (type == QUANTITY || type == ISO_DURATION) {
            lineLengths++;
        } else if (type == WORD && beforeLastType == NUMBER && isSizeUnit(token.getText())) {
            lineSizes++;
            lineOthers--; // the amount before the unit
        } else if (!(type == PUBLISHED && lineTokens == 1)
                && !(type == COLON && beforeLastType == PUBLISHED && lineTokens == 2)) {
            lineOthers++; // the date's label ("•", "Datum:") is none
        }
    }

    /** {@code MB}, {@code Mo}, {@code GB}: the unit of a file's size, as listings print it. */
    private static boolean isSizeUnit(String word) {
        return switch (word) {
            case "KB", "kB", "MB", "GB", "Ko", "Mo", "Go", "KiB", "MiB", "GiB" -> true;
            default -> false;
        };
    }

    private Token read() {
        if (lastType == NL) {
            int n = dateOpener();
            if (n > 0) {
                return take(PUBLISHED, n, -1);
            }
            n = playerLengthLabel();
            if (n > 0) {
                return take(LENGTH, n, -1);
            }
            // "24:23" over the notes, "00:00" / "32:04", "· 58:45": a length alone on its line,
            // with the sign of the field it stands in
            n = loneLengths.at();
            if (n > 0) {
                return take(QUANTITY, n, -1);
            }
        }
        int shortDate = fieldNumericDate(0);
        if (shortDate > 0) {
            return take(NUMERIC_DATE, shortDate, -1);
        }
        if ((ahead.type(0) == OTHER || ahead.type(0) == WORD) && isFieldSign(ahead.text(0))) {
            Token sign = separator(); // "3 March 2024 / 45 min", "45 min ⋅ 3 March 2024"
            if (sign != null) {
                return sign;
            }
        }
        Token value =
                switch (ahead.type(0)) {
                    case WORD, NUMBER -> wordOrNumber();
                    case DOMAIN -> domain();
                    case NUMERIC_DATE, ISO_DATE -> take(ahead.type(0), withTime(1), -1);
                    case TIMESTAMP -> {
                        int unit = clockLengthWithUnit(0);
                        if (unit > 0) {
                            yield take(QUANTITY, unit, -1); // "45:12 min", "1:02:03 h"
                        }
                        int n = lengths.clockPieces(0);
                        if (n == 0 && isMetaLength()) {
                            yield take(QUANTITY, 1, -1);
                        }
                        if (n == 0 && isLengthField()) {
                            // with the separator of a field that is not there, which the
                            // length's reader leaves out
                            yield take(QUANTITY, 2, -1);
                        }
                        yield n > 0 ? take(TIMESTAMP, n, -1) : null;
                    }
                    case PIPE, DASH -> separator();
                    case COMMA -> commaBeforeLength();
                    case URL -> {
                        noteGluedUrl();
                        yield null;
                    }
                    default -> null;
                };
        return value != null ? value : take(ahead.type(0), 1, -1);
    }

    private Token wordOrNumber() {
        String text = ahead.text(0);
        boolean afterLength =
                lastType == QUANTITY
                        || (lastSeparates && beforeLastType == QUANTITY)
                        || (lastType == BULLET && beforeLastType == QUANTITY);
        if (afterLength
                && ValueLabels.isDayPreposition(text)
                && startsDate(1)
                && endsField(1 + dateTokens(1))) {
            return take(PUBLISHED, 1, -1); // "45 min · le 3 mars 2024": "on" the date's day
        }
        if (ahead.type(0) == WORD
                && Character.isLetter(text.charAt(0))
                && !DateWords.opensValue(text)) {
            // A word of prose, nearly every token of a page: only the shapes a letter opens.
            return lengths.isIsoDuration(0) ? take(ISO_DURATION, 1, -1) : wordBeforeTime();
        }
        int n = dates.monthDate(0);
        if (n > 0) {
            int cut = dates.cut;
            return cut >= 0 ? take(MONTH_DATE, n, cut) : take(MONTH_DATE, withTime(n), -1);
        }
        if (dates.unclearYear >= 0) {
            note(dates.unclearYear, "a date's year runs into more digits");
        }
        n = dates.weekdayNumeric(0);
        if (n > 0) {
            return take(ahead.type(n - 1), withTime(n), -1);
        }
        n = relativeDate();
        if (n > 0) {
            return take(RELATIVE_DATE, n, -1);
        }
        n = dates.isoDateTime(0);
        if (n > 0) {
            return take(ISO_DATE, n, -1);
        }
        n = dates.spacedNumericDate(0);
        if (n > 0) {
            return take(NUMERIC_DATE, withTime(n), -1);
        }
        n = lengths.quantity(0);
        if (n > 0) {
            return take(QUANTITY, n, lengths.cut);
        }
        if (ahead.type(0) == NUMBER) {
            n = lengths.clockPieces(0);
            return n > 0 ? take(TIMESTAMP, n, -1) : null;
        }
        Token label = label();
        if (label != null) {
            return label;
        }
        if (lengths.isIsoDuration(0)) {
            return take(ISO_DURATION, 1, -1);
        }
        if (ahead.text(0).equals("\u00B7")) {
            return separator(); // "·", as some listings put between a date and a length
        }
        return wordBeforeTime();
    }

    /**
     * A date relative to the day the page was fetched: an amount of time ago ({@code vor 3 Tagen})
     * anywhere, as the lexer's English {@code 3 days ago} is; "today", "yesterday" and a day
     * without a year ({@code Mar 12}) only where they open a line, or follow a date label, and end
     * it or stand before a separator: elsewhere they are words of a sentence.
     */
    private int relativeDate() {
        int n = dates.agoDate(0);
        boolean agoShape = n > 1 || (n == 1 && ahead.type(0) == NUMBER);
        if (agoShape) {
            return n;
        }
        boolean opensLine =
                lastType == NL
                        || lastType == PUBLISHED
                        || (lastType == COLON && beforeLastType == PUBLISHED);
        if (!opensLine) {
            return 0;
        }
        if (n == 0) {
            n = dates.yearlessDate(0);
            if (n == 0 || !dates.isRelative(0, n) || hasWordMonth(n)) {
                return 0;
            }
        }
        int after = ahead.type(n);
        boolean ends =
                after == NL
                        || after == BULLET
                        || after == PIPE
                        || after == DASH
                        || ahead.text(n).equals("\u00B7");
        return ends ? n : 0;
    }

    /**
     * Whether a day and a month without a year ("Set 2", "Out 3") name the month by an abbreviation
     * that is an English word: without a year, a line that opens so is prose.
     */
    private boolean hasWordMonth(int n) {
        for (int k = 0; k < n; k++) {
            if (ahead.type(k) == WORD && WORD_MONTHS.contains(ahead.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Dauer}, {@code Publié le}, {@code Published on} before a date; {@code Fecha:}, {@code
     * Date :}, {@code Datum:}, words of prose as well, only where the value follows at once.
     */
    private Token label() {
        int n = lengths.label(0);
        if (n == 0) {
            return null;
        }
        ValueLabels.Kind kind = lengths.labelKind;
        boolean length = kind == ValueLabels.Kind.LENGTH;
        if (!length && lengths.isPreposition(n) && startsDateOrAgo(n + 1)) {
            n++;
        } else if (lengths.labelNeedsValue) {
            int value = ahead.type(n) == COLON ? n + 1 : n;
            if (!(length ? startsLength(value) : startsDateOrAgo(value))) {
                return null;
            }
        }
        return take(length ? LENGTH : PUBLISHED, n, -1);
    }

    /**
     * What opens a line before its date and is no text of its own, as one label: a list sign
     * ({@code • 23.12.2021} on a card, the date ending the line or its field); a run of a player's
     * button words ({@code Play Episode Listen Later Oct 30, 2024}); or the words of a sentence
     * that only says which day it is ({@code È lunedì 12 giugno 2023.}, {@code Today is Monday,
     * June 12, 2023.}), where the weekday makes the date certain. How many tokens, or 0.
     */
    private int dateOpener() {
        int type = ahead.type(0);
        if (type == BULLET || type == DASH || isListSign(0)) {
            // Most list items open with a word of prose: it is passed on at once.
            boolean prose = ahead.type(1) == WORD && !DateWords.opensValue(ahead.text(1));
            return !prose && startsDate(1) && endsField(1 + dateTokens(1)) ? 1 : 0;
        }
        if (type != WORD) {
            return 0;
        }
        if (ValueLabels.isDayPreposition(ahead.text(0))) {
            // "le 3 mars 2024", "am 3. März 2024": "on" a day, and nothing after the date but
            // the line's end or a field's sign; "Le 3 mars 2024, nous ..." is a sentence
            return startsDate(1) && endsDateField(1 + dateTokens(1)) ? 1 : 0;
        }
        if (PlayerWords.isPlayerWord(ahead.text(0), true)) {
            int k = 1;
            while (k < BUTTON_WORDS
                    && ahead.type(k) == WORD
                    && PlayerWords.isPlayerWord(ahead.text(k), false)) {
                k++;
            }
            return startsDate(k) ? k : 0;
        }
        for (int k = 1; k <= SENTENCE_WORDS; k++) {
            if (ahead.type(k) != WORD) {
                return 0;
            }
            String word = ahead.text(k);
            if (DateWords.opensValue(word) && DateWords.isWeekday(ahead.lower(k))) {
                int n = dates.monthDate(k);
                int end = k + n;
                boolean sentence =
                        n > 0
                                && dates.cut < 0
                                && ahead.type(end) == STOP
                                && (ahead.type(end + 1) == NL || ahead.type(end + 1) == Token.EOF);
                return sentence ? k : 0;
            }
        }
        return 0;
    }

    /**
     * {@code 03.03.24}, {@code 3-3-24}, {@code 3. 3. 2024}: a numeric date the lexer leaves in
     * pieces or takes for a dotted word, read as one where it stands as a field: at the line's
     * start or after a date's label or a field's sign, and before the line's end, a sign or a
     * length. How many tokens, or 0; a version number or a score inside a sentence stays text.
     */
    private int fieldNumericDate(int i) {
        int n = numericShape(i);
        if (n == 0) {
            return 0;
        }
        boolean opens =
                i > 0
                        || lastType == NL
                        || lastType == PUBLISHED
                        || (lastType == COLON && beforeLastType == PUBLISHED)
                        || lastType == QUANTITY
                        || lastSeparates;
        return opens && endsDateField(i + n) ? n : 0;
    }

    private int numericShape(int i) {
        int type = ahead.type(i);
        if (type == NUMBER) {
            return numericDates.spacedDotted(i);
        }
        return (type == DOMAIN || type == WORD) && numericDates.shortYear(i) ? 1 : 0;
    }

    /**
     * {@code Listen now Duration: 45:12}, {@code Play episode · Runtime 1h 2m}: a player's button
     * words, maybe a sign, then a length's label and its value ending the line, taken with the
     * label as one: how many tokens, or 0.
     */
    private int playerLengthLabel() {
        if (ahead.type(0) != WORD || !PlayerWords.isPlayerWord(ahead.text(0), true)) {
            return 0;
        }
        int k = 1;
        while (k < BUTTON_WORDS
                && ahead.type(k) == WORD
                && PlayerWords.isPlayerWord(ahead.text(k), false)) {
            k++;
        }
        if (isSeparator(k)) {
            k++;
        }
        int n = lengths.label(k);
        if (n == 0 || lengths.labelKind != ValueLabels.Kind.LENGTH || !startsLabelledLength(k)) {
            return 0;
        }
        int value = ahead.type(k + n) == COLON ? k + n + 1 : k + n;
        int end = value + Math.max(1, lengths.quantity(value));
        for (int more = 0; more < 3 && lengths.quantity(end) > 0; more++) {
            end += lengths.quantity(end); // "1h 2m": the amounts of one length
        }
        boolean ends = ahead.type(end) == NL || ahead.type(end) == Token.EOF;
        return ends ? k + n : 0;
    }

    /**
     * {@code 45:12 min}, {@code 1:02:03 h}: a clock and its unit as a card's length, where it can
     * be nothing else: after a length's label, beside a date (after it and its sign, or before it),
     * or alone under a line of only a date. A chapter list writes its times with a unit too ({@code
     * 00:14:19h — Ropes}, {@code Ropes 5:04h}), so nowhere else. How many tokens, or 0.
     */
    private int clockLengthWithUnit(int i) {
        int n = lengths.clockWithUnit(i);
        if (n == 0 || !isLength(ahead.text(i))) {
            return 0;
        }
        int after = i + n;
        boolean lineEnds = ahead.type(after) == NL || ahead.type(after) == Token.EOF;
        boolean beforeDate =
                startsDate(after)
                        || startsLabelledDate(after)
                        || (isSeparator(after)
                                && (startsDate(after + 1) || startsLabelledDate(after + 1)));
        if (i > 0) {
            // looked at from a date or a comma before it: the field must end the line
            return lineEnds ? n : 0;
        }
        boolean afterLabel = lastType == LENGTH || (lastType == COLON && beforeLastType == LENGTH);
        boolean afterDate = isDate(lastType) || (lastSeparates && isDate(beforeLastType));
        boolean underDate = lastType == NL && metaLines == DATED && lineEnds;
        boolean opensLine = lastType == NL && beforeDate;
        return (afterLabel && (lineEnds || beforeDate))
                        || (afterDate && lineEnds)
                        || underDate
                        || opensLine
                ? n
                : 0;
    }

    /** A lone sign that opens a list item: "*", "·", "▪", "◦", "‣". */
    private boolean isListSign(int i) {
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

    /** How many tokens the date at {@code i} has, as the reader will join them. */
    private int dateTokens(int i) {
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

    /**
     * Whether a date's field ends at token {@code i}: as {@link #endsField}, or a comma and a
     * length.
     */
    private boolean endsDateField(int i) {
        return endsField(i)
                || (ahead.type(i) == COMMA
                        && (startsLength(i + 1)
                                || startsLabelledLength(i + 1)
                                || startsClockLength(i + 1)));
    }

    /** Whether a field ends at token {@code i}: the line's end, a separator, or a length. */
    private boolean endsField(int i) {
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
     * A clock time that can only be the episode's length: right after the date of a meta line, the
     * line's last value ({@code Oct 30, 2024 51:07}); or alone on its line among a card's meta
     * lines, after a line of only a date and lines of only a file size, with no length yet ({@code
     * • 23.12.2021} / {@code 70 MB} / {@code 58:10}). A time of day after a date was taken with the
     * date; a zero ({@code 00:00}) opens a chapter list, never a length.
     */
    private boolean isMetaLength() {
        int after = ahead.type(1);
        if (!isLength(ahead.text(0))) {
            return false;
        }
        boolean lineEnds = after == NL || after == Token.EOF;
        boolean fieldEnds = lineEnds || after == BULLET || after == PIPE || after == DASH;
        if (isDate(lastType)) {
            return fieldEnds; // a time of day right after the date was taken with it
        }
        if (lastSeparates && isDate(beforeLastType)) {
            // "Oct 30, 2024 | 51:07"; "| 12:30" may be the time of day
            return fieldEnds && !isTimeOfDay(ahead.text(0));
        }
        boolean afterLabel = lastType == LENGTH || lastType == COLON && beforeLastType == LENGTH;
        if (afterLabel && lineDates > 0) {
            return fieldEnds; // "Mar 3, 2024 | Duration: 45:12": the date line's labelled length
        }
        if (lastType != NL && !afterLabel) {
            return false;
        }
        // "45:12 • 3 mars 2024": a length before the date of a meta line
        boolean beforeDate =
                (isSeparator(1) && (startsDate(2) || startsLabelledDate(2))
                                || (afterLabel && (startsDate(1) || startsLabelledDate(1))))
                        && !isTimeOfDay(ahead.text(0));
        return beforeDate || (!afterLabel && lineEnds && metaLines == DATED);
    }

    /**
     * Whether a clock time of two parts could be a time of day ({@code 12:30}, {@code 9:05}): its
     * hours are fewer than 24. A time of three parts beside a date's separator is taken as a length
     * ({@code 1:02:03}): a time of day that gives its seconds says so with a zone or am/pm.
     */
    static boolean isTimeOfDay(String clock) {
        int colon = clock.indexOf(':');
        return clock.indexOf(':', colon + 1) < 0
                && colon > 0
                && colon <= 2
                && Integer.parseInt(clock.substring(0, colon)) < 24;
    }

    /**
     * {@code 05:53|}: a clock time alone on its line but for the separator after it, where a
     * listing left out the field that follows (its date): a meta line's length.
     */
    private boolean isLengthField() {
        int after = ahead.type(2);
        return lastType == NL
                && (ahead.type(1) == PIPE || ahead.type(1) == BULLET)
                && (after == NL || after == Token.EOF)
                && isLength(ahead.text(0));
    }

    /** A bar, bullet, dash or another sign of {@link #isFieldSign} between two fields. */
    private boolean isSeparator(int i) {
        int type = ahead.type(i);
        return type == BULLET
                || type == PIPE
                || type == DASH
                || ((type == WORD || type == OTHER) && isFieldSign(ahead.text(i)));
    }

    /**
     * The signs other than a bar, a bullet and a dash that listings print between a card's fields
     * ({@code 3 March 2024 · 45 min}, {@code / 45 min}, {@code ⋅}, {@code ●}, {@code ◦}): a
     * separator only between a date and a length, which the callers check.
     */
    static boolean isFieldSign(String text) {
        return text.length() == 1 && "\u00B7/\u22C5\u25CF\u25E6".indexOf(text.charAt(0)) >= 0;
    }

    /** Whether a clock time reads as a length that is not zero. */
    private static boolean isLength(String clock) {
        return Durations.timestampSeconds(clock) > 0;
    }

    /** A date, with or without its year, or an amount of time ago, at token {@code i}. */
    private boolean startsDateOrAgo(int i) {
        return startsDate(i) || dates.agoDate(i) > 0 || dates.yearlessDate(i) > 0;
    }

    /** {@code Intro00:00}: the word, and the time glued after it as a token of its own. */
    private Token wordBeforeTime() {
        int keep = lengths.wordBeforeTime(0);
        if (keep < 0) {
            note(0, "a word runs into a time");
        }
        if (keep <= 0) {
            return null;
        }
        Token word = ahead.at(0);
        int timeStart = word.getStartIndex() + word.getText().codePointCount(0, keep);
        Token time = make(TIMESTAMP, word, timeStart, ahead.at(2).getStopIndex());
        Token kept = make(WORD, word, word.getStartIndex(), timeStart - 1);
        ahead.drop(3);
        ready.add(time);
        return kept;
    }

    private Token domain() {
        int n = lengths.quantity(0);
        if (n > 0) {
            return take(QUANTITY, n, lengths.cut);
        }
        if (lengths.isIsoDuration(0)) {
            return take(ISO_DURATION, 1, -1);
        }
        boolean afterLength = lastType == LENGTH || (lastType == COLON && beforeLastType == LENGTH);
        if (afterLength && LengthShapes.isDecimal(ahead.text(0)) && ahead.type(1) == NL) {
            return take(NUMBER, 1, -1); // "Duration: 61.08", seconds
        }
        return null;
    }

    /**
     * A bar, dash or middle dot between a date and a length ({@code March 21st, 2023 | 41 mins}), a
     * length and a date, or an episode's number and a date: the same separator as a bullet, so
     * typed as one.
     */
    private Token separator() {
        // Also after an episode's number, before its date: "Episode 406 · November 14th, 2023".
        boolean betweenValues =
                (isDate(lastType) && (startsLength(1) || startsLabelledLength(1)))
                        || ((lastType == QUANTITY || lastType == NUMBER) && startsDate(1))
                        || (lastType == QUANTITY && startsLabelledDate(1));
        if (betweenValues) {
            return take(fieldSign(), 1, -1);
        }
        // "Dienstag, 3. März 2024 · 33:20": a dot before a clock time that is the length; a bar,
        // as the field separator it is, so that a date line is not taken for a card's.
        boolean beforeClock =
                isDate(lastType)
                        && (ahead.type(0) == WORD || ahead.type(0) == OTHER)
                        && ahead.type(1) == TIMESTAMP
                        && isLength(ahead.text(1));
        return beforeClock ? take(PIPE, 1, -1) : null;
    }

    /**
     * {@code Mar 3, 2024, 45 min}: a comma between a date and the length after it separates two
     * fields, as a bar does; any other comma is a word's.
     */
    private Token commaBeforeLength() {
        // A comma is prose's sign as much as a field's: after it, a length without its label must
        // end the field ("Apr 2, 2025, 45 mins"), not open a clause ("March 3, 2024, 45 minutes
        // into the storm, ...").
        int bare = lengths.quantity(1);
        boolean dateThenLength =
                isDate(lastType)
                        && ((startsLength(1) && (bare == 0 || endsField(1 + bare)))
                                || startsLabelledLength(1)
                                || startsClockLength(1));
        boolean lengthThenDate = lastType == QUANTITY && (startsDate(1) || startsLabelledDate(1));
        return dateThenLength || lengthThenDate ? take(fieldSign(), 1, -1) : null;
    }

    /**
     * The type of a sign that separates two fields: a bullet, as a page's own "•" is; but a bar
     * after a numeric date ("03.03.2024 · 45 min", "18/02/2024 | 62 min"), since a numeric date and
     * a bullet open a Goodpods card's date line, and another site's sign is no such line.
     */
    private int fieldSign() {
        return lastType == NUMERIC_DATE ? PIPE : BULLET;
    }

    /**
     * A clock time at token {@code i} that ends its line and is no time of day: {@code 00:45:00},
     * {@code 62:10}, as a card prints its length after its date.
     */
    private boolean startsClockLength(int i) {
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
    private boolean startsLabelledDate(int i) {
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
    private boolean startsLabelledLength(int i) {
        int n = lengths.label(i);
        if (n == 0 || lengths.labelKind != ValueLabels.Kind.LENGTH) {
            return false;
        }
        int value = ahead.type(i + n) == COLON ? i + n + 1 : i + n;
        return startsLength(value) || ahead.type(value) == TIMESTAMP && isLength(ahead.text(value));
    }

    private boolean startsLength(int i) {
        return lengths.quantity(i) > 0
                || lengths.isIsoDuration(i)
                || (i > 0 && clockLengthWithUnit(i) > 0);
    }

    private boolean startsDate(int i) {
        int type = ahead.type(i);
        return isDate(type)
                || dates.monthDate(i) > 0
                || dates.weekdayNumeric(i) > 0
                || (i > 0 && fieldNumericDate(i) > 0);
    }

    private static boolean isDate(int type) {
        return type == MONTH_DATE
                || type == NUMERIC_DATE
                || type == ISO_DATE
                || type == RELATIVE_DATE;
    }

    /** How many tokens a date of {@code n} tokens takes with the time of day after it. */
    private int withTime(int n) {
        return n + dates.timeOfDay(0, n);
    }

    /** {@code https://x.com/aNext}: a URL whose last word may be the next field's first. */
    private void noteGluedUrl() {
        String url = ahead.text(0);
        int slash = url.lastIndexOf('/');
        if (slash < url.indexOf("://") + 3) {
            return;
        }
        int end = url.length();
        int start = end;
        while (start > slash + 1 && Character.isLowerCase(url.charAt(start - 1))) {
            start--;
        }
        if (end - start >= 2
                && start > slash + 2
                && Character.isUpperCase(url.charAt(start - 1))
                && Character.isLowerCase(url.charAt(start - 2))) {
            note(0, "a URL may run into the word after it");
        }
    }

    private void note(int i, String why) {
        Token at = ahead.at(i);
        // A place is looked at again when a value that starts before it is tried: noted once.
        if (at.getStartIndex() > lastNoted) {
            lastNoted = at.getStartIndex();
            glued.add(new TokenWindow.GluedText(at, at.getText(), why));
        }
    }

    /**
     * Hands on the first {@code n} tokens as one of {@code type}; of the last, only its first
     * {@code cut} characters when {@code cut} is not -1, the rest to be read again.
     */
    private Token take(int type, int n, int cut) {
        Token first = ahead.at(0);
        Token last = ahead.at(n - 1);
        if (n == 1 && cut < 0 && first.getType() == type) {
            ahead.drop(1);
            return first;
        }
        int stop = last.getStopIndex();
        Token rest = null;
        if (cut >= 0) {
            int restStart = last.getStartIndex() + last.getText().codePointCount(0, cut);
            rest = make(last.getType(), last, restStart, last.getStopIndex());
            stop = restStart - 1;
        }
        Token joined = make(type, first, first.getStartIndex(), stop);
        ahead.drop(n);
        if (rest != null) {
            ahead.putBack(rest);
        }
        return joined;
    }

    /** A token of the input from {@code start} to {@code stop}, on the line of {@code at}. */
    private Token make(int type, Token at, int start, int stop) {
        CommonToken token =
                new PageToken(
                        new Pair<>(this, at.getInputStream()),
                        type,
                        Token.DEFAULT_CHANNEL,
                        start,
                        stop);
        token.setLine(at.getLine());
        token.setCharPositionInLine(at.getCharPositionInLine() + start - at.getStartIndex());
        return token;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
