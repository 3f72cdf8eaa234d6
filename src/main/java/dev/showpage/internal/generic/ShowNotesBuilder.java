package dev.showpage.internal.generic;

import dev.showpage.DateOrder;
import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.NotesReader;
import dev.showpage.internal.episode.DateLines;
import dev.showpage.internal.episode.EpisodeAssembler;
import dev.showpage.internal.episode.Hosts;
import dev.showpage.internal.episode.ReleaseDates;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.GenericPageContext;
import dev.showpage.internal.grammar.EpisodePageParser.LengthLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ReleaseLineContext;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Builds the {@link Page} of a page of show notes from any site (the generic layout).
 *
 * <p>The grammar has told the lines apart: release lines (a date, maybe a length), length lines,
 * blank lines and lines of text. What makes up an episode is read from where the release lines
 * stand. Most sites print an episode's title just above its release line (sometimes twice, or
 * just below it) and its notes after it; a few list episodes as notes followed by
 * "Published ...". A page with no release line is one episode. Lines before the first episode
 * are the site's navigation, and the show's name is taken from the shapes sites use for it.
 */
public final class ShowNotesBuilder {

  static final String LAYOUT = "generic";

  private final ParseSession session;
  private final SourceText source;
  private final Diagnostics diagnostics;

  private LineTable lines;
  private ShowName showName;

  public ShowNotesBuilder(ParseSession session) {
    this.session = session;
    this.source = session.source();
    this.diagnostics = session.diagnostics();
  }

  public Page build(GenericPageContext ctx) {
    List<ParserRuleContext> pageLines = new ArrayList<>();
    for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
      if (child instanceof ParserRuleContext line) {
        pageLines.add(line);
      } else if (child instanceof ErrorNode error) {
        if (session.recovering()) {
          diagnostics.reportSkipped(error.getSymbol());
        }
      }
    }
    lines = new LineTable(pageLines, source);
    showName = new ShowName(lines);
    DateOrder order = ReleaseDates.pageOrder(source, session.settings().dateOrder(), diagnostics);
    List<EpisodeBlock> blocks = new EpisodeBlocks(lines, showName).find();
    int firstEpisodeLine = blocks.isEmpty() ? lines.size() : blocks.get(0).start();
    Optional<Show> show = showName.find(firstEpisodeLine, blocks);
    List<String> navigation = new ArrayList<>();
    for (int i = 0; i < firstEpisodeLine; i++) {
      if (!lines.isUsed(i) && !lines.isBlank(i)) {
        navigation.add(lines.text(i));
        lines.markUsed(i);
      }
    }

    List<EpisodeDraft> cards = new ArrayList<>();
    for (EpisodeBlock block : blocks) {
      EpisodeDraft card = card(block);
      if (card != null) {
        cards.add(card);
      }
    }
    EpisodeAssembler assembler = new EpisodeAssembler(session, order);
    List<Episode> episodes = new ArrayList<>();
    for (EpisodeDraft card : cards) {
      episodes.add(assembler.assemble(card, episodes.size() + 1));
    }
    episodes = Hosts.apply(episodes, ShowName.hostsNamedBy(show, navigation));
    if (episodes.isEmpty() && navigation.isEmpty() && show.isEmpty()) {
      diagnostics.report(DiagnosticCode.EMPTY_PAGE, 1, 1, "the page has no text");
    }
    return new Page(LAYOUT, show, navigation, Optional.empty(), Optional.empty(), episodes,
        Optional.empty(), diagnostics.sorted());
  }

  private EpisodeDraft card(EpisodeBlock block) {
    if (block == null) {
      return null;
    }
    EpisodeDraft card = new EpisodeDraft();
    NotesReader reader = new NotesReader(card, source, diagnostics);
    card.title = block.title() < 0 ? null : lines.text(block.title());
    // The episode starts at its first line with text: a cover caption or title, the date, or
    // (in a listing that dates each episode under its notes) the notes.
    int firstLine = block.start() < 0 ? -1 : lines.nextText(block.start());
    if (firstLine < 0 || firstLine >= lines.size()) {
      return null;
    }
    card.firstToken = lines.line(firstLine).getStart();
    if (block.title() >= 0) {
      lines.markUsed(block.title());
    }
    if (block.release() >= 0) {
      lines.markUsed(block.release());
      ReleaseLineContext release = (ReleaseLineContext) lines.line(block.release());
      // "June 09, 2023 Buzzsprout Episode 103": what follows the date and length is reported.
      DateLines.read(card, release, release.releaseDate().getStart(), release.releaseDate(),
          release.duration(), "text after the release date is not understood:", session);
    }
    boolean any = block.title() >= 0 || block.release() >= 0;
    // From the block's start: between two prints of the title a player may give the length.
    for (int i = block.start(); i < block.notesTo(); i++) {
      ParserRuleContext line = lines.line(i);
      if (lines.isUsed(i) || i == block.title() || i == block.release()) {
        continue;
      }
      if (lines.isBlank(i)) {
        reader.blankLine();
        continue;
      }
      any = true;
      if (card.title != null && lines.text(i).equals(card.title)) {
        continue; // the title printed again under the player
      }
      if (line instanceof LengthLineContext && card.durationTokens.isEmpty()) {
        for (Token token : Trees.terminals(line)) {
          int type = token.getType();
          if (type == EpisodePageLexer.QUANTITY || type == EpisodePageLexer.ISO_DURATION
              || type == EpisodePageLexer.TIMESTAMP || type == EpisodePageLexer.NUMBER) {
            card.durationTokens.add(token);
          }
        }
        continue;
      }
      if (card.durationTokens.isEmpty() && card.playerLength == null && isPlayerLength(line)) {
        card.playerLength = source.token(line.getStop().getTokenIndex() - 1);
        continue;
      }
      if (isPlayerStart(i)) {
        continue; // the "0:00" over the player's remaining time
      }
      if (line instanceof ReleaseLineContext) {
        diagnostics.report(DiagnosticCode.EXTRA_DATE_LINE, line.getStart(),
            "a second release line in one episode; read as part of its notes");
      }
      reader.readLine(line);
    }
    reader.finish();
    return any ? card : null;
  }

  /** "-1:48:27" under a "0:00": the player's remaining time, which is the episode's length. */
  private boolean isPlayerLength(ParserRuleContext line) {
    if (line.getStop().getTokenIndex() - line.getStart().getTokenIndex() != 2) {
      return false;
    }
    List<Token> tokens = Trees.terminals(line);
    return tokens.size() == 3 && tokens.get(0).getType() == EpisodePageLexer.DASH
        && tokens.get(1).getType() == EpisodePageLexer.TIMESTAMP
        && tokens.get(0).getStopIndex() + 1 == tokens.get(1).getStartIndex();
  }

  private boolean isPlayerStart(int i) {
    if (lines.tokens(i) != 2) {
      return false;
    }
    List<Token> tokens = Trees.terminals(lines.line(i));
    int next = lines.nextText(i + 1);
    return tokens.size() == 2 && isZero(tokens.get(0).getText()) && next >= 0
        && isPlayerLength(lines.line(next));
  }

  /** A player's position at its start: "0:00" or "00:00". */
  private static boolean isZero(String time) {
    return time.equals("0:00") || time.equals("00:00");
  }
}
