package dev.showpage.internal.generic;

import dev.showpage.internal.episode.LoneDates;
import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * A card's closing line that gives its length in minutes and seconds, then its date ({@code 57:52
 * 24.11.2022}), as a player's listing prints under each teaser. The line must be the last of its
 * card (the next card or the page's end follows), the minutes must be more than any clock's hour
 * can show (24:00 is midnight as often), and the line before must not announce a value (a colon or
 * a word for a score ends it): {@code 20:15 3.3.2024} is the time of a broadcast, {@code Endstand:
 * / 31:28 3.3.2024} a match's result.
 */
final class LengthBeforeDate {

    /** The first count of minutes that no clock shows, not even as midnight's "24:00". */
    private static final int NO_HOUR = 25;

    /**
     * The words that sports pages print before a result (a score reads as "31:28"), lower case, in
     * the seven languages: final score, result, standing.
     */
    private static final Set<String> SCORE_WORDS =
            Set.of(
                    "score",
                    "result",
                    "endstand",
                    "ergebnis",
                    "spielstand",
                    "endergebnis",
                    "résultat",
                    "resultat",
                    "resultado",
                    "marcador",
                    "risultato",
                    "punteggio",
                    "placar",
                    "uitslag",
                    "eindstand",
                    "stand");

    private LengthBeforeDate() {}

    /**
     * The length token of the block's line {@code i}, when it holds only a length and a full date
     * and closes its card (no line with text follows before {@code end}); else null.
     */
    static Token of(LineTable lines, int i, int end) {
        if (!closesWithFields(lines, i, end)) {
            return null;
        }
        String time = lines.terminals(i).get(0).getText();
        int colon = time.indexOf(':');
        if (colon < 1 || time.indexOf(':', colon + 1) >= 0 || time.length() - colon != 3) {
            return null; // "1:02:03", "5:7": no minutes and seconds alone
        }
        int minutes = Integer.parseInt(time.substring(0, colon));
        int seconds = Integer.parseInt(time.substring(colon + 1));
        return minutes >= NO_HOUR && seconds < 60 ? lines.terminals(i).get(0) : null;
    }

    /**
     * Whether line {@code i} is a card's closing line, a time and a full date only, that closes its
     * card (no line with text follows before {@code end}) and answers no line that announces a
     * value ("Endstand: / 31:28 3.3.2024", "Next broadcast: / 20:15 24.11.2027").
     */
    static boolean closesWithFields(LineTable lines, int i, int end) {
        return isFieldsLine(lines, i) && closesCard(lines, i, end);
    }

    /**
     * Whether line {@code i} holds a time and a full date only, and the line before announces no
     * value: a card's closing line wherever it stands in its block.
     */
    static boolean isFieldsLine(LineTable lines, int i) {
        List<Token> tokens = lines.terminals(i);
        return tokens.size() == 3
                && tokens.get(0).getType() == EpisodePageLexer.TIMESTAMP
                && LoneDates.isFullDate(tokens.get(1).getType())
                && tokens.get(2).getType() == EpisodePageLexer.NL
                && !announcesValue(lines, i);
    }

    private static boolean closesCard(LineTable lines, int i, int end) {
        for (int j = i + 1; j < end; j++) {
            if (!lines.isBlank(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line before ends with a colon or a word for a score ("Endstand:", "Result"). */
    private static boolean announcesValue(LineTable lines, int i) {
        int before = i - 1;
        while (before >= 0 && lines.isBlank(before)) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        List<Token> tokens = lines.lineTokens(before);
        int last = tokens.size() - 1;
        while (last >= 0 && tokens.get(last).getType() == EpisodePageLexer.NL) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        Token end = tokens.get(last);
        if (end.getType() == EpisodePageLexer.COLON) {
            return true;
        }
        return end.getType() == EpisodePageLexer.WORD
                && SCORE_WORDS.contains(end.getText().toLowerCase(Locale.ROOT));
    }
}
