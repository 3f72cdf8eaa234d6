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
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.URL;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.ValueLabels;
import java.util.ArrayDeque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

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

    private final TokenSource lexer;
    private final Lookahead ahead;
    private final DateShapes dates;
    private final TimeOfDayTokens times;
    private final LengthShapes lengths;
    private final LoneLengths loneLengths;
    private final HandedOn handedOn = new HandedOn();
    private final FieldShapes fields;
    private final LineOpeners openers;
    private final FieldSigns signs;
    private final RelativeDateShapes relativeDates;
    private final FeedDates feedDates;
    private final NumericDateShapes numericDates;
    private final GluedClocks clocks;
    private final ArrayDeque<Token> ready = new ArrayDeque<>(2);
    private final GluedNotes notes = new GluedNotes();

    ValueTokens(TokenSource lexer) {
        this.lexer = lexer;
        this.ahead = new Lookahead(lexer);
        this.times = new TimeOfDayTokens(ahead);
        this.clocks = new GluedClocks(ahead, times, this, ready);
        this.dates = new DateShapes(ahead, clocks);
        this.lengths = new LengthShapes(ahead);
        this.loneLengths = new LoneLengths(ahead);
        this.numericDates = new NumericDateShapes(ahead);
        this.fields = new FieldShapes(ahead, dates, lengths, numericDates, handedOn);
        this.openers = new LineOpeners(ahead, dates, lengths, fields);
        this.signs = new FieldSigns(ahead, lengths, fields, handedOn);
        this.relativeDates = new RelativeDateShapes(ahead, dates, handedOn);
        this.feedDates = new FeedDates(ahead, times);
    }

    List<TokenWindow.GluedText> gluedText() {
        return notes.all();
    }

    @Override
    public Token nextToken() {
        Token next = ready.isEmpty() ? read() : ready.poll();
        handedOn.add(next);
        loneLengths.account(next);
        return next;
    }

    private Token read() {
        if (handedOn.lastType == NL) {
            int n = openers.dateOpener();
            if (n > 0) {
                return take(PUBLISHED, n, -1);
            }
            n = openers.playerLengthLabel();
            if (n == 0) {
                n = openers.bracketedLengthLabel();
            }
            if (n == 0) {
                n = openers.playerBracketedLength();
            }
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
        int shortDate = fields.fieldNumericDate(0);
        if (shortDate > 0) {
            return take(NUMERIC_DATE, shortDate, -1);
        }
        if ((ahead.type(0) == OTHER || ahead.type(0) == WORD)
                && FieldShapes.isFieldSign(ahead.text(0))) {
            int sign = signs.separator(); // "3 March 2024 / 45 min", "45 min ⋅ 3 March 2024"
            if (sign != 0) {
                return take(sign, 1, -1);
            }
        }
        Token value =
                switch (ahead.type(0)) {
                    case WORD, NUMBER -> wordOrNumber();
                    case DOMAIN -> domain();
                    case NUMERIC_DATE, ISO_DATE ->
                            numericDates.yearRunIntoClock(0)
                                    ? yearAndClock()
                                    : take(ahead.type(0), withTime(1), -1);
                    case TIMESTAMP -> {
                        int unit = fields.clockLengthWithUnit(0);
                        if (unit > 0) {
                            yield take(QUANTITY, unit, -1); // "45:12 min", "1:02:03 h"
                        }
                        int n = lengths.clockPieces(0);
                        if (n == 0 && fields.isMetaLength()) {
                            yield take(QUANTITY, 1, -1);
                        }
                        if (n == 0 && fields.isLengthField()) {
                            // with the separator of a field that is not there, which the
                            // length's reader leaves out
                            yield take(QUANTITY, 2, -1);
                        }
                        yield n > 0 ? take(TIMESTAMP, n, -1) : null;
                    }
                    case PIPE, DASH -> signed(signs.separator());
                    case COMMA -> signed(signs.commaBeforeLength());
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
        if (afterLength()
                && ValueLabels.isDayPreposition(text)
                && fields.startsDate(1)
                && fields.endsField(1 + fields.dateTokens(1))) {
            return take(PUBLISHED, 1, -1); // "45 min · le 3 mars 2024": "on" the date's day
        }
        if (ahead.type(0) == WORD
                && Character.isLetter(text.charAt(0))
                && !DateWords.opensValue(text)) {
            // A word of prose, nearly every token of a page: only the shapes a letter opens.
            int title = ahead.type(1) == COMMA ? feedDates.gluedWeekday() : 0;
            if (title > 0) {
                return take(WORD, 1, title); // "ButterflyFri, 09 Apr 2021 05:00:00 -0700 guid"
            }
            int glued = ahead.type(1) == COLON ? lengths.gluedLabel(0) : 0;
            if (glued > 0
                    && (fields.startsLength(2) || fields.startsClock(2) || fields.startsDate(2))) {
                return take(WORD, 1, glued); // "PodcastDuration: 12:34": the label read next
            }
            return lengths.isIsoDuration(0) ? take(ISO_DURATION, 1, -1) : wordBeforeTime();
        }
        int n = dates.monthDate(0);
        if (n > 0) {
            int cut = dates.cut;
            int whole = cut >= 0 ? n : withTime(n);
            // "Title Fri, 09 Apr 2021 05:00:00 -0700 guid notes": a flattened feed's item
            boolean opensItem = cut < 0 && feedDates.opensItem(whole, handedOn.last);
            Token date = take(MONTH_DATE, whole, cut);
            if (dates.cutTimeOfDay) {
                ahead.drop(1 + clocks.rest(1)); // "202220:15:00": the time of day, no length
            }
            if (opensItem) {
                ready.add(date);
                return FeedDates.lineBreakBefore(date);
            }
            return date;
        }
        if (dates.unclearYear >= 0) {
            note(dates.unclearYear, "a date's year runs into more digits");
        }
        n = dates.weekdayNumeric(0);
        if (n > 0) {
            return take(ahead.type(n - 1), withTime(n), -1);
        }
        n = relativeDates.at();
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
            // "·", as some listings put between a date and a length
            return signed(signs.separator());
        }
        return wordBeforeTime();
    }

    /** Whether the token handed on last is a length, or a separator after one. */
    private boolean afterLength() {
        return handedOn.lastType == QUANTITY
                || (handedOn.lastSeparates && handedOn.beforeLastType == QUANTITY)
                || (handedOn.lastType == BULLET && handedOn.beforeLastType == QUANTITY);
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
        if (lengths.labelNeedsLength && !afterLength()) {
            return null; // "Broadcast on ..." alone on its line, or in a sentence
        }
        ValueLabels.Kind kind = lengths.labelKind;
        boolean length = kind == ValueLabels.Kind.LENGTH;
        if (!length && lengths.isPreposition(n) && fields.startsDateOrAgo(n + 1)) {
            n++;
        } else if (lengths.labelNeedsValue) {
            int value = ahead.type(n) == COLON ? n + 1 : n;
            boolean valueFollows =
                    length
                            ? fields.startsLength(value) || fields.startsClock(value)
                            : fields.startsDateOrAgo(value);
            if (!valueFollows) {
                return null;
            }
        }
        return take(length ? LENGTH : PUBLISHED, n, -1);
    }

    /** {@code 14/01/2200:53:43}: as {@link GluedClocks#yearAndClock} splits it, or noted whole. */
    private Token yearAndClock() {
        Token date = clocks.yearAndClock();
        if (date != null) {
            return date;
        }
        note(0, "a date's year runs into a time");
        return take(WORD, 1, -1);
    }

    /** {@code Intro00:00}: as {@link GluedClocks#wordBeforeTime} splits it, or null. */
    private Token wordBeforeTime() {
        int keep = lengths.wordBeforeTime(0);
        if (keep < 0) {
            note(0, "a word runs into a time");
        }
        return keep > 0 ? clocks.wordBeforeTime(keep) : null;
    }

    private Token domain() {
        int n = lengths.quantity(0);
        if (n > 0) {
            return take(QUANTITY, n, lengths.cut);
        }
        if (lengths.isIsoDuration(0)) {
            return take(ISO_DURATION, 1, -1);
        }
        boolean afterLength =
                handedOn.lastType == LENGTH
                        || (handedOn.lastType == COLON && handedOn.beforeLastType == LENGTH);
        if (afterLength && LengthShapes.isDecimal(ahead.text(0)) && ahead.type(1) == NL) {
            return take(NUMBER, 1, -1); // "Duration: 61.08", seconds
        }
        return null;
    }

    /** The sign at the current place as one token of {@code type}, or null when 0. */
    private Token signed(int type) {
        return type != 0 ? take(type, 1, -1) : null;
    }

    /** How many tokens a date of {@code n} tokens takes with the time of day after it. */
    private int withTime(int n) {
        return n + times.timeOfDay(0, n);
    }

    /** {@code https://x.com/aNext}: a URL whose last word may be the next field's first. */
    private void noteGluedUrl() {
        if (GluedUrls.mayRunOn(ahead.text(0))) {
            note(0, "a URL may run into the word after it");
        }
    }

    private void note(int i, String why) {
        notes.note(ahead.at(i), why);
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
        return PageToken.spanning(this, type, at, start, stop);
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
