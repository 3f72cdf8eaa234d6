package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.OtherOccasionWords;
import dev.showpage.internal.text.QuotationMarks;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The day of the edition a page read as one episode is about, where its heading names the programme
 * and then the day with a preposition of "of" ({@code Les invités de « Le Grand Soir » du 4 mars
 * 2023}, {@code Die Gäste bei „Abendrunde“ vom 13. Dezember 2020}, {@code The guests of "Late Desk"
 * of March 3, 2024}, {@code Réécoutez « Le Club » du mardi 4 mars 2023 animé par Léa}): the heading
 * says which edition the page is about, so its day is the episode's, as with the programme's noun
 * that {@link BroadcastDates} reads.
 *
 * <p>The name before the preposition ends in a closing quotation mark; any other word before it
 * ({@code le concert du 3 mars 2024}, {@code Das Erdbeben vom 6. Februar 2023}, {@code The Great
 * Blizzard of March 12, 1888}) may name a past event as well as a programme, and an event's noun or
 * a word of a premiere or anniversary in the line ({@code Festival}, {@code estreno}) makes the day
 * that occasion's. The day only stands where the page's lines gave no date: a labelled date of
 * publication below a heading is the page's own, whatever day the heading names. The date closes
 * its field (a stop, colon, dash, pipe, bullet or the line's end follows) or a participle of
 * presenting follows it ({@code animée par}, {@code hosted by}): a date that runs on ("du 3 mars
 * 2024 au 5 mars 2024") is a range. A line led by a word of another edition ({@code Rediffusion},
 * {@code Vorschau}, {@code next}) is left, as is a heading that names two different days.
 */
final class NamedEditionDates {

    /** How many lines with text the heading of a page spans: a title and the line above it. */
    private static final int HEADING_LINES = 2;

    /**
     * The prepositions that join a programme's name to its day in the seven languages, lower case
     * ("du", "vom", "of", "del", "do", "van"); the French and Italian "de"/"di" before a bare date
     * are left, as they more often join a subject than a day.
     */
    private static final Set<String> OF_DAY = Set.of("du", "vom", "of", "del", "do", "van");

    /**
     * The nouns for "day" that may stand between the preposition and the date ("do dia 5 de maio").
     */
    private static final Set<String> DAY_WORDS = Set.of("dia", "day");

    /**
     * The participles of presenting, each with its "by", that may follow an edition's day in the
     * seven languages, lower case ("animée par", "moderiert von", "hosted by", "presentata da").
     */
    private static final Set<String> PRESENTED_BY =
            Set.of(
                    "hosted by",
                    "presented by",
                    "animée par",
                    "animé par",
                    "présentée par",
                    "présenté par",
                    "moderiert von",
                    "präsentiert von",
                    "presentado por",
                    "presentada por",
                    "conducido por",
                    "conducida por",
                    "presentato da",
                    "presentata da",
                    "condotto da",
                    "condotta da",
                    "apresentado por",
                    "apresentada por",
                    "gepresenteerd door");

    /**
     * The words of a run's first or landmark edition in the seven languages, lower case: a heading
     * that looks back on a programme's premiere, pilot or anniversary ({@code El estreno de «La
     * Tertulia» del 12 de abril de 2014}) names that edition's day, not the page's.
     */
    private static final Set<String> RUN_EDGE_WORDS =
            Set.of(
                    "premiere",
                    "pilot",
                    "debut",
                    "anniversary",
                    "years",
                    "première",
                    "anniversaire",
                    "ans",
                    "pilotfolge",
                    "jubiläum",
                    "jahre",
                    "estreno",
                    "aniversario",
                    "años",
                    "debutto",
                    "anniversario",
                    "anni",
                    "estreia",
                    "aniversário",
                    "anos",
                    "jaar",
                    "jubileum");

    private NamedEditionDates() {}

    /** The edition's full date token, or null. */
    static Token of(SourceText source) {
        Token found = null;
        int headingLines = 0;
        int lineStart = 0;
        boolean text = false;
        for (int i = 0, n = source.tokenCount(); i + 1 < n && headingLines < HEADING_LINES; i++) {
            Token token = source.token(i);
            if (token.getType() == EpisodePageLexer.NL) {
                headingLines += text ? 1 : 0;
                text = false;
                lineStart = i + 1;
                continue;
            }
            text = true;
            if (token.getType() != EpisodePageLexer.WORD
                    || !OF_DAY.contains(token.getText().toLowerCase(Locale.ROOT))
                    || i - 1 <= lineStart) {
                continue;
            }
            int at = isDayWord(source.token(i + 1)) && i + 2 < n ? i + 2 : i + 1;
            Token date = source.token(at);
            if (!LoneDates.isFullDate(date.getType())
                    || !endsName(source.token(i - 1))
                    || !endsField(source, at + 1)
                    || namesOtherOccasion(source, lineStart, i)) {
                continue;
            }
            if (found != null && !BroadcastDates.sameDay(found, date)) {
                return null; // two editions: which one the page is about is not told
            }
            found = found == null ? date : found;
        }
        return found;
    }

    /** "dia", "day": the noun Portuguese and English may put between "of" and a date. */
    private static boolean isDayWord(Token token) {
        return token.getType() == EpisodePageLexer.WORD
                && DAY_WORDS.contains(token.getText().toLowerCase(Locale.ROOT));
    }

    /**
     * A closing quotation mark: the end of a quoted programme's name. A capitalised word is no sign
     * of a name where every noun (German) or every title word (English) is capitalised, and an
     * event's name (the Blizzard of, das Erdbeben vom) reads the same.
     */
    private static boolean endsName(Token before) {
        String text = before.getText();
        return !text.isEmpty() && QuotationMarks.closesDouble(text.charAt(text.length() - 1));
    }

    /** Whether the date's field ends at {@code at}, or a participle of presenting follows it. */
    private static boolean endsField(SourceText source, int at) {
        if (at >= source.tokenCount() || BroadcastDates.closesField(source.token(at))) {
            return true;
        }
        return at + 1 < source.tokenCount()
                && PRESENTED_BY.contains(
                        (source.token(at).getText() + " " + source.token(at + 1).getText())
                                .toLowerCase(Locale.ROOT));
    }

    /** Whether a word of the line before the preposition names another edition or an event. */
    private static boolean namesOtherOccasion(SourceText source, int from, int to) {
        for (int at = from; at < to; at++) {
            Token token = source.token(at);
            if (token.getType() != EpisodePageLexer.WORD) {
                continue;
            }
            String word = token.getText();
            if (BroadcastDates.isOtherEditionWord(word)
                    || OtherOccasionWords.isEventNoun(word)
                    || RUN_EDGE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
