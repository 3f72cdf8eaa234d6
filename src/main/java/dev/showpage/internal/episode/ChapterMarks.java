package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.ChapterMarkContext;
import dev.showpage.internal.session.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The times of an episode's notes that may start chapters: which words around each are its title,
 * and which times stand together in a run. Whether a run is a chapter list is decided later, for
 * the whole run ({@link ChapterLists}).
 */
final class ChapterMarks {

    private final EpisodeDraft draft;
    private final SourceText source;
    private final LineState line;
    private final PendingWords words;

    /** Whether a heading or a rule opened a list, so that the next time continues it. */
    private boolean listOpen;

    /** The items of the run being read, and whether a heading opened it. */
    private List<ChapterItem> items = new ArrayList<>();

    private boolean headed;

    /** Whether the last line with text was a heading ("Chapters", "Setlist:"). */
    private boolean afterHeading;

    ChapterMarks(EpisodeDraft draft, SourceText source, LineState line, PendingWords words) {
        this.draft = draft;
        this.source = source;
        this.line = line;
        this.words = words;
    }

    /** A time mark the grammar found: a chapter's start, or a time in a sentence. */
    void read(ChapterMarkContext ctx) {
        Token time = ctx.getStart();
        Token markEnd = ctx.getStop();
        boolean separated = ctx.getChildCount() > 1;
        List<Token> before = words.list();
        if (!line.hasContent && isLead(before)) {
            // "00:00 - Intro", "• (2:25) Intro", "1. 0:00 Intro": the time starts its line.
            Token lead = before.isEmpty() ? null : before.get(0);
            before.clear();
            words.startSegment();
            ChapterItem item = open(time, markEnd, false);
            if (lead != null) {
                item.first = lead;
            }
            return;
        }
        ChapterItem open = words.openChapter;
        if (open != null
                && !open.titleFirst
                && !separated
                && endsLine(markEnd)
                && open.mark.getLine() == time.getLine()
                && !before.isEmpty()) {
            // "1 00:00 Welcome 01:19": a table's length column after the title; the next start
            // tells the same.
            words.flush();
            open.last = markEnd;
            return;
        }
        if (!separated && !line.hasContent && !before.isEmpty() && endsLine(markEnd)) {
            // "Intro (0:42)", "1. Xtal 0:00", "Suite-Pee 4:26 (Incomplete)": the title comes first.
            Token first = before.get(0);
            Token last = before.get(before.size() - 1);
            before.clear();
            words.startSegment();
            ChapterItem item = open(time, markEnd, true);
            item.first = first;
            item.title = source.between(first, last);
            return;
        }
        if (open != null || listOpen || endsWithBullet(before)) {
            // The next time of a list run together on one line ("... Intro* [00:17] Weather").
            if (endsWithBullet(before)) {
                before.remove(before.size() - 1);
            }
            words.startSegment();
            words.flush();
            open(time, markEnd, false);
            return;
        }
        // A lone time inside a sentence ("we met at 10:30") is prose, not a chapter.
        words.addAll(ctx);
    }

    /** The first rule opens an inline chapter list, the next one closes it. */
    void rule() {
        words.startSegment();
        words.flush();
        boolean closing = words.openChapter != null;
        words.closeChapter();
        listOpen = !closing;
    }

    /** A chapters heading opens a list: times after it are chapters even inside a line. */
    void openList() {
        listOpen = true;
    }

    /** A blank line closes a list a heading or rule opened; a run goes on over it. */
    void blankLine() {
        listOpen = false;
    }

    /** At the end of a line with text; {@code endsWithColon}: it may head what follows. */
    void endLine(boolean endsWithColon) {
        if (!line.hasChapter) {
            closeRun(); // a line of text between chapter lines ends their run; blank lines do not
        }
        afterHeading = line.isHeading || endsWithColon;
    }

    void closeRun() {
        if (!items.isEmpty()) {
            draft.addChapterRun(new ChapterRun(List.copyOf(items), headed));
            items = new ArrayList<>();
        }
    }

    private ChapterItem open(Token time, Token markEnd, boolean titleFirst) {
        ChapterItem item = new ChapterItem(time, markEnd, titleFirst);
        if (items.isEmpty()) {
            // A heading above, or one earlier on this line ("Chapters: 00:00 ..."), or a rule.
            headed = afterHeading || line.isHeading || listOpen;
        }
        items.add(item);
        words.openChapter = item;
        line.hasChapter = true;
        line.hasContent = true;
        return item;
    }

    /** Whether the words before a time are only a bullet or a track number ("1.", "01 -", "*"). */
    private static boolean isLead(List<Token> words) {
        if (words.isEmpty()) {
            return true;
        }
        int i = 0;
        while (i < words.size() && isBullet(words.get(i))) {
            i++;
        }
        if (i < words.size() && words.get(i).getType() == EpisodePageLexer.NUMBER) {
            i++;
            if (i < words.size()
                    && (words.get(i).getType() == EpisodePageLexer.STOP
                            || words.get(i).getType() == EpisodePageLexer.DASH
                            || words.get(i).getText().equals(")"))) {
                i++;
            }
        }
        return i == words.size();
    }

    private static boolean isBullet(Token token) {
        String text = token.getText();
        return token.getType() == EpisodePageLexer.BULLET
                || token.getType() == EpisodePageLexer.DASH
                || text.equals("*")
                || text.equals("\u25CF")
                || text.equals("\u2192")
                || text.equals("\u25AA")
                || text.equals("\u00B7")
                || text.equals(">");
    }

    private static boolean endsWithBullet(List<Token> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1).getText();
        return last.equals("*") || last.equals("\u25CF");
    }

    /**
     * Whether the mark is the last thing on its line, but for a note in brackets after it ("4:26
     * (Incomplete)").
     */
    private boolean endsLine(Token markEnd) {
        int i = markEnd.getTokenIndex() + 1;
        Token next = source.token(i);
        if (next.getType() == EpisodePageLexer.NL || next.getType() == Token.EOF) {
            return true;
        }
        if (!next.getText().equals("(")) {
            return false;
        }
        for (i++; ; i++) {
            Token t = source.token(i);
            if (t.getType() == EpisodePageLexer.NL
                    || t.getType() == Token.EOF
                    || t.getText().equals("(")) {
                return false;
            }
            if (t.getText().equals(")")) {
                Token after = source.token(i + 1);
                return after.getType() == EpisodePageLexer.NL || after.getType() == Token.EOF;
            }
        }
    }
}
