package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.PlayerWords;
import dev.showpage.internal.text.ValueLabels;

/**
 * The words that open a line before its value and are no text of their own: a date's list sign, a
 * player's buttons before a date or a length's label, a sentence that only says which day it is.
 * The value reader asks at each line's start, and hands on what is found as the value's label.
 */
final class LineOpeners {

    /** The most words of a sentence before the weekday of the date it states. */
    private static final int SENTENCE_WORDS = 2;

    /** The most button words before a date on a player's meta line. */
    private static final int BUTTON_WORDS = 6;

    /** The most words of a show's name before the slash and the date of a card's line. */
    private static final int BYLINE_WORDS = 3;

    /** English's "to" before a verb's object, as in "Listen to this episode". */
    private static final String INFINITIVE_TO = "to";

    private final Lookahead ahead;
    private final DateShapes dates;
    private final LengthShapes lengths;
    private final FieldShapes fields;

    LineOpeners(Lookahead ahead, DateShapes dates, LengthShapes lengths, FieldShapes fields) {
        this.ahead = ahead;
        this.dates = dates;
        this.lengths = lengths;
        this.fields = fields;
    }

    /**
     * What opens a line before its date and is no text of its own, as one label: a list sign
     * ({@code • 23.12.2021} on a card, the date ending the line or its field); a run of a player's
     * button words ({@code Play Episode Listen Later Oct 30, 2024}); or the words of a sentence
     * that only says which day it is ({@code È lunedì 12 giugno 2023.}, {@code Today is Monday,
     * June 12, 2023.}), where the weekday makes the date certain. How many tokens, or 0.
     */
    int dateOpener() {
        int type = ahead.type(0);
        if (type == BULLET || type == DASH || fields.isListSign(0)) {
            // Most list items open with a word of prose: it is passed on at once.
            boolean prose = ahead.type(1) == WORD && !DateWords.opensValue(ahead.text(1));
            return !prose && fields.startsDate(1) && fields.endsField(1 + fields.dateTokens(1))
                    ? 1
                    : 0;
        }
        if (type != WORD) {
            return 0;
        }
        if (ValueLabels.isDayPreposition(ahead.text(0))) {
            // "le 3 mars 2024", "am 3. März 2024": "on" a day, and nothing after the date but
            // the line's end or a field's sign; "Le 3 mars 2024, nous ..." is a sentence
            return fields.startsDate(1) && fields.endsDateField(1 + fields.dateTokens(1)) ? 1 : 0;
        }
        int code = EpisodeCodes.at(ahead, fields);
        if (code > 0) {
            // "S01 / E01 - 14 september 2023": the episode's code, then its date ending the field
            return fields.startsDate(code) && fields.endsDateField(code + fields.dateTokens(code))
                    ? code
                    : 0;
        }
        if (PlayerWords.isPlayerWord(ahead.text(0), true)) {
            int k = 1;
            while (k < BUTTON_WORDS
                    && ahead.type(k) == WORD
                    && PlayerWords.isPlayerWord(ahead.text(k), false)) {
                k++;
            }
            return fields.startsDate(k) ? k : 0;
        }
        int byline = bylineBeforeDate();
        if (byline > 0) {
            return byline;
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
                                && ahead.endsLine(end + 1);
                return sentence ? k : 0;
            }
        }
        return 0;
    }

    /**
     * {@code Night Trains / 15-11-2023}: a directory's card line of the show's name, a slash and
     * the date alone to the line's end. The name is at most {@link #BYLINE_WORDS} words that each
     * open with a capital, as a name does and a sentence's words mostly do not. How many tokens the
     * name and its slash take, or 0.
     */
    private int bylineBeforeDate() {
        int k = 0;
        while (k < BYLINE_WORDS
                && ahead.type(k) == WORD
                && Character.isUpperCase(ahead.text(k).codePointAt(0))) {
            if (ValueLabels.isUpdateWord(ahead.text(k))) {
                return 0; // "Last Updated / 2024-05-05": the date of a change, not a release
            }
            k++;
        }
        if (k == 0 || ahead.type(k) != OTHER || !ahead.text(k).equals("/")) {
            return 0;
        }
        int date = k + 1;
        if (!fields.startsDate(date)) {
            return 0;
        }
        return ahead.endsLine(date + fields.dateTokens(date)) ? date : 0;
    }

    /**
     * {@code (Durée: 6 min 42 sec)}, {@code [Length: 45:12]}: a line of only a length's label and
     * its value in brackets; the opening bracket is taken with the label as one, and the closing
     * one must end the line. How many tokens, or 0.
     */
    int bracketedLengthLabel() {
        if (ahead.type(0) != OTHER) {
            return 0;
        }
        String open = ahead.text(0);
        char close = open.equals("(") ? ')' : open.equals("[") ? ']' : 0;
        if (close == 0) {
            return 0;
        }
        int n = lengths.label(1);
        if (n == 0
                || lengths.labelKind != ValueLabels.Kind.LENGTH
                || !fields.startsLabelledLength(1)) {
            return 0;
        }
        int value = ahead.type(1 + n) == COLON ? 2 + n : 1 + n;
        int end = value + Math.max(1, lengths.quantity(value));
        for (int more = 0; more < 3 && lengths.quantity(end) > 0; more++) {
            end += lengths.quantity(end); // "6 min 42 sec": the amounts of one length
        }
        boolean closes =
                ahead.type(end) == OTHER
                        && ahead.text(end).length() == 1
                        && ahead.text(end).charAt(0) == close
                        && ahead.endsLine(end + 1);
        return closes ? 1 + n : 0;
    }

    /**
     * {@code Listen to this episode (1 hour, 24 minutes)}, {@code Écouter l'épisode (45 min)}: a
     * player's button words, maybe joined to their object by "to" and an article, then the length
     * alone in brackets to the line's end; the words and the opening bracket are taken as the
     * length's label: how many tokens, or 0.
     */
    int playerBracketedLength() {
        if (ahead.type(0) != WORD || !PlayerWords.isPlayerWord(ahead.text(0), true)) {
            return 0;
        }
        int k = 1;
        while (k < BUTTON_WORDS
                && ahead.type(k) == WORD
                && (PlayerWords.isPlayerWord(ahead.text(k), false)
                        || ValueLabels.isArticle(ahead.text(k))
                        || ValueLabels.isElidedProgramme(ahead.text(k))
                        || ahead.lower(k).equals(INFINITIVE_TO))) {
            k++;
        }
        if (ahead.type(k) != OTHER || !ahead.text(k).equals("(")) {
            return 0;
        }
        int end = k + 1;
        for (int more = 0; more < 3 && lengths.quantity(end) > 0; more++) {
            end += lengths.quantity(end); // "1 h 5 min": the amounts of one length
            if (ahead.type(end) == COMMA && lengths.quantity(end + 1) > 0) {
                end++; // "1 hour, 24 minutes"
            }
        }
        boolean closes =
                end > k + 1
                        && ahead.type(end) == OTHER
                        && ahead.text(end).equals(")")
                        && ahead.endsLine(end + 1);
        return closes ? k + 1 : 0;
    }

    /**
     * {@code Listen now Duration: 45:12}, {@code Play episode · Runtime 1h 2m}: a player's button
     * words, maybe a sign, then a length's label and its value ending the line, taken with the
     * label as one: how many tokens, or 0.
     */
    int playerLengthLabel() {
        if (ahead.type(0) != WORD || !PlayerWords.isPlayerWord(ahead.text(0), true)) {
            return 0;
        }
        int k = 1;
        while (k < BUTTON_WORDS
                && ahead.type(k) == WORD
                && PlayerWords.isPlayerWord(ahead.text(k), false)) {
            k++;
        }
        if (fields.isSeparator(k)) {
            k++;
        }
        int n = lengths.label(k);
        if (n == 0
                || lengths.labelKind != ValueLabels.Kind.LENGTH
                || !fields.startsLabelledLength(k)) {
            return 0;
        }
        int value = ahead.type(k + n) == COLON ? k + n + 1 : k + n;
        int end = value + Math.max(1, lengths.quantity(value));
        for (int more = 0; more < 3 && lengths.quantity(end) > 0; more++) {
            end += lengths.quantity(end); // "1h 2m": the amounts of one length
        }
        boolean ends = ahead.endsLine(end);
        return ends ? k + n : 0;
    }
}
