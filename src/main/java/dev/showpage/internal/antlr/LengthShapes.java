package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DOMAIN;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.text.Durations;
import dev.showpage.internal.text.TimeUnits;
import dev.showpage.internal.text.ValueLabels;

/**
 * The shapes of lengths and labels over the lexer's tokens: an amount with its unit word, glued
 * unit words and clock times, ISO-8601 lengths, and the labels before a length or a date. Each
 * method looks at the tokens from an index and returns how many make the value, or 0; {@link #cut}
 * then tells whether the last of them is taken only in part ({@code 45 minEp}: "45 min").
 */
final class LengthShapes {

    private final Lookahead ahead;

    /** Of the last token of the latest length, how many characters it takes; -1 for all of it. */
    int cut = -1;

    /** What the latest label announces. */
    ValueLabels.Kind labelKind = ValueLabels.Kind.NONE;

    /** Whether the latest label is one only where its value follows at once ("Date:", "Fecha:"). */
    boolean labelNeedsValue;

    /** Whether the latest label dates an episode only after its length ("41 min · Broadcast"). */
    boolean labelNeedsLength;

    LengthShapes(Lookahead ahead) {
        this.ahead = ahead;
    }

    // ---------------------------------------------------------------------------------- lengths

    /**
     * {@code 45 min}, {@code 45 Min.}, {@code 2 uur}, {@code 2.5 hours}, {@code 2h}, {@code
     * 3h11m53s}, {@code 1HR}: one amount of a length. A unit glued to the word after it ({@code 45
     * minEp. 12}, {@code 18 min12.5 MB}) is cut where the unit ends, when a capital or a digit
     * follows it: no unit word has either inside.
     */
    int quantity(int i) {
        int n = amount(i);
        // "1 hour and 5 minutes", "1 uur en 20 minuten": the amounts of one length, as one token
        while (n > 0
                && cut < 0
                && ahead.type(i + n) == WORD
                && TimeUnits.isJoint(ahead.text(i + n))) {
            int more = amount(i + n + 1);
            if (more == 0) {
                cut = -1;
                break;
            }
            n += 1 + more;
        }
        if (n > 0 && cut < 0 && endsInReadingTime(i + n)) {
            return 0; // "12 min read", "1 h 12 min read": how long a text takes to read
        }
        return n;
    }

    /**
     * Whether the amounts from token {@code i} on, if any, end in a reading time: "1 h" is no
     * length in "1 h 12 min read", where the amounts after it make one reading time with it.
     */
    private boolean endsInReadingTime(int i) {
        int saved = cut;
        int k = i;
        for (int more = amount(k); more > 0 && cut < 0; more = amount(k)) {
            k += more;
        }
        cut = saved;
        return isReadingTime(k);
    }

    /** Whether the words at token {@code i} say that the amount before them is a reading time. */
    private boolean isReadingTime(int i) {
        return ahead.type(i) == WORD
                && TimeUnits.isReadingTime(
                        ahead.text(i), ahead.type(i + 1) == WORD ? ahead.text(i + 1) : null);
    }

    private int amount(int i) {
        cut = -1;
        int type = ahead.type(i);
        String text = ahead.text(i);
        if (type == NUMBER && decimalComma(i)) {
            boolean dot = ahead.type(i + 4) == STOP && ahead.glued(i + 4);
            return dot && TimeUnits.isAbbreviation(ahead.text(i + 3)) ? 5 : 4;
        }
        if (type == NUMBER || (type == DOMAIN && isDecimal(text))) {
            int unitType = ahead.type(i + 1);
            String unit = ahead.text(i + 1);
            if (unitType == WORD && TimeUnits.seconds(unit) > 0) {
                boolean dot = ahead.type(i + 2) == STOP && ahead.glued(i + 2);
                return dot && TimeUnits.isAbbreviation(unit) ? 3 : 2;
            }
            if (unitType == WORD || unitType == DOMAIN) {
                int start = unitStart(unit);
                if (start > 0) {
                    cut = start;
                    return 2;
                }
            }
            return 0;
        }
        if (type == WORD && digits(text) > 0 && digits(text) < text.length()) {
            if (Durations.isDuration(text)) {
                return isDecadeOrDimension(text) ? 0 : 1;
            }
            // "41minOn this week's show": the amount and its unit, glued to the next word.
            int start = unitStart(text.substring(digits(text)));
            if (start > 0) {
                cut = digits(text) + start;
                return 1;
            }
        }
        return 0;
    }

