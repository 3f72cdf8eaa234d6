package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.ChapterMarkContext;
import dev.showpage.internal.session.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The times of an episode's notes that may start chapters: which words around each are its title,
 * and which times stand together in a run. Whether a run is a chapter list is decided later, for
 * the whole run ({@link ChapterLists}).
 *
 * <p>The signs around a time are told by their shape ({@link MarkSigns}); the tokens of a mark the
 * grammar does not include (a closing bracket, a unit, a separator) are taken here, and the reader
 * skips them ({@link #absorbs}). A time alone on its line takes the next line as its title. A line
 * that may be a list's first chapter with its time damaged or lost ({@link LineStarts}) is read as
 * an item without a time, which only the list after it can repair. Whether a mark ends its line
 * ({@link LineEndingMarks}) and where the first title of a list run together on a line starts
 * ({@link TitleFirstStarts}) are told from the tokens alone, apart from the state kept here.
 */
final class ChapterMarks {

    private final EpisodeDraft draft;
    private final SourceText source;
    private final LineState line;
    private final PendingWords words;
    private final LineStarts starts;
    private final InlineRuns inlineRuns;

    /** Whether a heading or a rule opened a list, so that the next time continues it. */
    private boolean listOpen;

    /** The items of the run being read, and whether a heading opened it. */
    private List<ChapterItem> items = new ArrayList<>();

    private boolean headed;

    /** Whether the last line with text was a heading ("Chapters", "Setlist:"). */
    private boolean afterHeading;

    /**
     * Whether the line being read is a heading word alone ("Kapitel", "Sommaire": {@link
     * ChapterHeadingWords}), which heads the list under it as "Chapters:" does.
     */
    private boolean headingWordLine;

    /** The last token of the page that belongs to a mark already read; the reader skips it. */
    private int absorbedThrough = -1;

    /** The items opened on the line being read, and whether the last mark ended with a colon. */
    private int openedOnLine;

    private ChapterItem lineItem;
    private boolean colonAfterTime;

    /** An item whose time stood alone on its line: the next line with text is its title. */
    private ChapterItem awaiting;

    ChapterMarks(EpisodeDraft draft, SourceText source, LineState line, PendingWords words) {
        this.draft = draft;
        this.source = source;
        this.line = line;
        this.words = words;
        this.starts = new LineStarts(source);
        this.inlineRuns = new InlineRuns(source);
    }

    /** Whether the token was read as part of a mark (a bracket, unit or separator after it). */
    boolean absorbs(Token token) {
        return token.getTokenIndex() <= absorbedThrough;
    }

    /** A time mark the grammar found: a chapter's start, or a time in a sentence. */
    void read(ChapterMarkContext ctx) {
        Token stop = ctx.getStop();
        readTime(ctx.getStart(), stop, !ChapterTimes.isClock(stop));
    }

    /**
     * "1h02m03s Intro", "Intro 2m30s": a time written in units, which is a chapter's only at the
     * start or the end of its line (inside a sentence, "we talked for 45m", it is an amount).
     */
    boolean readUnitTime(Token token) {
        if (!ChapterTimes.isUnitTime(token)
                || line.hasContent
                || !(starts.isLeadWords(words.list())
                        || LineEndingMarks.is(
                                source,
                                source.token(
                                        MarkReach.of(source, token, false, words.list())
                                                .last())))) {
            return false;
        }
        readTime(token, token, false);
        return true;
    }

    /**
     * Whether a bullet after a track number stands before a time ("1. • 0:00 Intro"): a sign of the
     * time's, not the end of the words before it.
     */
    boolean takesAsLead(Token bullet) {
        if (words.isEmpty()
                || line.hasContent
                || !starts.isLeadWords(words.list())
                || !starts.startsWithTime(starts.afterLeads(bullet.getTokenIndex()))) {
            return false;
        }
        words.add(bullet);
        return true;
    }

    private void readTime(Token time, Token stop, boolean separated) {
        List<Token> before = words.list();
        MarkReach reach = MarkReach.of(source, stop, separated, before);
        Token end = source.token(reach.last());
        boolean lead = !line.hasContent && starts.isLeadWords(before);
        if (NeverChapters.is(source, time, stop, reach, before, lead, words.openChapter)) {
            words.addAll(time, stop); // prose: the tokens after the mark follow as words
            return;
        }
        if (lead) {
            // "00:00 - Intro", "• (2:25) Intro", "1. 0:00 Intro", "▶ 00:00 Intro": the time
            // starts its line.
            Token first = before.isEmpty() ? null : before.get(0);
            before.clear();
            words.startSegment();
            ChapterItem item = open(time, end, false);
            item.startsLine = true;
            if (first != null) {
                item.first = first;
            }
            absorb(reach);
            return;
        }
        ChapterItem open = words.openChapter;
        if (open == null && inlineRuns.holds(time, afterHeading || line.isHeading || listOpen)) {
            // "Intro(00:00) Topic(04:13) ...", "... belong. Ana - Why? (00:36) Ben - How? (17:30)",
            // "...00:00:00 - Artist - Track ('02)00:02:08 - ...": a list run together inside a
            // line of prose. Such a list is a run of its own: a time on a line above (a length
            // after a date) is none of its chapters.
            if (inlineRuns.isFirst(time)) {
                closeRun();
            }
            if (inlineRuns.titleFirst()) {
                readTitleFirstInline(time, end, reach, before);
            } else {
                words.startSegment();
                words.flush();
                open(time, end, false);
                absorb(reach);
            }
            return;
        }
        if (open != null
                && !open.titleFirst
                && !reach.separated()
                && LineEndingMarks.is(source, end)
                && open.mark.getLine() == time.getLine()
                && !before.isEmpty()) {
            // "1 00:00 Welcome 01:19": a table's length column after the title; the next start
            // tells the same.
            words.flush();
            open.last = end;
            absorb(reach);
            return;
        }
        if (!reach.separated()
                && !line.hasContent
                && !before.isEmpty()
                && LineEndingMarks.is(source, end)) {
            // "Intro (0:42)", "1. Xtal 0:00", "Intro - 00:00", "Intro {0:00}": the title first.
            openTitledBefore(time, end, before);
            absorb(reach);
            return;
        }
        if (open != null || listOpen || endsWithBullet(before)) {
            // The next time of a list run together on one line ("... Intro* [00:17] Weather").
            if (endsWithBullet(before)) {
                before.remove(before.size() - 1);
            }
            words.startSegment();
            words.flush();
            open(time, end, false);
            absorb(reach);
            return;
        }
        // A lone time inside a sentence ("we met at 10:30") is prose, not a chapter.
        words.addAll(time, stop);
    }

    /**
     * Opens the chapter of {@code time} titled by the words before it (which are then used up),
     * without the dash or the opening bracket between them and the time.
     */
    private ChapterItem openTitledBefore(Token time, Token end, List<Token> before) {
        Token first = before.get(0);
        int last = before.size() - 1;
        while (last > 0
                && (MarkSigns.isOpening(before.get(last))
                        || MarkSigns.isSeparator(before.get(last)))) {
            last--;
        }
        String title = source.between(first, before.get(last));
        before.clear();
        words.startSegment();
        ChapterItem item = open(time, end, true);
        item.first = first;
        item.title = title;
        return item;
    }

    /**
     * One time of a list run together on a line with each title before its time: the words since
     * the time before are its title; before the first time, the words since the last sentence
     * boundary (those before it are prose).
     */
    private void readTitleFirstInline(Token time, Token end, MarkReach reach, List<Token> before) {
        if (!inlineRuns.isFirst(time)) {
            words.startSegment();
        } else {
            words.flushPrefix(TitleFirstStarts.sentenceStart(source, before));
        }
        ChapterItem item;
        if (before.isEmpty()) {
            item = open(time, end, true);
        } else {
            item = openTitledBefore(time, end, before);
        }
        words.openChapter = null; // the words after the time are the next one's title
        absorb(reach);
    }

    private void absorb(MarkReach reach) {
        absorbedThrough = Math.max(absorbedThrough, reach.last());
        colonAfterTime = source.token(reach.last()).getType() == EpisodePageLexer.COLON;
    }

    /**
     * Before a line is read: the title of a time that stood alone on the line before, or a line
     * that may be a list's first chapter whose time is damaged or lost.
     */
    void startLine(ParserRuleContext lineContext) {
        Token start = lineContext.getStart();
        if (start.getType() == EpisodePageLexer.NL || start.getType() == Token.EOF) {
            return;
        }
        headingWordLine = ChapterHeadingWords.isLine(source, start.getTokenIndex());
        int at = starts.afterLeads(start.getTokenIndex());
        ChapterItem waiting = awaiting;
        awaiting = null;
        if (waiting != null) {
            if (!starts.startsWithTime(at) && !SpeakerTurns.isLabelLine(source, at)) {
                // "00:00" / "Intro": the line under a time alone is its title; a speaker's
                // label ("[0:45]" / "Ben:") opens the next turn of a transcript instead.
                absorbedThrough = Math.max(absorbedThrough, at - 1);
                words.openChapter = waiting;
                line.hasChapter = true;
            }
            return;
        }
        if (!items.isEmpty()
                || starts.startsWithTime(at)
                || !starts.nextTextLineStartsWithTime(lineContext.getStop())) {
            return;
        }
        int damaged = ChapterTimes.damagedZero(source, at);
        if (damaged >= 0) {
            // "0:0 Intro", "00;00 Intro", "O0:00 Intro" above "04:30 Next": a first time damaged.
            ChapterItem item = open(source.token(at), source.token(damaged), false);
            item.first = start;
            List<Token> lead =
                    at > start.getTokenIndex() ? List.of(source.token(at - 1)) : List.of();
            absorb(MarkReach.of(source, source.token(damaged), false, lead));
            absorbedThrough = Math.max(absorbedThrough, damaged);
        } else if (afterHeading
                && !headingWordLine
                && starts.isShortPlainLine(start.getTokenIndex())) {
            // "Chapters:" / "Intro" / "04:30 Next": a first chapter whose time is lost.
            ChapterItem item = open(source.token(at), source.token(at), false);
            item.first = start;
            absorbedThrough = Math.max(absorbedThrough, at - 1);
        }
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
        if (lineItem != null && inlineRuns.titleFirstOn(lineItem.mark.getLine())) {
            TitleFirstStarts.cutLabel(
                    draft, items.subList(items.size() - openedOnLine, items.size()));
        }
        if (!line.hasChapter) {
            closeRun(); // a line of text between chapter lines ends their run; blank lines do not
        }
        if (openedOnLine == 1
                && !lineItem.titleFirst
                && !colonAfterTime
                && ChapterTimes.isTime(lineItem.mark)
                && ChapterTitles.clean(lineItem.title).isEmpty()) {
            // "00:00" alone: its title is on the next line ("Speaker (00:22):" is no such time).
            awaiting = lineItem;
        }
        openedOnLine = 0;
        lineItem = null;
        colonAfterTime = false;
        afterHeading = line.isHeading || endsWithColon || headingWordLine;
        headingWordLine = false;
    }

    void closeRun() {
        if (!items.isEmpty()) {
            draft.addChapterRun(new ChapterRun(List.copyOf(items), headed));
            items = new ArrayList<>();
        }
    }

    /** At the end of the episode's lines. */
    void finish() {
        awaiting = null;
        closeRun();
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
        openedOnLine++;
        lineItem = item;
        if (!titleFirst && openedOnLine > 1) {
            words.runTail = item;
        }
        return item;
    }

    private static boolean endsWithBullet(List<Token> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1).getText();
        return last.equals("*") || last.equals("\u25CF");
    }
}
