package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.DateWords;
import org.antlr.v4.runtime.Token;

/**
 * A time of day written with the hour's sign glued to it ("03:00H", "21:30h"), as Spanish, French,
 * Italian and Portuguese broadcasters name the hour a programme airs at. Beside the day it aired
 * the time titles an edition ("21:00H | 9 NOV 2025 | Harbour Talk"); alone, or with a word such as
 * "Live", it is a schedule's air time, which titles nothing. Only the title's reading is changed:
 * chapter lists read such times as they read any other.
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

    /** Whether {@code text}, a line holding such a time, names a month too: the day it aired. */
    static boolean namesTheDay(String text) {
        for (String word : text.split(" ")) {
            String core = SiteChrome.trimSigns(word);
            if (!core.isEmpty() && DateWords.month(core) != 0) {
                return true;
            }
        }
        return false;
    }
}