    /**
     * {@code 1990s}, {@code 2000s}, {@code 3D}: a year's decade, or a dimension, whose letter is
     * also a unit's. A year of four digits ending in 0 is never written as a count of seconds, and
     * a glued day unit is written in lower case ({@code 3d}).
     */
    static boolean isDecadeOrDimension(String word) {
        int digits = digits(word);
        String unit = word.substring(digits);
        boolean decade = digits == 4 && word.charAt(3) == '0' && unit.equals("s");
        return decade || unit.equals("D");
    }

    /**
     * How long the unit is that starts a word glued to the next ({@code minEp}: 3), or 0: the
     * longest unit of two letters or more that a capital or a digit follows.
     */
    static int unitStart(String word) {
        for (int k = Math.min(word.length() - 1, 9); k >= 2; k--) {
            char next = word.charAt(k);
            if ((Character.isUpperCase(next) || Character.isDigit(next))
                    && TimeUnits.seconds(word.substring(0, k)) > 0) {
                return k;
            }
        }
        return 0;
    }

    /** {@code PT1H0.040S}, {@code T30M38S}, {@code P0Y0M0DT0H4M20.880S}: an ISO-8601 length. */
    boolean isIsoDuration(int i) {
        int type = ahead.type(i);
        String text = ahead.text(i);
        if ((type != WORD && type != DOMAIN) || text.length() < 3) {
            return false;
        }
        char first = text.charAt(0);
        char second = text.charAt(1);
        return (first == 'P' || first == 'T')
                && (Character.isDigit(second) || second == 'T')
                && Durations.isDuration(text);
    }

    /**
     * {@code 1:02:03 h}, {@code 45:12 min}, {@code 45:12 Min.}: a clock time and the unit of its
     * first part after it (the duration reader checks that the unit fits); how many tokens, or 0.
     */
    int clockWithUnit(int i) {
        if (ahead.type(i) != TIMESTAMP || ahead.type(i + 1) != WORD) {
            return 0;
        }
        int n = ahead.type(i + 2) == STOP && ahead.glued(i + 2) ? 3 : 2;
        if (n == 3 && !TimeUnits.isAbbreviation(ahead.text(i + 1))) {
            n = 2;
        }
        return Durations.isDuration(ahead.between(i, i + n - 1)) ? n : 0;
    }

    /**
     * {@code 25:3:30}, {@code 01:02:03.500}: a clock time the lexer took in pieces, all glued; how
     * many tokens, when the length reader reads them as one.
     */
    int clockPieces(int i) {
        int j = i;
        while (j - i < 5
                && ahead.glued(j + 1)
                && (ahead.type(j + 1) == COLON || ahead.type(j + 1) == STOP)
                && (ahead.type(j + 2) == NUMBER || ahead.type(j + 2) == TIMESTAMP)
                && ahead.glued(j + 2)) {
            j += 2;
        }
        if (j == i) {
            return 0;
        }
        return Durations.timestampSeconds(ahead.between(i, j)) >= 0 ? j - i + 1 : 0;
    }

    /**
     * {@code Intro00:00}: a word whose last one or two digits are the hours of the time glued after
     * it. How many letters the word keeps, or 0; -1 when more digits end the word, so that where
     * the time starts is not clear.
     */
    int wordBeforeTime(int i) {
        if (ahead.type(i) != WORD
                || ahead.type(i + 1) != COLON
                || !ahead.glued(i + 1)
                || !ahead.glued(i + 2)
                || !(ahead.type(i + 2) == TIMESTAMP
                        || (ahead.type(i + 2) == NUMBER && ahead.text(i + 2).length() == 2))) {
            return 0;
        }
        String text = ahead.text(i);
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        // A word of two letters or more ("Intro00:00"); a lone letter before the digits is a
        // damaged time ("O0:00"), which the chapter lists repair.
        if (start == end || start < 2 || !Character.isLetter(text.charAt(start - 1))) {
            return 0;
        }
        return end - start <= 2 ? start : -1;
    }

    // ----------------------------------------------------------------------------------- labels

