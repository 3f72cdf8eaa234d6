package dev.showpage.internal.generic;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.episode.LoneDates;
import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * A card's closing line that gives its length in minutes and seconds, then its date ({@code 57:52
 * 24.11.2022}), as a player's listing prints under each teaser. Only where the minutes cannot be a
 * clock's hour (24 or more) is the first value a length: {@code 20:15 3.3.2024} is the time of a
 * broadcast as often, and is left.
 */
final class LengthBeforeDate {

    /** The first count of minutes that no clock shows as an hour. */
    private static final int NO_HOUR = 24;

    private LengthBeforeDate() {}

    /** The line's length token, when the line holds only a length and a full date; else null. */
    static Token of(ParserRuleContext line) {
        List<Token> tokens = Trees.terminals(line);
        if (tokens.size() != 3
                || tokens.get(0).getType() != EpisodePageLexer.TIMESTAMP
                || !LoneDates.isFullDate(tokens.get(1).getType())
                || tokens.get(2).getType() != EpisodePageLexer.NL) {
            return null;
        }
        String time = tokens.get(0).getText();
        int colon = time.indexOf(':');
        if (colon < 1 || time.indexOf(':', colon + 1) >= 0 || time.length() - colon != 3) {
            return null; // "1:02:03", "5:7": no minutes and seconds alone
        }
        int minutes = Integer.parseInt(time.substring(0, colon));
        int seconds = Integer.parseInt(time.substring(colon + 1));
        return minutes >= NO_HOUR && seconds < 60 ? tokens.get(0) : null;
    }
}
