package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import java.util.Set;

/**
 * Where the value reader's place opens a date relative to the day the page was fetched ({@code 3
 * days ago}, {@code yesterday}, {@code Mar 12}), and how many tokens it takes.
 */
final class RelativeDateShapes {

    /**
     * Month abbreviations of the seven languages that are also English words ("set" and "out" for
     * September and October in Italian and Portuguese, "ago", "gen", "mag"), lower case.
     */
    private static final Set<String> WORD_MONTHS = Set.of("set", "out", "ago", "gen", "mag");

    private final Lookahead ahead;
    private final DateShapes dates;
    private final HandedOn handedOn;

    RelativeDateShapes(Lookahead ahead, DateShapes dates, HandedOn handedOn) {
        this.ahead = ahead;
        this.dates = dates;
        this.handedOn = handedOn;
    }

    /**
     * A date relative to the day the page was fetched: an amount of time ago ({@code vor 3 Tagen})
     * anywhere, as the lexer's English {@code 3 days ago} is; "today", "yesterday" and a day
     * without a year ({@code Mar 12}) only where they open a line, or follow a date label, and end
     * it or stand before a separator: elsewhere they are words of a sentence.
     */
    int at() {
        int n = dates.agoDate(0);
        boolean agoShape = n > 1 || (n == 1 && ahead.type(0) == NUMBER);
        if (agoShape) {
            return n;
        }
        if (!handedOn.opensDateField()) {
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
}