    /**
     * {@code Duration}, {@code Dauer}, {@code Publié}, {@code date de publication}: how many words
     * the label at token {@code i} has, its kind in {@link #labelKind}; 0 for none.
     */
    int label(int i) {
        labelKind = ValueLabels.Kind.NONE;
        labelNeedsValue = false;
        labelNeedsLength = false;
        if (ahead.type(i) != WORD) {
            return 0;
        }
        String first = ahead.lower(i);
        if (ValueLabels.opensLongerLabel(first)) {
            for (int n = ValueLabels.MAX_WORDS; n >= 2; n--) {
                String[] words = new String[n];
                boolean allWords = true;
                for (int w = 0; w < n && allWords; w++) {
                    allWords = ahead.type(i + w) == WORD;
                    words[w] = ahead.lower(i + w);
                }
                if (allWords) {
                    labelKind = ValueLabels.of(words);
                    if (labelKind != ValueLabels.Kind.NONE) {
                        labelNeedsValue = ValueLabels.onlyBeforeValue(words);
                        return n;
                    }
                }
            }
        }
        if (ValueLabels.onlyBeforePreposition(first) && !isPreposition(i + 1)) {
            return 0; // "Folge 12", "Épisode spécial": a programme's noun, no date's label
        }
        labelKind = ValueLabels.of(first);
        labelNeedsValue = ValueLabels.onlyBeforeValue(first);
        labelNeedsLength = ValueLabels.onlyAfterLength(first);
        if (labelKind == ValueLabels.Kind.LENGTH) {
            int of = ofProgramme(i + 1);
            if (of > 0) {
                labelNeedsValue = true; // the words of a sentence as well, but for the value
                return 1 + of;
            }
        }
        return labelKind == ValueLabels.Kind.NONE ? 0 : 1;
    }

    /**
     * {@code de la vidéo}, {@code der Episode}, {@code of the episode}, {@code dell'episodio}: how
     * many words after a length's label say what it is the length of (at most three), or 0.
     */
    private int ofProgramme(int i) {
        if (ahead.type(i) != WORD) {
            return 0;
        }
        String of = ahead.text(i);
        if (ValueLabels.isElidedProgramme(of)) {
            return 1; // "dell'episodio"
        }
        if (!ValueLabels.isOfWord(of) || ahead.type(i + 1) != WORD) {
            return 0;
        }
        String next = ahead.text(i + 1);
        if (ValueLabels.isProgrammeNoun(next) || ValueLabels.isElidedProgramme(next)) {
            return 2; // "der Episode", "de l'épisode"
        }
        return ValueLabels.isArticle(next)
                        && ahead.type(i + 2) == WORD
                        && ValueLabels.isProgrammeNoun(ahead.text(i + 2))
                ? 3
                : 0;
    }

    /**
     * {@code PodcastDuration:}, {@code EpisodeDate:}: a label a scraper glued to the word before
     * it, where a colon follows at once. How many characters of the word go before the label (the
     * place of its last capital after a small letter), or 0: no label starts there.
     */
    int gluedLabel(int i) {
        if (ahead.type(i) != WORD || ahead.type(i + 1) != COLON || !ahead.glued(i + 1)) {
            return 0;
        }
        String text = ahead.text(i);
        int start = text.length() - 1;
        while (start > 0
                && !(Character.isUpperCase(text.charAt(start))
                        && Character.isLowerCase(text.charAt(start - 1)))) {
            start--;
        }
        return start > 0 && ValueLabels.of(text.substring(start)) != ValueLabels.Kind.NONE
                ? start
                : 0;
    }

    boolean isPreposition(int i) {
        return ahead.type(i) == WORD && ValueLabels.isPreposition(ahead.lower(i));
    }

    /**
     * {@code 2,5 uur}, {@code 2,25 Stunden}, {@code 1,5 horas}: an amount with a decimal comma, as
     * the languages other than English print it, then a unit after a blank. One or two digits after
     * the comma only: {@code 1,500 seconds} groups thousands. A metre ({@code 1,5 m}) and a clock
     * time ({@code 10,30 h}, {@code 21,30 h}) are left, as the amount's reading in {@link
     * Durations} leaves them.
     */
    private boolean decimalComma(int i) {
        return ahead.type(i + 1) == COMMA
                && ahead.glued(i + 1)
                && ahead.type(i + 2) == NUMBER
                && ahead.glued(i + 2)
                && ahead.text(i + 2).length() <= 2
                && ahead.type(i + 3) == WORD
                && !ahead.glued(i + 3)
                && TimeUnits.seconds(ahead.text(i + 3)) > 0
                // the amount's own reading, which leaves a clock time and a metre ("21,30 h")
                && Durations.seconds(
                                ahead.text(i) + ',' + ahead.text(i + 2) + ' ' + ahead.text(i + 3))
                        > 0;
    }

    static boolean isDecimal(String text) {
        int dot = text.indexOf('.');
        return dot > 0
                && dot < text.length() - 1
                && digits(text) == dot
                && digits(text.substring(dot + 1)) == text.length() - dot - 1;
    }

    static int digits(String text) {
        int n = 0;
        while (n < text.length() && Character.isDigit(text.charAt(n))) {
            n++;
        }
        return n;
    }
}
