package dev.showpage.internal.goodpods;

import dev.showpage.internal.episode.DateLines;
import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.NotesReader;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.BlankLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.CardLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ContentLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.DateLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.EpisodeCardContext;
import dev.showpage.internal.grammar.EpisodePageParser.FaqHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.HeadingLineContext;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads the lines of one Goodpods episode card into an {@link EpisodeDraft}. The date line divides
 * the card: the lines above it are its title and show, the lines below it its text. What is missing
 * or out of place (no date, no title, a third line above the date, a second date line, a listener
 * count with no card) is reported here, where the card's shape is known.
 */
final class CardLines {

    private final ParseSession session;
    private final SourceText source;
    private final Diagnostics diagnostics;

    CardLines(ParseSession session) {
        this.session = session;
        this.source = session.source();
        this.diagnostics = session.diagnostics();
    }

    /**
     * The card's content, or null when its lines are not an episode card.
     *
     * @param showTitle the show's title from the page header, or null
     * @param rank the episode number the card gets if it is an episode
     */
    EpisodeDraft read(EpisodeCardContext ctx, String showTitle, int rank) {
        EpisodeDraft card = new EpisodeDraft();
        NotesReader reader = new NotesReader(card, source, diagnostics);
        // The card's lines, each unwrapped to its kind (blank, content, date, heading, ...).
        List<ParserRuleContext> lines = new ArrayList<>();
        if (ctx.cardStartLine() != null) {
            lines.add((ParserRuleContext) ctx.cardStartLine().getChild(0));
        }
        for (CardLineContext line : ctx.cardLine()) {
            lines.add((ParserRuleContext) line.getChild(0));
        }
        lines = withoutStrayHeading(lines, showTitle);
        int dateAt = -1;
        for (int i = 0; i < lines.size() && dateAt < 0; i++) {
            if (lines.get(i) instanceof DateLineContext) {
                dateAt = i;
            }
        }
        DateLineContext date = dateAt < 0 ? null : (DateLineContext) lines.get(dateAt);
        List<ParserRuleContext> head = new ArrayList<>();
        for (ParserRuleContext line : dateAt < 0 ? lines : lines.subList(0, dateAt)) {
            if (!(line instanceof BlankLineContext)) {
                head.add(line);
            } else if (date != null && !head.isEmpty()) {
                // A card's title and show lines stand right above its date line: lines before a
                // blank line belong to no card (a damaged heading or summary, say).
                StrayLines.report(head, diagnostics);
                head.clear();
            }
        }
        List<ParserRuleContext> body =
                dateAt < 0 ? List.of() : lines.subList(dateAt + 1, lines.size());
        TerminalNode listeners =
                ctx.listenersLine() == null ? null : ctx.listenersLine().LISTENERS();
        boolean listenersMissing = listeners == null || listeners.getSymbol().getTokenIndex() < 0;
        if (date == null && head.isEmpty()) {
            // Blank lines only (nothing to say), or a listener count with no card before it.
            if (!listenersMissing) {
                diagnostics.report(
                        DiagnosticCode.UNRECOGNISED_LINE,
                        listeners.getSymbol(),
                        "a listener count with no episode card before it");
            }
            return null;
        }
        if (date == null && listenersMissing) {
            // Neither a date nor a listener count: these lines are not an episode card.
            StrayLines.report(head, diagnostics);
            return null;
        }
        int bodyFrom;
        if (date != null) {
            card.firstToken = head.isEmpty() ? date.getStart() : head.get(0).getStart();
            card.title = head.isEmpty() ? null : source.lineText(head.get(0));
            card.show = head.size() < 2 ? null : source.lineText(head.get(1));
            bodyFrom = Math.min(head.size(), 2);
            DateLines.read(
                    card,
                    date,
                    date.NUMERIC_DATE().getSymbol(),
                    date.NUMERIC_DATE(),
                    date.duration(),
                    "text after the date and duration is not understood:",
                    session);
        } else {
            card.firstToken = head.get(0).getStart();
            card.title = source.lineText(head.get(0));
            bodyFrom = 1;
            if (head.size() > 1 && source.lineText(head.get(1)).equals(showTitle)) {
                card.show = showTitle;
                bodyFrom = 2;
            }
            diagnostics.report(
                    DiagnosticCode.MISSING_DATE,
                    card.firstToken,
                    "the episode '" + card.title + "' has no date line");
        }
        for (int i = bodyFrom; i < head.size(); i++) {
            if (date != null) {
                diagnostics.report(
                        DiagnosticCode.EXTRA_HEAD_LINE,
                        head.get(i).getStart(),
                        "a third line before the date line; read as part of the episode's text");
            }
            readLine(reader, head.get(i));
        }
        for (ParserRuleContext line : body) {
            readLine(reader, line);
        }
        reader.finish();
        if (listenersMissing) {
            Token at = ctx.getStop() != null ? ctx.getStop() : card.firstToken;
            diagnostics.report(
                    DiagnosticCode.MISSING_LISTENERS,
                    at,
                    "the episode card has no listener-count line at its end");
        } else {
            card.listenersToken = listeners.getSymbol();
        }
        if (card.title == null && date != null) {
            diagnostics.report(
                    DiagnosticCode.MISSING_TITLE,
                    date.getStart(),
                    "episode " + rank + " has no title line; it starts with its date line");
        }
        return card;
    }

