package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import org.antlr.v4.runtime.Token;

/**
 * A time of day written with the hour's sign glued to it ("03:00H", "21:30h"), as Spanish, French,
 * Italian and Portuguese broadcasters name the hour a programme airs at. A chapter's time is never
 * written so: a line that carries one is not a chapter list's line, and may be an episode's title
 * ("21:00H | 9 NOV 2025 | Harbour Talk").
 */
final class ClockHours {

    private ClockHours() {}

    /** Whether token {@code t} of {@code source} is a time with the hour's sign glued after it. */
    static boolean isOne(SourceText source, int t) {
        Token time = source.token(t);
        if (time.getType() != EpisodePageLexer.TIMESTAMP) {
            return false;
        }
        Token next = source.token(t + 1);
        return next != null
                && next.getType() == EpisodePageLexer.WORD
                && next.getStartIndex() == time.getStopIndex() + 1
                && next.getText().equalsIgnoreCase("h");
    }
}
