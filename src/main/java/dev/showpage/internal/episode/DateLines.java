package dev.showpage.internal.episode;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.DurationContext;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Durations;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A line that dates an episode, in any layout: its date and length go to the episode's draft, and
 * what follows them is reported, so that no text of the line goes unseen.
 */
public final class DateLines {

    /** Segments after a date and length from which the rest of the line is prose, not a field. */
    private static final int PROSE_TAIL_SEGMENTS = 8;

    private DateLines() {}

    /**
     * @param date the date's token
     * @param dateNode the date's node among the line's children
     * @param duration the line's length, or null
     * @param tailMessage how the report of text after the date and length begins
     */
    public static void read(
            EpisodeDraft draft,
            ParserRuleContext line,
            Token date,
            ParseTree dateNode,
            DurationContext duration,
            String tailMessage,
            ParseSession session) {
        read(draft, line, date, dateNode, duration, tailMessage, session, null);
    }

    /**
     * As {@link #read(EpisodeDraft, ParserRuleContext, Token, ParseTree, DurationContext, String,
     * ParseSession)}, but text after the date and length that reads as prose (a scraper ran the
     * notes into the date line: "July 19, 2021Dr. Lex Fridman is ...") goes to {@code notes}
     * instead of a report, when {@code notes} is given.
     */
    public static void read(
            EpisodeDraft draft,
            ParserRuleContext line,
            Token date,
            ParseTree dateNode,
            DurationContext duration,
            String tailMessage,
            ParseSession session,
            NotesReader notes) {
        draft.dateToken = date;
        int after = line.children.indexOf(dateNode) + 1;
        if (duration != null) {
            for (TerminalNode quantity : duration.QUANTITY()) {
                Token length = quantity.getSymbol();
                if (!isGluedClock(date, length)) {
                    draft.durationTokens.add(length);
                } else if (draft.durationTokens.isEmpty() && draft.playerLength == null) {
                    draft.playerLength = length;
                }
            }
            after = Math.max(after, line.children.indexOf(duration) + 1);
        }
        if (notes != null && line.getChildCount() - 1 - after >= PROSE_TAIL_SEGMENTS) {
            notes.readLineFrom(line, after);
            return;
        }
        if (after == line.getChildCount() - 2 && isStop(line.getChild(after))) {
            return; // "È lunedì 12 giugno 2023.": the stop of a sentence that only gives the date
        }
        if (after < line.getChildCount() - 1) {
            ParseTree first = line.getChild(after);
            Token start =
                    first instanceof TerminalNode terminal
                            ? terminal.getSymbol()
                            : ((ParserRuleContext) first).getStart();
            SourceText source = session.source();
            session.diagnostics()
                    .report(
                            DiagnosticCode.DATE_LINE_TEXT,
                            start,
                            tailMessage
                                    + " '"
                                    + source.between(
                                            start, Trees.lastBeforeNewline(line, source.tokens()))
                                    + "'");
        }
    }

    /**
     * {@code January 14, 202200:05:00}: a clock a scraper ran into the date, which is the card's
     * weakest length (see {@code GluedClocks}): any length the card states with a label or on a
     * line of its own is the length, so the clock is kept as a player's length is, which the draft
     * uses only where no line of the card gives one.
     */
    private static boolean isGluedClock(Token date, Token length) {
        return length.getStartIndex() == date.getStopIndex() + 1
                && Durations.timestampSeconds(length.getText()) >= 0;
    }

    private static boolean isStop(ParseTree node) {
        return node instanceof TerminalNode terminal
                && terminal.getSymbol().getType() == EpisodePageLexer.STOP
                && terminal.getSymbol().getText().equals(".");
    }
}
