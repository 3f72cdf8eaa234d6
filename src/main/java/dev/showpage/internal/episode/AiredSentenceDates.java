package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The date of a page read as one episode where a sentence says when it went on air: a past verb of
 * airing, a few words (the station, the programme, a weekday) and a full date ({@code This
 * interview aired on Night Desk on March 3, 2024.}, {@code Émission diffusée mardi 4 mars 2023 sur
 * Radio Sud}, {@code Intervista trasmessa su Radio Tre venerdì 7 febbraio 2021}, {@code Entrevista
 * emitida el 12 de abril de 2024}), or the date before a verb put last ({@code Die Sendung wurde am
 * 9. Januar 2023 ausgestrahlt}, {@code Het gesprek is op 5 juni 2022 uitgezonden}).
 *
 * <p>Only a past airing is read: a sentence with a future's auxiliary before the verb ("will",
 * "sera", "wird", "será", "verrà", "vai", "wordt") names the next airing, one with a word of a
 * first or repeated airing ("originally", "initialement", "ursprünglich", "again") names another
 * than the page's, and one with the noun of a work ("film", "documentary", "série") dates the
 * work's airing. A date that opens a range ("du 3 au 5 mars 2023", "from ... to") is no day, and a
 * page with a full date of another day anywhere gives none.
 */
final class AiredSentenceDates {

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

    /**
     * The words that, before the verb in its sentence, make the airing another than the page's
     * edition, lower case: the seven languages' future auxiliaries, the words of a first or
     * repeated airing, and the nouns of works that are aired too (films, documentaries, series).
     */
    private static final Set<String> OTHER_AIRING =
            Set.of(
                    // future auxiliaries
                    "will",
                    "sera",
                    "seront",
                    "wird",
                    "werden",
                    "será",
                    "serán",
                    "verrà",
                    "sarà",
                    "vai",
                    "irá",
                    "wordt",
                    "zal",
                    // a first or repeated airing
                    "originally",
                    "first",
                    "again",
                    "initialement",
                    "originalement",
                    "ursprünglich",
                    "erstmals",
                    "originalmente",
                    "originariamente",
                    "oorspronkelijk",
                    "eerder",
                    // works
                    "film",
                    "movie",
                    "documentary",
                    "series",
                    "documentaire",
                    "série",
                    "dokumentation",
                    "dokumentarfilm",
                    "serie",
                    "documental",
                    "documentario",
                    "documentário",
                    "reeks");

    /** The words that join a range's first day to its last in the seven languages, lower case. */
    private static final Set<String> RANGE_WORDS =
            Set.of("au", "to", "till", "until", "bis", "al", "a", "até", "tot");

    /** How many words may stand between the verb and the date: a preposition, a name, a weekday. */
    private static final int MOST_WORDS_BETWEEN = 5;

    private AiredSentenceDates() {}

    /** The date an airing sentence gives, or null. */
    static Token of(SourceText source) {
        Token found = null;
        int sentenceStart = 0;
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            Token token = source.token(i);
            int type = token.getType();
            if (type == EpisodePageLexer.NL || type == EpisodePageLexer.STOP) {
                sentenceStart = i + 1;
                continue;
            }
            if (!isAiredVerb(token) || namesOtherAiring(source, sentenceStart, i)) {
                continue;
            }
            Token date = dateAfter(source, i);
            date = date == null ? dateBefore(source, sentenceStart, i) : date;
            if (date != null) {
                found = found == null ? date : found;
            }
        }
        return found == null || !onlyDayOfPage(source, found) ? null : found;
    }

    /**
     * Whether the token is a past verb of airing: a word, or the lexer's date label where one opens
     * it ("aired", "uitgezonden op"), which reads it alike whatever follows.
     */
    private static boolean isAiredVerb(Token token) {
        int type = token.getType();
        if (type != EpisodePageLexer.WORD && type != EpisodePageLexer.PUBLISHED) {
            return false;
        }
        String text = token.getText().trim();
        int space = text.indexOf(' ');
        return AIRED.contains(
                (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT));
    }

    /** The full date a few words after the verb, on its sentence and closing no range, or null. */
    private static Token dateAfter(SourceText source, int verb) {
        int n = source.tokenCount();
        for (int at = verb + 1; at < n && at <= verb + 1 + MOST_WORDS_BETWEEN; at++) {
            Token token = source.token(at);
            if (LoneDates.isFullDate(token.getType())) {
                return opensRange(source, at + 1) ? null : token;
            }
            if (token.getType() != EpisodePageLexer.WORD) {
                return null; // the sentence's end, or another field
            }
        }
        return null;
    }

    /**
     * The full date a few words before the verb, where German and Dutch put the verb last ("wurde
     * am 9. Januar 2023 ausgestrahlt", "is op 5 juni 2022 uitgezonden"), or null.
     */
    private static Token dateBefore(SourceText source, int sentenceStart, int verb) {
        for (int at = verb - 1; at >= sentenceStart && at >= verb - 1 - MOST_WORDS_BETWEEN; at--) {
            Token token = source.token(at);
            if (LoneDates.isFullDate(token.getType())) {
                return opensRange(source, at + 1) ? null : token;
            }
            if (token.getType() != EpisodePageLexer.WORD) {
                return null;
            }
        }
        return null;
    }

    /** "au", "to", "bis", "al", "a", "até", "tot" after a date: it opens a range. */
    private static boolean opensRange(SourceText source, int at) {
        if (at >= source.tokenCount()) {
            return false;
        }
        String word = source.token(at).getText().toLowerCase(Locale.ROOT);
        return RANGE_WORDS.contains(word);
    }

    private static boolean namesOtherAiring(SourceText source, int from, int to) {
        for (int at = from; at < to; at++) {
            if (OTHER_AIRING.contains(source.token(at).getText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