    /**
     * The card's lines without the ranking heading ("Top 3 ...") that may open them: a heading
     * between two cards belongs to neither, and is reported where it stands instead of becoming the
     * next card's title. The grammar has no place for a heading there, so only the recovering parse
     * gets here with one (it reads the heading as a line of text whose number it skipped).
     *
     * <p>An episode may be called "Top 10 ..." too, so the first line is taken for a heading only
     * where a whole card head still follows it: a blank line (the card starts after it); or, above
     * the date line, a title and a show line, or a title that is not the show's name; or, on a card
     * with no date line, a title and the show's name.
     */
    private List<ParserRuleContext> withoutStrayHeading(
            List<ParserRuleContext> lines, String showTitle) {
        if (lines.isEmpty() || !isRankingHeading(lines.get(0))) {
            return lines;
        }
        List<ParserRuleContext> rest = lines.subList(1, lines.size());
        int following = 0;
        boolean dated = false;
        for (ParserRuleContext line : rest) {
            if (line instanceof DateLineContext) {
                dated = true;
                break;
            } else if (line instanceof BlankLineContext) {
                break;
            }
            following++;
        }
        boolean stray;
        if (rest.isEmpty() || rest.get(0) instanceof BlankLineContext) {
            stray = true;
        } else if (dated) {
            stray =
                    following >= 2
                            || (following == 1
                                    && showTitle != null
                                    && !source.lineText(rest.get(0)).equals(showTitle));
        } else {
            stray =
                    following >= 2
                            && showTitle != null
                            && source.lineText(rest.get(1)).equals(showTitle);
        }
        if (!stray) {
            return lines;
        }
        StrayLines.reportHeading(lines.get(0), diagnostics);
        return rest;
    }

    /** "Top 3 Harbour Episodes": the word "Top" and a number open the line. */
    private static boolean isRankingHeading(ParserRuleContext line) {
        if (line instanceof HeadingLineContext) {
            return true;
        }
        return line instanceof ContentLineContext
                && line.getStart().getType() == EpisodePageLexer.TOP
                && line.getChildCount() > 1
                && line.getChild(1) instanceof TerminalNode number
                && number.getSymbol().getType() == EpisodePageLexer.NUMBER;
    }

    /** One line of a card's text: prose, links, chapters; other kinds are noted as they come. */
    private void readLine(NotesReader reader, ParserRuleContext line) {
        if (line instanceof BlankLineContext) {
            reader.blankLine();
            return;
        }
        if (line instanceof DateLineContext) {
            diagnostics.report(
                    DiagnosticCode.EXTRA_DATE_LINE,
                    line.getStart(),
                    "a second date line in one card; read as part of the episode's text");
        } else if (line instanceof FaqHeadingContext) {
            diagnostics.report(
                    DiagnosticCode.HEADING_IN_CARD,
                    line.getStart(),
                    "an FAQ heading inside an episode card; read as part of the episode's text");
        }
        reader.readLine(line);
    }
}
