package dev.showpage.internal.episode;

import dev.showpage.internal.antlr.PageText;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Blanks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * Times that each open a speaker's turn of a transcript: the line with text above the time holds
 * only the speaker's label ("Ana:" / "[0:10] So we began." / "Ben:" / "[0:24] Right."), as
 * transcript viewers print a turn. A chapter list's entries stand under a heading at most, and
 * under a label that differs each time ("Part 1:", "Part 2:") where a few.
 */
final class SpeakerTurns {

    /** How far back the line above a time is looked for: a label and a few blank lines. */
    private static final int WINDOW = 160;

    /** The most blank lines between a label and its time. */
    private static final int MAX_BLANK_LINES = 2;

    /** The most tokens of a label before its colon: a name of a few words. */
    private static final int LABEL_TOKENS = 3;

    private SpeakerTurns() {}

    /**
     * Whether two thirds or more of the run's entries stand under a speaker's label alone on its
     * line, and a label comes back (a speaker speaks twice): a transcript's turns, not chapters.
     */
    static boolean are(List<ChapterEntry> chapters) {
        int n = chapters.size();
        int labelled = 0;
        Set<String> labels = new HashSet<>();
        for (ChapterEntry entry : chapters) {
            String label = labelAbove(entry.item);
            if (label != null) {
                labelled++;
                labels.add(label);
            }
        }
        return n > 0 && labelled * 3 >= n * 2 && labels.size() < labelled;
    }

    /**
     * The speaker's label on the line with text above the item's line ("Ana:" gives "Ana"); null
     * when that line is anything else, or when words stand before the item on its own line.
     */
    static String labelAbove(ChapterItem item) {
        if (item.titleFirst) {
            return null;
        }
        CharStream input = item.first.getInputStream();
        int start = item.first.getStartIndex();
        if (input == null || start <= 0) {
            return null;
        }
        int from = Math.max(0, start - WINDOW);
        CharSequence before = PageText.between(input, from, start - 1); // read in place
        int i = before.length();
        // Only blanks between the item and its line's start.
        while (i > 0 && !isBreak(before.charAt(i - 1))) {
            if (!Blanks.isBlank(before.charAt(i - 1))) {
                return null;
            }
            i--;
        }
        // Over the line break and up to MAX_BLANK_LINES blank lines.
        int breaks = 0;
        while (i > 0 && (isBreak(before.charAt(i - 1)) || Blanks.isBlank(before.charAt(i - 1)))) {
            char c = before.charAt(i - 1);
            if (c == '\n' || (c == '\r' && (i == before.length() || before.charAt(i) != '\n'))) {
                breaks++;
            }
            i--;
        }
        if (breaks == 0 || breaks > MAX_BLANK_LINES + 1) {
            return null;
        }
        int end = i;
        while (i > 0 && !isBreak(before.charAt(i - 1))) {
            i--;
        }
        if (i == 0 && from > 0) {
            return null; // a line longer than the window is no label
        }
        // The line stripped as String.strip would, and made a string only when it ends with ':'
        while (end > i && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        while (i < end && Character.isWhitespace(before.charAt(i))) {
            i++;
        }
        if (end - i < 2 || before.charAt(end - 1) != ':') {
            return null;
        }
        return TranscriptTimes.speakerLabel(before.subSequence(i, end).toString());
    }

    /**
     * Whether the line that starts at the token is a speaker's label alone ("Ana:", "Speaker 2:"):
     * it opens the turn under it, so it is no title of a time above it ("[0:45]" / "Ben:").
     */
    static boolean isLabelLine(SourceText source, int start) {
        int i = start;
        while (source.token(i).getType() != EpisodePageLexer.COLON) {
            int type = source.token(i).getType();
            if (type == EpisodePageLexer.NL || type == Token.EOF || i - start > LABEL_TOKENS) {
                return false;
            }
            i++;
        }
        int after = source.token(i + 1).getType();
        if (i == start || !(after == EpisodePageLexer.NL || after == Token.EOF)) {
            return false;
        }
        Token first = source.token(start);
        return TranscriptTimes.speakerLabel(source.between(first, source.token(i))) != null;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
