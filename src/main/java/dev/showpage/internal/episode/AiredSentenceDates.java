package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.antlr.PageText;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.TextStems;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * The date of a page read as one episode where a sentence about the page itself says when it went
 * on air: the sentence opens with a demonstrative and the page's noun, and a past verb of airing
 * and a full date follow ({@code This episode aired on Night Desk on March 3, 2024.}, {@code Cette
 * émission a été diffusée le 4 mars 2023 sur Radio Brume}, {@code Questa puntata è stata trasmessa
 * venerdì 7 febbraio 2021}), or, where German and Dutch put the verb last, the date stands before
 * it ({@code Diese Folge wurde am 9. Januar 2023 ausgestrahlt}).
 *
 * <p>Any other subject (the pilot, a match, a speech, an earlier interview, "a longer version of
 * this interview") dates another thing's airing. A sentence that anywhere says a repeat or a first
 * airing, a future or a modal, or a run's start or end ({@link AiringSentenceWords}) names another
 * day than the page's edition; a date that opens a range ("du 4 mars 2023 au 6 mars") is no day;
 * and a page with a full date of another day anywhere gives none.
 */
final class AiredSentenceDates {

    /**
     * The stems of the past verbs of airing in the seven languages, lower case: a page whose text
     * holds none of them is left without reading its words.
     */
    private static final List<String> VERB_STEMS =
            List.of(
                    "aired",
                    "diffus",
                    "ausgestrahlt",
                    "emitid",
                    "trasmess",
                    "transmitid",
                    "exibid",
                    "uitgezonden");

    /** The past forms of "aired" in the seven languages, lower case. */
    private static final Set<String> AIRED =
            Set.of(
                    "aired",
                    "diffusée",
                    "diffusé",
                    "ausgestrahlt",
                    "emitida",
                    "emitido",
                    "trasmessa",
                    "trasmesso",
                    "transmitida",
                    "transmitido",
                    "exibida",
                    "exibido",
                    "uitgezonden");

    /** The verbs German and Dutch put last, after the date ("am 9. Januar 2023 ausgestrahlt"). */
    private static final Set<String> VERB_LAST = Set.of("ausgestrahlt", "uitgezonden");

    /**
     * The words that join two clauses in German and Dutch, lower case: a date before one of them is
     * another clause's ("am 3. März aufgenommen und ausgestrahlt").
     */
    private static final Set<String> CONJUNCTIONS = Set.of("und", "oder", "en", "of");

    /** How many words may stand between the verb and the date: a preposition, a name, a weekday. */
    private static final int MOST_WORDS_BETWEEN = 6;

    private AiredSentenceDates() {}

    /** The date an airing sentence about the page gives, or null. */
    static Token of(SourceText source) {
        if (source.tokenCount() == 0 || !mentionsAiring(source)) {
            return null;
        }
        int sentenceStart = 0;
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            int type = source.token(i).getType();
            if (type == EpisodePageLexer.NL || type == EpisodePageLexer.STOP) {
                sentenceStart = i + 1;
                continue;
            }
            if (i != sentenceStart || !AiringSentenceWords.opensWithPage(source, i)) {
                continue;
            }
            int end = sentenceEnd(source, i);
            if (!AiringSentenceWords.namesOtherDay(source, i, end)) {
                Token date = dateOfSentence(source, i, end);
                if (date != null) {
                    return onlyDayOfPage(source, date) ? date : null;
                }
            }
            i = end - 1; // the sentence is read: go on from its end
        }
        return null;
    }

    /** Whether the page's text holds a stem of a past verb of airing. */
    private static boolean mentionsAiring(SourceText source) {
        CharStream input = source.token(0).getInputStream();
        // in place: the whole page's text, lower-cased, is not copied for it
        return TextStems.anyInPlace(PageText.between(input, 0, input.size() - 1), VERB_STEMS);
    }

    /** The index of the token that ends the sentence opening at {@code from}. */
    private static int sentenceEnd(SourceText source, int from) {
        int at = from;
        while (at < source.tokenCount()) {
            int type = source.token(at).getType();
            if (type == EpisodePageLexer.NL || type == EpisodePageLexer.STOP) {
                break;
            }
            at++;
        }
        return at;
    }

    /** The full date next to the sentence's past verb of airing, or null. */
    private static Token dateOfSentence(SourceText source, int from, int end) {
        for (int at = from; at < end; at++) {
            String verb = verbOf(source.token(at));
            if (verb == null) {
                continue;
            }
            Token date = dateAfter(source, at, end);
            if (date == null && VERB_LAST.contains(verb)) {
                date = dateBefore(source, from, at);
            }
            return date;
        }
        return null;
    }

    /**
     * The past verb of airing the token is, lower case, or null: a word, or the lexer's date label
     * where one opens it ("aired", "uitgezonden op"), which reads it alike whatever follows.
     */
    private static String verbOf(Token token) {
        int type = token.getType();
        if (type != EpisodePageLexer.WORD && type != EpisodePageLexer.PUBLISHED) {
            return null;
        }
        String text = token.getText().trim();
        int space = text.indexOf(' ');
        String word = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        return AIRED.contains(word) ? word : null;
    }

    /**
     * The full date a few words after the verb, in its sentence and opening no range, or null: a
     * word of "before" or "after" between them makes the date another thing's ("aired shortly after
     * the March 3, 2024 floods").
     */
    private static Token dateAfter(SourceText source, int verb, int end) {
        for (int at = verb + 1; at < end && at <= verb + 1 + MOST_WORDS_BETWEEN; at++) {
            Token token = source.token(at);
            if (LoneDates.isFullDate(token.getType())) {
                return AiringSentenceWords.opensRange(source, at + 1) ? null : token;
            }
            if (token.getType() != EpisodePageLexer.WORD
                    || AiringSentenceWords.isBeforeOrAfter(token)) {
                return null; // another field, a clause's comma, or a day the airing was near
            }
        }
        return null;
    }

    /** The full date a few words before a verb put last, in its clause, or null. */
    private static Token dateBefore(SourceText source, int from, int verb) {
        for (int at = verb - 1; at >= from && at >= verb - 1 - MOST_WORDS_BETWEEN; at--) {
            Token token = source.token(at);
            if (LoneDates.isFullDate(token.getType())) {
                return AiringSentenceWords.opensRange(source, at + 1) ? null : token;
            }
            if (token.getType() != EpisodePageLexer.WORD
                    || CONJUNCTIONS.contains(token.getText().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return null;
    }

    /** Whether every full date of the page names the found one's day. */
    private static boolean onlyDayOfPage(SourceText source, Token found) {
        Optional<LocalDate> day =
                ReleaseDates.of(found, DateOrder.DAY_MONTH_YEAR, Optional.empty());
        if (day.isEmpty()) {
            return false;
        }
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            Token token = source.token(i);
            if (LoneDates.isFullDate(token.getType())
                    && !day.equals(
                            ReleaseDates.of(token, DateOrder.DAY_MONTH_YEAR, Optional.empty()))) {
                return false;
            }
        }
        return true;
    }
}
