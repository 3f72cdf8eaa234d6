package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Chapter lists a scraper ran into one line of prose: {@code "... Chapters(00:00) Intro(04:13) The
 * vote(12:02) ..."}, {@code "... belong. Ana - Why? (00:36) Ben - How? (17:30) Cy - When?
 * (20:52)"}, {@code "...00:00:00 - Artist - Track ('02)00:02:08 - Artist - Track ('15)..."}. A time
 * inside a line of prose is otherwise a time in a sentence; here it starts a chapter when the line
 * holds {@value #MIN_TIMES} or more times each set off as a list's are (in brackets, with a dash,
 * pipe or colon between it and a title, or bare after a time of zero), or {@value #MIN_HEADED}
 * after a chapters heading.
 *
 * <p>Which side of a time its title stands on is told by the line's end: when the last time ends
 * the line, nothing after it could be its title, so every title stands before its time (the words
 * since the time before; for the first, since the last sentence boundary). Otherwise each title
 * follows its time, up to the next one.
 *
 * <p>The line is looked at once, from its first such time to its end, when the reader meets that
 * time; the reader then asks about each time it meets on the line.
 */
final class InlineRuns {

    /** The fewest set-off times that make a list inside a line of prose. */
    static final int MIN_TIMES = 3;

    /** The fewest after a chapters heading, which says that a list follows. */
    static final int MIN_HEADED = 2;

    private final SourceText source;

    /** The line looked at, and the index of the first token looked at on it. */
    private int line = -1;

    private int from = -1;

    /** The indices of the set-off times on the line, in order; empty when they make no list. */
    private int[] times = new int[0];

    private boolean titleFirst;

    InlineRuns(SourceText source) {
        this.source = source;
    }

    /**
     * Whether the time starts a chapter of a list run together on its line.
     *
     * @param headed whether a chapters heading stands above or earlier on the line
     */
    boolean holds(Token time, boolean headed) {
        if (time.getLine() != line || time.getTokenIndex() < from) {
            look(time.getTokenIndex(), headed);
        }
        return Arrays.binarySearch(times, time.getTokenIndex()) >= 0;
    }

    /** Whether the titles of the line's list stand before their times. */
    boolean titleFirst() {
        return titleFirst;
    }

    /** Whether the line holds a list whose titles stand before their times. */
    boolean titleFirstOn(int pageLine) {
        return pageLine == line && times.length > 0 && titleFirst;
    }

    /** Whether the time is the first of the line's list. */
    boolean isFirst(Token time) {
        return times.length > 0 && times[0] == time.getTokenIndex();
    }

    private void look(int start, boolean headed) {
        line = source.token(start).getLine();
        from = start;
        int[] found = new int[8];
        int count = 0;
        int lastReach = -1;
        boolean zeroSeen = false;
        for (int k = start; ; k++) {
            Token token = source.token(k);
            int type = token.getType();
            if (type == EpisodePageLexer.NL || type == Token.EOF) {
                break;
            }
            if (!ChapterTimes.isClock(token)) {
                continue;
            }
            int stop = k;
            if (source.token(k + 1).getType() == EpisodePageLexer.DASH
                    && ChapterTimes.isClock(source.token(k + 2))) {
                stop = k + 2; // a range: "(12:30 - 18:45)"
            }
            Token before = k > 0 ? source.token(k - 1) : null;
            MarkReach reach =
                    MarkReach.of(
                            source,
                            source.token(stop),
                            false,
                            before == null ? List.of() : List.of(before));
            boolean zero = ChapterTimes.seconds(token) == 0;
            if (setOff(k, stop, before, reach, zero || zeroSeen)) {
                zeroSeen |= zero;
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = k;
                lastReach = reach.last();
            }
            k = Math.max(k, reach.last());
        }
        if (count < (headed ? MIN_HEADED : MIN_TIMES)) {
            times = new int[0];
            titleFirst = false;
            return;
        }
        times = Arrays.copyOf(found, count);
        titleFirst = endsLine(lastReach);
    }

    /**
     * A time set off as a list's: in brackets ("(00:36)", "{04:13}"), with a separator between it
     * and a title ("00:02:08 - Artist", "Title - 17:30"), or bare from a time of zero on ("00:00
     * Intro 04:13 Topic": a list's first chapter starts at zero, prose hardly names that time);
     * never a time of day ("at (19:30)", "(1:30 pm)"), nor a player's position or length ("(00:36)
     * / (45:12)").
     */
    private boolean setOff(int at, int stop, Token before, MarkReach reach, boolean fromZero) {
        Token time = source.token(at);
        Token after = source.token(stop + 1);
        if (before != null && (MarkSigns.isAtWord(before) || before.getText().equals("/"))
                || MarkSigns.isClockWord(after)
                || after.getText().equals("/")) {
            return false;
        }
        if (time.getType() == EpisodePageLexer.BRACKETED_TIME || reach.separated() || fromZero) {
            return true;
        }
        if (before == null) {
            return false;
        }
        if (MarkSigns.isOpening(before) && ChapterTimes.glued(before, time)) {
            return MarkSigns.isClosing(after);
        }
        int type = before.getType();
        if ((type == EpisodePageLexer.DASH || type == EpisodePageLexer.PIPE) && at >= 2) {
            int beforeDash = source.token(at - 2).getType();
            return beforeDash != EpisodePageLexer.NL && !MarkSigns.isLead(source.token(at - 2));
        }
        return false;
    }

    /** Whether only a full stop or comma stands between the mark and the line's end. */
    private boolean endsLine(int last) {
        Token next = source.token(last + 1);
        if (next.getType() == EpisodePageLexer.STOP || next.getType() == EpisodePageLexer.COMMA) {
            next = source.token(last + 2);
        }
        return next.getType() == EpisodePageLexer.NL || next.getType() == Token.EOF;
    }
}
