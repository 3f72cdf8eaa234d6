package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Times that are never a chapter's start, whatever stands around them: a subtitle cue's times
 * ("00:00:01,000 --> 00:00:04,000"), a player's position ("00:00 / 45:12") or remaining time
 * ("-1:48:27" alone), a time of day ("doors open at 19:30", "7:30 pm"), and a transcript's speaker
 * stamp ("Speaker 1 (00:00):", "Michael Kennedy 00:14:").
 */
final class NeverChapters {

    private NeverChapters() {}

    /**
     * @param time the mark's (first) time
     * @param stop the last token the grammar marked
     * @param reach how far the mark reaches
     * @param before the words before the time on its line
     * @param lead whether only signs and a track number stand before the time on its line
     * @param open the chapter open on the line, if any
     */
    static boolean is(
            SourceText source,
            Token time,
            Token stop,
            MarkReach reach,
            List<Token> before,
            boolean lead,
            ChapterItem open) {
        Token clockEnd = ChapterTimes.isClock(stop) ? stop : source.token(stop.getTokenIndex() - 1);
        Token next = source.token(clockEnd.getTokenIndex() + 1);
        Token afterNext = source.token(clockEnd.getTokenIndex() + 2);
        // "00:00:01,000", "00:01.500": a time with fractions of a second is a cue's.
        if ((next.getType() == EpisodePageLexer.COMMA || next.getType() == EpisodePageLexer.STOP)
                && ChapterTimes.glued(clockEnd, next)
                && ChapterTimes.glued(next, afterNext)
                && afterNext.getType() == EpisodePageLexer.NUMBER) {
            return true;
        }
        // "00:00:01 --> 00:00:04": a cue's arrow after the time or before it.
        if (arrowFrom(source, clockEnd.getTokenIndex() + 1) || MarkSigns.endsWithArrow(before)) {
            return true;
        }
        // "00:00 / 45:12": a player's position and length.
        if (next.getText().equals("/") && ChapterTimes.isClock(afterNext)) {
            return true;
        }
        int n = before.size();
        if (n >= 2
                && before.get(n - 1).getText().equals("/")
                && ChapterTimes.isClock(before.get(n - 2))) {
            return true;
        }
        // "-1:48:27" alone on its line: a player's remaining time.
        if (n == 1
                && before.get(0).getType() == EpisodePageLexer.DASH
                && ChapterTimes.glued(before.get(0), time)
                && isLineEnd(source.token(reach.last() + 1))) {
            return true;
        }
        // "doors open at 19:30", "7:30 pm", "19:30 Uhr": a time of day (in brackets, "Intro at
        // (0:42)", it is a mark).
        boolean bare = time.getType() == EpisodePageLexer.TIMESTAMP;
        if (bare
                && (n > 0 && MarkSigns.isAtWord(before.get(n - 1))
                        || MarkSigns.isClockWord(next))) {
            return true;
        }
        // "Speaker 1 (00:00):", "Michael Kennedy 00:14:": who speaks, and from when.
        return !lead
                && open == null
                && n > 0
                && stop.getType() == EpisodePageLexer.COLON
                && ChapterTimes.glued(source.token(stop.getTokenIndex() - 1), stop);
    }

    private static boolean arrowFrom(SourceText source, int i) {
        Token first = source.token(i);
        if (first.getType() != EpisodePageLexer.DASH) {
            return false;
        }
        Token second = source.token(i + 1);
        if (second.getText().equals(">")) {
            return true;
        }
        return second.getType() == EpisodePageLexer.DASH
                && source.token(i + 2).getText().equals(">");
    }

    private static boolean isLineEnd(Token token) {
        return token.getType() == EpisodePageLexer.NL || token.getType() == Token.EOF;
    }
}
