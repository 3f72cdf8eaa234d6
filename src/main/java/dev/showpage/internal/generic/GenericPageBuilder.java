package dev.showpage.internal.generic;

import dev.showpage.DateOrder;
import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.episode.DateLines;
import dev.showpage.internal.episode.EpisodeAssembler;
import dev.showpage.internal.episode.EpisodeCounts;
import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.Hosts;
import dev.showpage.internal.episode.NotesReader;
import dev.showpage.internal.episode.OneEpisodeValues;
import dev.showpage.internal.episode.ReleaseDates;
import dev.showpage.internal.episode.StatedEpisodeCounts;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.GenericPageContext;
import dev.showpage.internal.grammar.EpisodePageParser.LengthLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ReleaseLineContext;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.PageParts;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.model.Episode;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Builds the {@link Page} of a generic page (show notes from any site) from its tree: the grammar
 * has told its lines apart (release lines, length lines, blank lines, lines of text); {@link
 * DatedBlocks} or, on a page without dates, {@link PipeTables} or {@link UndatedBlocks} find where
 * each episode stands, and {@link ShowName} finds the show. The lines above the first episode that
 * name nothing else are the site's navigation, as are the lines after an episode table's rows (no
 * row's notes), and each episode's lines are read into a draft and assembled.
 */
final class GenericPageBuilder {

    private final ParseSession session;
    private final SourceText source;
    private final Diagnostics diagnostics;

    private LineTable lines;
    private PipeTables tables;
    private ClosingLineCards closingCards;

    /** Ad slots' and players' labels met among episodes' lines: the site's, kept as navigation. */
    private final List<String> slotLabels = new ArrayList<>();

    GenericPageBuilder(ParseSession session) {
        this.session = session;
        this.source = session.source();
        this.diagnostics = session.diagnostics();
    }

    PageParts build(GenericPageContext page) {
        lines = new LineTable(linesOf(page), source);
        ShowName showName = new ShowName(lines);
        DateOrder order = ReleaseDates.pageOrder(source, session.settings(), diagnostics);
        closingCards = ClosingLineCards.split(lines, new DatedBlocks(lines, showName).find());
        List<EpisodeBlock> blocks = closingCards.blocks();
        // An episode table is read only where no dated episode stands: on a page of dated
        // episodes a table is one episode's notes (its chapters, its guests).
        tables = new PipeTables(lines);
        if (blocks.isEmpty()) {
            blocks = tables.find();
        }
        if (blocks.isEmpty()) {
            blocks =
                    new UntitledBlocks(lines)
                            .added(
                                    new TitleBetweenPrints(lines)
                                            .moved(new UndatedBlocks(lines, showName).find()));
        }
        QuoteTitleRuns runs = new QuoteTitleRuns(lines);
        blocks = runs.split(blocks);
        int firstEpisodeLine = blocks.isEmpty() ? lines.size() : blocks.get(0).start();
        OptionalInt count = episodeCount(blocks);
        Optional<Show> show =
                showName.find(firstEpisodeLine, blocks).map(s -> s.withEpisodeCount(count));
        List<String> navigation = navigation(firstEpisodeLine);
        int year = StatedYears.one(headerLines(blocks));
        List<Episode> episodes =
                Hosts.apply(
                        episodes(blocks, order, show.map(Show::title).orElse(null), runs, year),
                        ShowHosts.namedBy(show, navigation));
        navigation.addAll(tables.linesAfterRows());
        navigation.addAll(slotLabels);
        if (episodes.isEmpty() && navigation.isEmpty() && show.isEmpty()) {
            diagnostics.report(DiagnosticCode.EMPTY_PAGE, 1, 1, "the page has no text");
        }
        return PageParts.of(show, navigation, episodes);
    }

    /**
     * The show's episode count, from the first line that states it as a field of its own, else from
     * the count glued to the first episode's title, else from a sentence that states the show's
     * whole count ({@link StatedEpisodeCounts}).
     */
    private OptionalInt episodeCount(List<EpisodeBlock> blocks) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.isBlank(i) && lines.isShort(i)) {
                OptionalInt count = EpisodeCounts.on(lines.terminals(i));
                if (count.isPresent()) {
                    return count;
                }
            }
        }
        if (!blocks.isEmpty() && blocks.get(0).title() >= 0) {
            GluedCounts.Split glued = GluedCounts.of(lines.text(blocks.get(0).title()));
            if (glued != null) {
                return OptionalInt.of(glued.count());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            // A sentence states a count with the word for episodes after it, past its first two
            // tokens: the words of the other lines are not read again.
            if (!lines.isBlank(i) && EpisodeCounts.hasEpisodesWord(lines.terminals(i), 2)) {
                OptionalInt count = StatedEpisodeCounts.on(lines.line(i));
                if (count.isPresent()) {
                    return count;
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The page's lines; the tokens the recovering parser skipped between them are reported. */
    private List<ParserRuleContext> linesOf(GenericPageContext page) {
        List<ParserRuleContext> pageLines = new ArrayList<>();
        for (ParseTree child : page.children == null ? List.<ParseTree>of() : page.children) {
            if (child instanceof ParserRuleContext line) {
                pageLines.add(line);
            } else if (child instanceof ErrorNode error) {
                if (session.recovering()) {
                    diagnostics.reportSkipped(error.getSymbol());
                }
            }
        }
        return pageLines;
    }

    /** The lines with text above the first episode that are not the show's: the site's. */
    private List<String> navigation(int firstEpisodeLine) {
        List<String> navigation = new ArrayList<>();
        for (int i = 0; i < firstEpisodeLine; i++) {
            if (!lines.isUsed(i) && !lines.isBlank(i)) {
                navigation.add(lines.text(i));
                lines.markUsed(i);
            }
        }
        return navigation;
    }

    /**
     * The lines above the first episode's date (or its start, when it has none): the headline and
     * byline that may state the year of the days the episodes give without one.
     */
    private List<String> headerLines(List<EpisodeBlock> blocks) {
        int end =
                blocks.isEmpty()
                        ? 0
                        : blocks.get(0).release() >= 0
                                ? blocks.get(0).release()
                                : blocks.get(0).start();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (!lines.isBlank(i)) {
                header.add(lines.text(i));
            }
        }
        return header;
    }

    /** Every block read into a draft first, then the drafts assembled, ranked in page order. */
    private List<Episode> episodes(
            List<EpisodeBlock> blocks,
            DateOrder order,
            String showTitle,
            QuoteTitleRuns runs,
            int year) {
        List<EpisodeDraft> drafts = new ArrayList<>();
        for (EpisodeBlock block : blocks) {
            EpisodeDraft draft = draft(block, showTitle, runs);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        OneEpisodeValues.fill(drafts, source);
        EpisodeAssembler assembler = new EpisodeAssembler(session, order);
        assembler.statedYear(year);
        List<Episode> episodes = new ArrayList<>();
        for (EpisodeDraft draft : drafts) {
            episodes.add(assembler.assemble(draft, episodes.size() + 1));
        }
        return episodes;
    }

    /** What the block's lines say of its episode, or null if they say nothing. */
    private EpisodeDraft draft(EpisodeBlock block, String showTitle, QuoteTitleRuns runs) {
        if (tables.isRow(block.start())) {
            return tables.draft(block.start(), diagnostics);
        }
        EpisodeDraft draft = new EpisodeDraft();
        NotesReader reader = new NotesReader(draft, source, diagnostics);
        String titleLine =
                block.title() < 0
                        ? null
                        : block.segment() >= 0
                                ? runs.title(block.title(), block.segment())
                                : lines.text(block.title());
        draft.title =
                titleLine == null
                        ? null
                        : TitleText.withoutPageWord(
                                TitleText.withoutShowName(
                                        TitleText.withoutTitleLabel(
                                                PlatformTitleSuffix.withoutSuffix(
                                                        TitleText.undecorated(titleLine), lines)),
                                        showTitle));
        GluedCounts.Split glued = draft.title == null ? null : GluedCounts.of(draft.title);
        if (glued != null) {
            draft.title = glued.title(); // "38 episodesThe Title": the count is the show's
        }
        // The episode starts at its first line with text: a cover caption or title, the date, or
        // (in a listing that dates each episode under its notes) the notes.
        int firstLine = lines.nextText(block.start());
        if (firstLine < 0) {
            return null;
        }
        draft.firstToken =
                block.segment() >= 0
                        ? runs.first(block.title(), block.segment())
                        : lines.line(firstLine).getStart();
        if (block.title() >= 0) {
            lines.markUsed(block.title());
        }
        if (block.show() >= 0) {
            draft.show = lines.text(block.show()); // printed over and under the title
        }
        if (block.oneLine()) {
            readOneLine(block.title(), draft);
        }
        if (block.showFirst()) {
            // "Show - Title": the show before the dash, the title after it.
            ShowDashTitleListing listing = new ShowDashTitleListing(lines);
            draft.title = listing.title(block.title());
            draft.show = listing.show(block.title());
        }
        if (block.release() >= 0) {
            lines.markUsed(block.release());
            ReleaseLineContext release = (ReleaseLineContext) lines.line(block.release());
            // "June 09, 2023 Buzzsprout Episode 103": what follows the date and length is reported;
            // notes run into the date line are read as notes.
            DateLines.read(
                    draft,
                    release,
                    release.releaseDate().getStart(),
                    release.releaseDate(),
                    release.duration(),
                    "text after the release date is not understood:",
                    session,
                    reader);
        }
        boolean any = readNotes(block, draft, reader, titleLine);
        LabelledNotesValues.read(draft, lines, block);
        reader.finish();
        return any || block.title() >= 0 || block.release() >= 0 ? draft : null;
    }

    /**
     * Reads the block's lines not yet used into the draft, from the block's start: between two
     * prints of the title a player may give the length. Whether any had text.
     */
    private boolean readNotes(
            EpisodeBlock block, EpisodeDraft draft, NotesReader reader, String titleLine) {
        boolean any = false;
        for (int i = block.start(); i < block.notesTo(); i++) {
            ParserRuleContext line = lines.line(i);
            if (lines.isUsed(i)) {
                continue;
            }
            if (lines.isBlank(i)) {
                reader.blankLine();
                continue;
            }
            any = true;
            if (titleLine != null && lines.text(i).equals(titleLine)) {
                continue; // the title printed again under the player
            }
            if (isSlotLabel(i)) {
                slotLabels.add(lines.text(i)); // "Publicité", "Video player": no notes of its
                lines.markUsed(i);
                continue;
            }
            if (line instanceof LengthLineContext && draft.durationTokens.isEmpty()) {
                readLength(line, draft);
                continue;
            }
            if (draft.durationTokens.isEmpty()
                    && draft.playerLength == null
                    && (isPlayerLength(line) || isPlayerAtStart(line))) {
                draft.playerLength = source.token(line.getStop().getTokenIndex() - 1);
                continue;
            }
            Token closing =
                    draft.playerLength == null
                            ? LengthBeforeDate.of(lines, i, block.notesTo())
                            : null;
            if (closingCards.made(block)
                    && draft.dateToken == null
                    && LengthBeforeDate.closesWithFields(lines, i, block.notesTo())) {
                // A card the listing's rhythm split off, under no date line of its own: its
                // closing line dates it, and gives its length where the listing's first card
                // showed that the line's time is one.
                draft.dateToken = lines.terminals(i).get(1);
                draft.playerLength = closing != null ? closing : closingCards.length(lines, i);
                continue;
            }
            if (closing != null) {
                draft.playerLength = closing; // the card's date is its release line's
                continue;
            }
            if (isPlayerStart(i)) {
                continue; // the "0:00" over the player's remaining time
            }
            if (line instanceof ReleaseLineContext) {
                diagnostics.report(
                        DiagnosticCode.EXTRA_DATE_LINE,
                        line.getStart(),
                        "a second release line in one episode; read as part of its notes");
            }
            reader.readLine(line);
        }
        return any;
    }

    /**
     * "Title 🔗 Programme (37 min)": the episode's title, its programme and its length, from the
     * one line of a {@link OneLineListing} that gives all three.
     */
    private void readOneLine(int i, EpisodeDraft draft) {
        OneLineListing.Entry entry = OneLineListing.entry(lines.text(i));
        if (entry == null) {
            return;
        }
        draft.title = entry.title();
        draft.show = entry.programme();
        // The length's first token, with the whole length as its text ("(1 h 05)" is two tokens,
        // "(12:30)" one with its brackets): the length is read as the line prints it, where it
        // stands.
        List<Token> tokens = Trees.terminals(lines.line(i));
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token token = tokens.get(k);
            String text = token.getText();
            if (text.contains("(")) {
                Token at = text.endsWith("(") && k + 1 < tokens.size() ? tokens.get(k + 1) : token;
                CommonToken length = new CommonToken(at);
                length.setText(entry.length());
                draft.durationTokens.add(length);
                return;
            }
        }
    }

    /** "Duration: 01:23:45", "PT1H24M": the amounts of a length line, without its label. */
    private static void readLength(ParserRuleContext line, EpisodeDraft draft) {
        for (Token token : Trees.terminals(line)) {
            int type = token.getType();
            if (LabelledNotesValues.isLengthAmount(type) || type == EpisodePageLexer.NUMBER) {
                draft.durationTokens.add(token);
            }
        }
    }

    /** Whether line {@code i} is an ad slot's or a player's label alone ({@link AdSlotLabels}). */
    private boolean isSlotLabel(int i) {
        if (!lines.isShort(i) || !lines.isNote(i)) {
            return false;
        }
        String text = lines.text(i);
        return AdSlotLabels.isOne(text) || PlayerLoadingLines.isOne(text);
    }

    /** "-1:48:27" under a "0:00": the player's remaining time, which is the episode's length. */
    private static boolean isPlayerLength(ParserRuleContext line) {
        if (line.getStop().getTokenIndex() - line.getStart().getTokenIndex() != 2) {
            return false;
        }
        List<Token> tokens = Trees.terminals(line);
        return tokens.size() == 3
                && tokens.get(0).getType() == EpisodePageLexer.DASH
                && tokens.get(1).getType() == EpisodePageLexer.TIMESTAMP
                && tokens.get(0).getStopIndex() + 1 == tokens.get(1).getStartIndex();
    }

    /** "00:00 / 28:59": a player at its start, beside the episode's length. */
    private static boolean isPlayerAtStart(ParserRuleContext line) {
        if (line.getStop().getTokenIndex() - line.getStart().getTokenIndex() != 3) {
            return false; // the three tokens and the line's end
        }
        List<Token> tokens = Trees.terminals(line);
        return tokens.size() == 4
                && tokens.get(0).getType() == EpisodePageLexer.TIMESTAMP
                && isZero(tokens.get(0).getText())
                && tokens.get(1).getText().equals("/")
                && tokens.get(2).getType() == EpisodePageLexer.TIMESTAMP;
    }

    /** "0:00" over a player's remaining time: the player, not the notes. */
    private boolean isPlayerStart(int i) {
        if (lines.tokens(i) != 2) {
            return false;
        }
        List<Token> tokens = lines.terminals(i);
        int next = lines.nextText(i + 1);
        return tokens.size() == 2
                && isZero(tokens.get(0).getText())
                && next >= 0
                && isPlayerLength(lines.line(next));
    }

    /** A player's position at its start: "0:00" or "00:00". */
    private static boolean isZero(String time) {
        return time.equals("0:00") || time.equals("00:00");
    }
}
